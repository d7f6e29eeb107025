/**
 * Runtime configuration, parsed once with zod. Values come from
 * firebase-functions params (functions/.env, .env.<project>, or the deploy
 * prompt); the emulator defaults keep `npm start` working with no setup.
 */
import { defineString } from 'firebase-functions/params';
import { z } from 'zod';

const appBaseUrl = defineString('APP_BASE_URL', {
  default: 'http://127.0.0.1:5173',
  description: 'Public URL of the web app, used in emails.',
});

const configSchema = z.object({
  appBaseUrl: z.url(),
});
export type AtriumConfig = z.infer<typeof configSchema>;

let cached: AtriumConfig | undefined;

export function config(): AtriumConfig {
  cached ??= configSchema.parse({ appBaseUrl: appBaseUrl.value() });
  return cached;
}
