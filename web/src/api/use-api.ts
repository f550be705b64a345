// A hook that runs one API call per change of its key, cancelling the previous one.
import { useEffect, useState } from 'preact/hooks';

export type ApiState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | { status: 'ready'; data: T };

type KeyedState<T> = { key: string; state: ApiState<T> };

const LOADING: ApiState<never> = { status: 'loading' };

export function useApi<T>(key: string, load: (signal: AbortSignal) => Promise<T>): ApiState<T> {
  const [keyed, setKeyed] = useState<KeyedState<T>>({ key, state: LOADING });
  useEffect(() => {
    const controller = new AbortController();
    setKeyed({ key, state: LOADING });
    load(controller.signal).then(
      (data) => setKeyed({ key, state: { status: 'ready', data } }),
      (error: unknown) => {
        if (!controller.signal.aborted) setKeyed({ key, state: { status: 'error', error: error instanceof Error ? error : new Error(String(error)) } });
      },
    );
    return () => controller.abort();
    // `load` is recreated on every render; `key` is what identifies the request.
  }, [key]);
  // Until the effect for a new key has run, the state held is the previous key's: showing it
  // would put the last page's results under the new page's filters.
  return keyed.key === key ? keyed.state : LOADING;
}
