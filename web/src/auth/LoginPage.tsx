// The login form shown when accounts exist and no session is open. Errors are shown as text
// from the server's message; the password field is never echoed anywhere.
import { useState } from 'preact/hooks';
import { logIn, type SessionUser } from './session.ts';

export function LoginPage({ onLogin }: { onLogin: (user: SessionUser) => void }) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onLogin(await logIn(name.trim(), password));
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Login failed.');
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" class="page narrow login-page">
      <h1 class="page-title">Lantern</h1>
      <p>Sign in to continue.</p>
      <form class="login-form" onSubmit={(e) => void submit(e)}>
        <label>User name
          <input name="name" autocomplete="username" required value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <label>Password
          <input name="password" type="password" autocomplete="current-password" required value={password}
            onInput={(e) => setPassword(e.currentTarget.value)} />
        </label>
        {error && <p class="login-error" role="alert">{error}</p>}
        <button type="submit" disabled={busy}>{busy ? 'Signing in…' : 'Sign in'}</button>
      </form>
    </main>
  );
}
