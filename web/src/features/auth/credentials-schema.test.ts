/** What the sign-up and sign-in forms accept before Firebase is asked, and what they say otherwise. */
import { describe, expect, it } from 'vitest';
import { MIN_PASSWORD_LENGTH, emailLinkSchema, signInSchema, signUpSchema } from './credentials-schema';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));

describe('signUpSchema', () => {
  it('accepts a name, an email (normalised) and a long enough password', () => {
    const parsed = signUpSchema.parse({ displayName: '  Olive Owner ', email: ' Olive@Example.COM ', password: 'x'.repeat(MIN_PASSWORD_LENGTH) });
    expect(parsed).toEqual({ displayName: 'Olive Owner', email: 'olive@example.com', password: 'x'.repeat(MIN_PASSWORD_LENGTH) });
  });

  it('asks for at least 8 password characters, more than Firebase’s 6', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(8);
    const result = signUpSchema.safeParse({ displayName: 'Olive', email: 'olive@example.com', password: '1234567' });
    expect(messages(result)).toEqual({ password: 'Use at least 8 characters' });
  });

  it('words each refusal for people', () => {
    const result = signUpSchema.safeParse({ displayName: '   ', email: 'olive@', password: 'x'.repeat(129) });
    expect(messages(result)).toEqual({
      displayName: 'Enter your name',
      email: 'Enter a valid email address',
      password: 'Use at most 128 characters',
    });
  });
});

describe('signInSchema', () => {
  it('asks for the password but does not judge its length (old accounts may have 6)', () => {
    expect(signInSchema.safeParse({ email: 'a@example.com', password: '123456' }).success).toBe(true);
    expect(messages(signInSchema.safeParse({ email: 'a@example.com', password: '' }))).toEqual({ password: 'Enter your password' });
  });
});

describe('emailLinkSchema', () => {
  it('needs a valid email', () => {
    expect(emailLinkSchema.safeParse({ email: 'a@example.com' }).success).toBe(true);
    expect(emailLinkSchema.safeParse({ email: 'a@' }).success).toBe(false);
  });
});
