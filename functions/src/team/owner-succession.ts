/**
 * `tenants/{t}.ownerUid` names the practice's owner of record (billing
 * contact, the welcome email's addressee). When that owner steps down or
 * leaves, it moves to another owner whose access is on, so it never names
 * someone outside the team. The last-owner guard runs first, so one exists.
 */
export function successorOwnerUid(
  tenant: { ownerUid: string | null },
  leavingUid: string,
  enabledOwnerUids: readonly string[],
): string | null {
  if (tenant.ownerUid !== leavingUid) return null;
  return [...enabledOwnerUids].sort().find((uid) => uid !== leavingUid) ?? null;
}
