import { describe, expect, it } from 'vitest';
import { successorOwnerUid } from './owner-succession';

describe('successorOwnerUid', () => {
  it('moves the owner of record to another enabled owner when it leaves', () => {
    expect(successorOwnerUid({ ownerUid: 'b' }, 'b', ['c', 'b', 'a'])).toBe('a');
  });

  it('leaves it alone when someone else steps down', () => {
    expect(successorOwnerUid({ ownerUid: 'a' }, 'b', ['a', 'b'])).toBeNull();
    expect(successorOwnerUid({ ownerUid: null }, 'b', ['a', 'b'])).toBeNull();
  });

  it('answers null when no other enabled owner exists', () => {
    expect(successorOwnerUid({ ownerUid: 'a' }, 'a', ['a'])).toBeNull();
  });
});
