/**
 * The team callables (SPEC §5). Thin: who is calling, parse the input with
 * the shared zod schemas, call the team service. The services read the
 * caller's role from the membership document in their transaction; nothing
 * here trusts a role from the request or the token. The two invite
 * look-ups (`describeInvite`, `findMyInvites`) only read.
 */
import type { CallableRequest } from 'firebase-functions/v2/https';
import { HttpsError } from 'firebase-functions/v2/https';
import {
  acceptInviteInput,
  changeMemberRoleInput,
  describeInviteInput,
  findMyInvitesInput,
  inviteMemberInput,
  removeMemberInput,
  revokeInviteInput,
} from '@atrium/domain';
import { acceptInvite } from '../team/accept-invite';
import { changeMemberRole } from '../team/change-member-role';
import { describeInvite } from '../team/describe-invite';
import { findMyInvites } from '../team/find-my-invites';
import { inviteMember, type InviteDeps } from '../team/invite-member';
import { removeMember } from '../team/remove-member';
import { revokeInvite } from '../team/revoke-invite';
import type { TeamDeps } from '../team/team-transaction';
import { parseInput, requireCaller } from './callable-support';

export function inviteMemberHandler(deps: () => InviteDeps) {
  return async (request: CallableRequest<unknown>) => {
    const caller = requireCaller(request);
    const input = parseInput(inviteMemberInput, request.data);
    return inviteMember(deps(), { ...input, actorUid: caller.uid });
  };
}

export function acceptInviteHandler(deps: () => TeamDeps) {
  return async (request: CallableRequest<unknown>) => {
    const caller = requireCaller(request);
    const input = parseInput(acceptInviteInput, request.data);
    // A password account can claim any address; only a verified one proves the inbox the invite went to.
    if (!caller.email || request.auth?.token.email_verified !== true) {
      throw new HttpsError(
        'permission-denied',
        'Confirm your email address first (use the confirmation link sent to your inbox), then open the invite link again.',
      );
    }
    return acceptInvite(deps(), {
      ...input,
      uid: caller.uid,
      email: caller.email,
      displayName: caller.displayName ?? caller.email.split('@')[0]!,
    });
  };
}

export function revokeInviteHandler(deps: () => TeamDeps) {
  return async (request: CallableRequest<unknown>) => {
    const caller = requireCaller(request);
    const input = parseInput(revokeInviteInput, request.data);
    return revokeInvite(deps(), { ...input, actorUid: caller.uid });
  };
}

export function changeMemberRoleHandler(deps: () => TeamDeps) {
  return async (request: CallableRequest<unknown>) => {
    const caller = requireCaller(request);
    const input = parseInput(changeMemberRoleInput, request.data);
    return changeMemberRole(deps(), { ...input, actorUid: caller.uid });
  };
}

export function removeMemberHandler(deps: () => TeamDeps) {
  return async (request: CallableRequest<unknown>) => {
    const caller = requireCaller(request);
    const input = parseInput(removeMemberInput, request.data);
    return removeMember(deps(), { ...input, actorUid: caller.uid });
  };
}

/** Signed in or not: holding the link (its random invite id) is what lets you see whom it invites to what. */
export function describeInviteHandler(deps: () => TeamDeps) {
  return async (request: CallableRequest<unknown>) => {
    const input = parseInput(describeInviteInput, request.data);
    return describeInvite(deps(), input);
  };
}

export function findMyInvitesHandler(deps: () => TeamDeps) {
  return async (request: CallableRequest<unknown>) => {
    const caller = requireCaller(request);
    parseInput(findMyInvitesInput, request.data);
    // An account without an email address (none so far, but the token allows it) has no invitations.
    if (!caller.email) return { invites: [] };
    return findMyInvites(deps(), { email: caller.email });
  };
}
