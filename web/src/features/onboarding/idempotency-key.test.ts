/** The onboarding retry key: always one the server's schema accepts, with or without crypto.randomUUID. */
import { idempotencyKeySchema } from '@atrium/domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newIdempotencyKey } from './idempotency-key';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('newIdempotencyKey', () => {
  it('is a key the server accepts, new each time', () => {
    const keys = Array.from({ length: 50 }, newIdempotencyKey);
    for (const key of keys) expect(idempotencyKeySchema.safeParse(key).success).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('falls back to 128 random bits in hex where randomUUID is missing (plain http)', () => {
    const getRandomValues = <T extends ArrayBufferView | null>(array: T): T => {
      new Uint8Array((array as Uint8Array).buffer).forEach((_, i, bytes) => (bytes[i] = i * 17));
      return array;
    };
    vi.stubGlobal('crypto', { getRandomValues });
    const key = newIdempotencyKey();
    expect(key).toBe('00112233445566778899aabbccddeeff');
    expect(idempotencyKeySchema.safeParse(key).success).toBe(true);
  });
});
