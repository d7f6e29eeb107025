/**
 * /signin: email and password or Google, then the workspace (or onboarding
 * for a user with no practice yet), or back to the page that sent the
 * visitor here (`?next=`, e.g. an invite link).
 */
import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { AuthLayout } from '../../components/auth-layout';
import { FormAlert } from '../../components/form-alert';
import { TextField } from '../../components/text-field';
import { fieldErrorsOf, type FieldErrors } from '../../lib/form-errors';
import { destinationAfterSignIn, signInWithEmail, signInWithGoogle } from './auth-actions';
import { signInSchema, type SignInInput } from './credentials-schema';
import { GoogleButton } from './google-button';
import { returnPathOf, withReturnPath } from './return-path';
import { useAuthSubmit } from './use-auth-submit';

export function SignInPage() {
  const [form, setForm] = useState({ email: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors<keyof SignInInput>>({});
  const { busy, error, run } = useAuthSubmit();
  const returnPath = returnPathOf(useLocation());

  const update = (field: keyof SignInInput) => (value: string) => setForm((current) => ({ ...current, [field]: value }));
  const next = async (user: { uid: string }) => returnPath ?? destinationAfterSignIn(user.uid);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = signInSchema.safeParse(form);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setErrors({});
    void run(() => signInWithEmail(parsed.data), next);
  }

  return (
    <AuthLayout title="Sign in to Atrium">
      <FormAlert message={error} />
      <form className="form" onSubmit={handleSubmit} noValidate>
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          inputMode="email"
          value={form.email}
          onChange={update('email')}
          error={errors.email}
          required
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          value={form.password}
          onChange={update('password')}
          error={errors.password}
          required
        />
        <button type="submit" className="button button-primary button-block" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p className="divider">
        <span>or</span>
      </p>
      <GoogleButton disabled={busy} onClick={() => void run(signInWithGoogle, next)} />
      <p className="auth-switch">
        New to Atrium? <Link to={withReturnPath('/signup', returnPath)}>Create an account</Link>
      </p>
    </AuthLayout>
  );
}
