// The signed-in user's name and role with a sign-out button, for the top bar. Hidden in
// single-user mode, where there is no one to sign out.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { logOut, notifyUnauthorized, type Me } from './session.ts';

export const SessionContext = createContext<Me | null>(null);

export function UserMenu() {
  const me = useContext(SessionContext);
  if (!me?.user || me.singleUser) return null;
  const signOut = async () => {
    await logOut().catch(() => undefined);
    notifyUnauthorized();
  };
  return (
    <div class="user-menu">
      <span class="user-name" title={`Role: ${me.user.role}`}>{me.user.name} · {me.user.role}</span>
      <button type="button" onClick={() => void signOut()}>Sign out</button>
    </div>
  );
}
