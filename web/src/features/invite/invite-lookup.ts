/**
 * The `describeInvite` callable, asked as soon as the invite page opens,
 * signed in or not: non-members cannot read the practice or the invite
 * under the rules, so the server names them ("Join <practice> as <role>")
 * and says whether the link still works. The answer never includes the
 * invited address.
 *
 * A link the server does not know is `invalid`; any other failure (offline,
 * a server error) is `unknown`, and the page falls back to its generic
 * wording: joining still works, and still gets the server's verdict.
 */
import { inviteDescriptionSchema, ROLE_LABELS, type InviteDescription } from '@atrium/domain';
import { httpsCallable } from 'firebase/functions';
import { useEffect, useState } from 'react';
import { describeError } from '../../lib/error-messages';
import { functions } from '../../lib/functions';

export type InviteLookup =
  | { status: 'loading' }
  | { status: 'found'; invite: InviteDescription }
  | { status: 'invalid'; message: string }
  | { status: 'unknown' };

const describeInviteCall = httpsCallable<{ tenantId: string; inviteId: string }, unknown>(functions, 'describeInvite', {
  // Past this the page stops waiting and shows its generic wording.
  timeout: 15_000,
});

export async function lookUpInvite(tenantId: string, inviteId: string): Promise<InviteLookup> {
  try {
    const { data } = await describeInviteCall({ tenantId, inviteId });
    return { status: 'found', invite: inviteDescriptionSchema.parse(data) };
  } catch (error) {
    if ((error as { code?: unknown }).code === 'functions/not-found') return { status: 'invalid', message: describeError(error) };
    return { status: 'unknown' };
  }
}

/** Looks the invite up once per link; `enabled` is false for a malformed link, which is never sent. */
export function useInviteLookup(tenantId: string, inviteId: string, enabled: boolean): InviteLookup {
  const key = `${tenantId}/${inviteId}`;
  const [result, setResult] = useState<{ key: string; lookup: InviteLookup } | null>(null);

  useEffect(() => {
    if (!enabled) return;
    let active = true;
    void lookUpInvite(tenantId, inviteId).then((lookup) => {
      if (active) setResult({ key, lookup });
    });
    return () => {
      active = false;
    };
  }, [enabled, key, tenantId, inviteId]);

  return result?.key === key ? result.lookup : { status: 'loading' };
}

/** "Join Sunrise Aesthetics as Receptionist". */
export function joinHeading(invite: InviteDescription): string {
  return `Join ${invite.tenantName} as ${ROLE_LABELS[invite.role]}`;
}

const expiryFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' });

/** When the invite stops working, in the visitor's own time zone. */
export function formatExpiry(iso: string): string {
  return expiryFormat.format(new Date(iso));
}
