/**
 * The web config is parsed once at start: a complete config gives typed
 * values, a missing one stops the app with a message naming the variable
 * and the file to fix, rather than failing later inside Firebase.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const COMPLETE = {
  VITE_FIREBASE_PROJECT_ID: 'demo-atrium',
  VITE_FIREBASE_API_KEY: 'demo-key',
  VITE_FIREBASE_AUTH_DOMAIN: 'demo-atrium.firebaseapp.com',
  VITE_FIREBASE_APP_ID: '1:123:web:abc',
  VITE_USE_EMULATORS: 'true',
};

function stubEnv(values: Record<string, string | undefined>) {
  for (const [name, value] of Object.entries(values)) vi.stubEnv(name, value);
}

async function loadEnv() {
  vi.resetModules();
  return (await import('./env')).env;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('env', () => {
  it('reads a complete config, with the emulator host defaulting to 127.0.0.1', async () => {
    stubEnv({ ...COMPLETE, VITE_EMULATOR_HOST: undefined });
    expect(await loadEnv()).toEqual({
      firebase: { projectId: 'demo-atrium', apiKey: 'demo-key', authDomain: 'demo-atrium.firebaseapp.com', appId: '1:123:web:abc' },
      useEmulators: true,
      emulatorHost: '127.0.0.1',
    });
  });

  it('reads a production config', async () => {
    stubEnv({ ...COMPLETE, VITE_USE_EMULATORS: 'false', VITE_EMULATOR_HOST: '10.0.0.5' });
    expect(await loadEnv()).toMatchObject({ useEmulators: false, emulatorHost: '10.0.0.5' });
  });

  it('stops with a message naming the missing variable and the files to check', async () => {
    stubEnv({ ...COMPLETE, VITE_FIREBASE_API_KEY: undefined });
    await expect(loadEnv()).rejects.toThrow(/VITE_FIREBASE_API_KEY.*Check web\/\.env/);
  });

  it('refuses a value for the emulator switch other than true or false', async () => {
    stubEnv({ ...COMPLETE, VITE_USE_EMULATORS: 'yes' });
    await expect(loadEnv()).rejects.toThrow(/VITE_USE_EMULATORS/);
  });
});
