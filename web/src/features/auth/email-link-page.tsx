/**
 * /signin/link: where a sign-in link from an Atrium email lands (the named
 * admin of a practice the sales team set up). The link was sent by the
 * server, so the browser does not know the address yet: the user confirms
 * it, Firebase checks it against the link, and they land in their practice.
 */
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { AuthLayout } from '../../components/auth-layout';
import { FormAlert } from '../../components/form-alert';
import { TextField } from '../../components/text-field';
import { fieldErrorsOf, type FieldErrors } from '../../lib/form-errors';
import { destinationAfterSignIn, isEmailSignInLink, signInWithLink } from './auth-actions';
import { emailLinkSchema, type EmailLinkInput } from './credentials-schema';
import { useAuthSubmit } from './use-auth-submit';

export function EmailLinkPage() {
  const href = window.location.href;
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldErrors<keyof EmailLinkInput>>({});
  const { busy, error, run } = useAuthSubmit();

  if (!isEmailSignInLink(href)) {
    return (
      <AuthLayout title="This sign-in link doesn’t work" intro="It may have been used already or copied only in part.">
        <Link className="button button-primary button-block" to="/signin">
          Sign in another way
        </Link>
      </AuthLayout>
    );
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = emailLinkSchema.safeParse({ email });
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setErrors({});
    void run(() => signInWithLink(parsed.data.email, href), (user) => destinationAfterSignIn(user.uid));
  }

  return (
    <AuthLayout title="Welcome to Atrium" intro="Confirm the email address this link was sent to, and we’ll open your practice.">
      <FormAlert message={error} />
      <form className="form" onSubmit={handleSubmit} noValidate>
        <TextField label="Email" type="email" autoComplete="email" inputMode="email" value={email} onChange={setEmail} error={errors.email} required />
        <button type="submit" className="button button-primary button-block" disabled={busy}>
          {busy ? 'Signing in…' : 'Continue'}
        </button>
      </form>
    </AuthLayout>
  );
}
