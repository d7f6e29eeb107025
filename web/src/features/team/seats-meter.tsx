/**
 * Seats: members plus pending invites against the plan's seat limit (SPEC §5:
 * an open invite holds a seat until it is accepted, revoked or expires).
 * The bar is decoration; the sentence beside it says the same for everyone.
 */
import type { Tenant } from '../workspace/use-workspace';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function SeatsMeter({ tenant }: { tenant: Pick<Tenant, 'seatsUsed' | 'pendingInvites' | 'seatLimit'> }) {
  const { seatsUsed, pendingInvites, seatLimit } = tenant;
  const taken = seatsUsed + pendingInvites;
  const full = taken >= seatLimit;
  const share = (count: number) => `${Math.min(100, (count / Math.max(seatLimit, 1)) * 100)}%`;
  return (
    <section className="card seats" aria-labelledby="seats-heading">
      <h3 id="seats-heading">Seats</h3>
      <p className="seats-summary" data-testid="team-seats">
        <strong>
          {taken} of {seatLimit} seats used
        </strong>{' '}
        <span className="seats-breakdown">
          ({plural(seatsUsed, 'member', 'members')}, {plural(pendingInvites, 'pending invite', 'pending invites')})
        </span>
      </p>
      <div className="seats-bar" aria-hidden="true">
        <span className="seats-bar-used" style={{ width: share(seatsUsed) }} />
        <span className="seats-bar-pending" style={{ width: share(Math.min(pendingInvites, Math.max(seatLimit - seatsUsed, 0))) }} />
      </div>
      <p className="seats-legend" aria-hidden="true">
        <span className="seats-key seats-key-used" /> Members <span className="seats-key seats-key-pending" /> Pending invites
      </p>
      {full && (
        <p className="seats-full">
          Every seat is taken. To invite someone new, remove a member or revoke a pending invite, or move to a bigger plan.
        </p>
      )}
    </section>
  );
}
