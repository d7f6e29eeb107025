/** A patient's demographics and the practice's own fields, as a read-only card. */
import type { WithId } from '../../lib/live-query';
import type { CustomField } from './custom-fields';
import { formatCustomValue } from './patient';
import { formatCalendarDate, type Patient } from './patient';

export function PatientDetails({ patient, fields }: { patient: Patient; fields: readonly WithId<CustomField>[] }) {
  const custom = fields.filter((field) => patient.custom?.[field.id] !== undefined);
  return (
    <section className="card" aria-labelledby="patient-details-heading" data-testid="patient-details">
      <h3 id="patient-details-heading">Details</h3>
      <dl className="patient-facts">
        <Fact term="Date of birth" value={patient.dateOfBirth ? formatCalendarDate(patient.dateOfBirth) : undefined} />
        <Fact term="Phone" value={patient.phone} />
        <Fact term="Email" value={patient.email} />
        {custom.map((field) => (
          <Fact key={field.id} term={field.label} value={formatCustomValue(field, patient.custom![field.id]!)} />
        ))}
      </dl>
      {patient.notes && (
        <div className="patient-admin-notes">
          <h4>Notes</h4>
          <p>{patient.notes}</p>
        </div>
      )}
    </section>
  );
}

function Fact({ term, value }: { term: string; value: string | undefined }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value || <span className="patient-fact-empty">Not given</span>}</dd>
    </div>
  );
}
