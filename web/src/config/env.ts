/**
 * The web app's configuration, parsed once from `import.meta.env`.
 *
 * Values come from `web/.env` (commit-safe defaults for the local emulator
 * stack, project `demo-atrium`). A real deployment puts its Firebase web
 * config in `web/.env.production.local` (git-ignored), which `vite build`
 * layers on top. Vite inlines these at build time: they are public web
 * config, never secrets.
 */
import { z } from 'zod';

const envSchema = z.object({
  VITE_FIREBASE_PROJECT_ID: z.string().min(1),
  VITE_FIREBASE_API_KEY: z.string().min(1),
  VITE_FIREBASE_AUTH_DOMAIN: z.string().min(1),
  VITE_FIREBASE_APP_ID: z.string().min(1),
  VITE_USE_EMULATORS: z.enum(['true', 'false']),
  VITE_EMULATOR_HOST: z.string().min(1).default('127.0.0.1'),
});

function parseEnv() {
  const result = envSchema.safeParse(import.meta.env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Atrium web config is invalid (${problems}). Check web/.env and web/.env.*.local.`);
  }
  const env = result.data;
  return {
    firebase: {
      projectId: env.VITE_FIREBASE_PROJECT_ID,
      apiKey: env.VITE_FIREBASE_API_KEY,
      authDomain: env.VITE_FIREBASE_AUTH_DOMAIN,
      appId: env.VITE_FIREBASE_APP_ID,
    },
    useEmulators: env.VITE_USE_EMULATORS === 'true',
    emulatorHost: env.VITE_EMULATOR_HOST,
  } as const;
}

export const env = parseEnv();
