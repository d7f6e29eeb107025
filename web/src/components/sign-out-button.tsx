/** Signs out; the session provider sees it and the route guard sends the user to /signin. */
import { signOut } from 'firebase/auth';
import { useState } from 'react';
import { auth } from '../lib/firebase';

export function SignOutButton() {
  const [signingOut, setSigningOut] = useState(false);
  return (
    <button
      type="button"
      className="button button-secondary button-small"
      disabled={signingOut}
      onClick={() => {
        setSigningOut(true);
        signOut(auth).catch(() => setSigningOut(false));
      }}
    >
      Sign out
    </button>
  );
}
