// Shows the app only to a signed-in user (or anyone in single-user mode); otherwise the login
// page. Any 401 from the API later (session expired, logged out elsewhere) brings the page back.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LoginPage } from './LoginPage.tsx';
import { SessionContext } from './UserMenu.tsx';
import { fetchMe, onUnauthorized, type Me } from './session.ts';
import './auth.css';

type State = { kind: 'checking' } | { kind: 'in'; me: Me } | { kind: 'out' } | { kind: 'error'; message: string };

export function LoginGate({ children }: { children: ComponentChildren }) {
  const [state, setState] = useState<State>({ kind: 'checking' });

  useEffect(() => {
    const check = () => fetchMe()
      .then((me) => setState(me ? { kind: 'in', me } : { kind: 'out' }))
      .catch((err: unknown) => setState({ kind: 'error', message: err instanceof Error ? err.message : String(err) }));
    void check();
    return onUnauthorized(() => setState({ kind: 'out' }));
  }, []);

  if (state.kind === 'checking') return <p class="page narrow" aria-busy="true">Loading…</p>;
  if (state.kind === 'error') return <p class="page narrow" role="alert">Lantern cannot be reached: {state.message}</p>;
  if (state.kind === 'out') return <LoginPage onLogin={(user) => setState({ kind: 'in', me: { user, singleUser: false } })} />;
  return <SessionContext.Provider value={state.me}>{children}</SessionContext.Provider>;
}
