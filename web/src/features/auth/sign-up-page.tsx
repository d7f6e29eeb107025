/**
 * /signup: create an account (email and password, or Google), then
 * onboarding, or back to the page that sent the visitor here (`?next=`, e.g.
 * an invite link, where they join an existing practice instead).
 */
import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { AuthLayout } from '../../components/auth-layout';
import { FormAlert } from '../../components/form-alert';
import { TextField } from '../../components/text-field';
import { fieldErrorsOf, type FieldErrors } from '../../lib/form-errors';
import { destinationAfterSignIn, signInWithGoogle, signUpWithEmail } from './auth-actions';
import { MIN_PASSWORD_LENGTH, signUpSchema, type SignUpInput } from './credentials-schema';
import { GoogleButton } from './google-button';
import { returnPathOf, withReturnPath } from './return-path';
import { useAuthSubmit } from './use-auth-submit';

export function SignUpPage() {
  const [form, setForm] = useState({ displayName: '', email: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors<keyof SignUpInput>>({});
  const { busy, error, run } = useAuthSubmit();
  const returnPath = returnPathOf(useLocation());

  const update = (field: keyof SignUpInput) => (value: string) => setForm((current) => ({ ...current, [field]: value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = signUpSchema.safeParse(form);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setErrors({});
    // A brand-new account has no practice yet: onboarding need not wait to check.
    void run(
      () => signUpWithEmail(parsed.data),
      async () => returnPath ?? '/onboarding',
      returnPath ? undefined : { newAccount: true },
    );
  }

  return (
    <AuthLayout
      title="Create your Atrium account"
      intro={
        returnPath?.startsWith('/invite/')
          ? 'Use the email address your invite was sent to; you’ll come back to the invite to join the practice.'
          : 'Start a free trial for your practice. It takes under a minute.'
      }
    >
      <FormAlert message={error} />
      <form className="form" onSubmit={handleSubmit} noValidate>
        <TextField
          label="Your name"
          autoComplete="name"
          value={form.displayName}
          onChange={update('displayName')}
          error={errors.displayName}
          required
        />
        <TextField
          label="Work email"
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
          autoComplete="new-password"
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          value={form.password}
          onChange={update('password')}
          error={errors.password}
          required
          minLength={MIN_PASSWORD_LENGTH}
        />
        <button type="submit" className="button button-primary button-block" disabled={busy}>
          {busy ? 'Creating account…' : 'Create account'}
        </button>
      </form>
      <p className="divider">
        <span>or</span>
      </p>
      <GoogleButton disabled={busy} onClick={() => void run(signInWithGoogle, async (user) => returnPath ?? destinationAfterSignIn(user.uid))} />
      <p className="auth-switch">
        Already have an account? <Link to={withReturnPath('/signin', returnPath)}>Sign in</Link>
      </p>
    </AuthLayout>
  );
}
