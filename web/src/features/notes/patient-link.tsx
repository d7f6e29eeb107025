/**
 * A link to a note's patient, by name. Each shown patient is one small live
 * read (the SDK shares a listener between notes of the same patient), which
 * costs far less than loading the whole patient list for a page of notes.
 */
import { Link } from 'react-router-dom';
import { useLiveDoc } from '../../lib/live-query';
import { tenantDoc } from '../../lib/tenant-data';

interface PatientName {
  firstName: string;
  lastName: string;
}

export function PatientLink({ tenantId, patientId }: { tenantId: string; patientId: string }) {
  const patient = useLiveDoc<PatientName>(`patient:${tenantId}:${patientId}`, () => tenantDoc(tenantId, 'patients', patientId));
  if (patient.status === 'ready' && !patient.data) return <span className="note-patient">A patient whose record was deleted</span>;
  const name = patient.status === 'ready' && patient.data ? `${patient.data.firstName} ${patient.data.lastName}` : 'Open patient record';
  return (
    <Link className="note-patient" to={`/app/patients/${patientId}#notes`}>
      {name}
    </Link>
  );
}
