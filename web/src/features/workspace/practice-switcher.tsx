/**
 * For people who belong to more than one practice: which one this tab shows.
 * The list comes from the user's profile (`users/{uid}.tenantIds`) and each
 * practice's name from its tenant document, which members may read in every
 * state. Choosing one reopens the workspace on it (pinned for the tab, see
 * pinned-tenant.ts); the rules decide what it then shows.
 */
import { paths } from '@atrium/domain';
import { doc, getDoc } from 'firebase/firestore';
import { useEffect, useId, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { db } from '../../lib/firestore';
import { fetchUserProfile } from '../../lib/user-profile';

interface PracticeChoice {
  tenantId: string;
  name: string;
}

/** The practices the user can open, by name; empty until known or when there is only one. */
function usePracticeChoices(uid: string): PracticeChoice[] {
  const [choices, setChoices] = useState<PracticeChoice[]>([]);
  useEffect(() => {
    let active = true;
    (async () => {
      const profile = await fetchUserProfile(uid);
      const ids = (profile?.tenantIds ?? []).filter((id): id is string => typeof id === 'string' && id.length > 0);
      if (ids.length < 2) return;
      // A practice the user was removed from refuses the read: it is simply not offered.
      const found = await Promise.all(
        ids.map((tenantId) =>
          getDoc(doc(db, paths.tenant(tenantId))).then(
            (snapshot) => (snapshot.exists() ? { tenantId, name: String(snapshot.get('name')) } : null),
            () => null,
          ),
        ),
      );
      const readable = found.filter((choice): choice is PracticeChoice => choice !== null);
      if (active) setChoices(readable.sort((a, b) => a.name.localeCompare(b.name)));
    })().catch(() => undefined); // Without the list the header just shows the current practice.
    return () => {
      active = false;
    };
  }, [uid]);
  return choices;
}

export function PracticeSwitcher({ uid, currentTenantId }: { uid: string; currentTenantId: string }) {
  const choices = usePracticeChoices(uid);
  const navigate = useNavigate();
  const id = useId();
  if (choices.length < 2) return null;
  return (
    <div className="practice-switcher">
      <label htmlFor={id} className="visually-hidden">
        Practice
      </label>
      <select
        id={id}
        value={currentTenantId}
        data-testid="practice-switcher"
        onChange={(event) => navigate('/app', { state: { tenantId: event.target.value } })}
      >
        {choices.map((choice) => (
          <option key={choice.tenantId} value={choice.tenantId}>
            {choice.name}
          </option>
        ))}
      </select>
    </div>
  );
}
