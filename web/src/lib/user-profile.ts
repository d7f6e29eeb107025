/** The signed-in user's profile, `users/{uid}`: which tenants they belong to. */
import { doc, getDoc, type Timestamp } from 'firebase/firestore';
import { paths, type UserProfileDoc } from '@atrium/domain';
import { db } from './firestore';

export type UserProfile = UserProfileDoc<Timestamp>;

/** The profile, or null before the user has provisioned or joined a practice. */
export async function fetchUserProfile(uid: string): Promise<UserProfile | null> {
  const snapshot = await getDoc(doc(db, paths.user(uid)));
  return snapshot.exists() ? (snapshot.data() as UserProfile) : null;
}

/** The tenant to open: the default one, else the first the user belongs to. */
export function defaultTenantOf(profile: UserProfile | null): string | null {
  if (!profile) return null;
  if (typeof profile.defaultTenantId === 'string' && profile.defaultTenantId) return profile.defaultTenantId;
  const first = Array.isArray(profile.tenantIds) ? profile.tenantIds.find((id) => typeof id === 'string' && id) : undefined;
  return first ?? null;
}
