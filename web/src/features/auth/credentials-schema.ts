/** What the sign-up and sign-in forms accept, checked before Firebase is asked. */
import { z } from 'zod';
import { LIMITS, emailSchema } from '@atrium/domain';

/** Firebase accepts 6; Atrium asks for 8 because these accounts open patient records. */
export const MIN_PASSWORD_LENGTH = 8;

export const signUpSchema = z.object({
  displayName: z
    .string()
    .trim()
    .min(LIMITS.personName.min, 'Enter your name')
    .max(LIMITS.personName.max, `Keep your name under ${LIMITS.personName.max} characters`),
  email: emailSchema,
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(128, 'Use at most 128 characters'),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password'),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const emailLinkSchema = z.object({ email: emailSchema });
export type EmailLinkInput = z.infer<typeof emailLinkSchema>;
