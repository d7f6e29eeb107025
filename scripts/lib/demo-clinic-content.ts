/**
 * What the demo clinics contain: a service catalog per kind of clinic (with
 * what a practitioner writes after each service), the patients, and the
 * custom patient fields. Plain data for scripts/lib/demo-clinic.ts, which
 * turns it into a schedule around the current week. Phone numbers are in
 * Ofcom's drama range (07700 900xxx) and emails on example.com/.org, so none
 * of them reaches a real person.
 */
import type { CustomFieldInput } from '@atrium/domain';

export const CLINIC_KINDS = ['aesthetic', 'medical', 'physio', 'dental'] as const;
export type ClinicKind = (typeof CLINIC_KINDS)[number];

/** Picks one of `options` with the seeded generator the caller passes. */
export type Choose = <T>(options: readonly T[]) => T;

export interface DemoService {
  /** Becomes the document id `demo-service-${slug}`. */
  slug: string;
  name: string;
  durationMinutes: number;
  priceCents: number;
  active: boolean;
  /** How often it is booked relative to the others (0 for a retired service). */
  weight: number;
  /** Treatment note bodies for an appointment of this service. */
  notes: ((pick: Choose) => string)[];
}

const areas = ['forehead and glabella', 'crow’s feet', 'forehead, glabella and crow’s feet'];
const skin = ['mild erythema, settled within 20 minutes', 'no erythema or swelling', 'slight dryness on the cheeks'];
const pain = ['2/10', '3/10', '4/10', '5/10', '6/10'];
const improvement = ['clear improvement since last visit', 'steady progress', 'slower progress than hoped, plan adjusted'];

export const SERVICE_CATALOGS: Record<ClinicKind, DemoService[]> = {
  aesthetic: [
    {
      slug: 'consultation',
      name: 'Aesthetic consultation',
      durationMinutes: 30,
      priceCents: 5_000,
      active: true,
      weight: 3,
      notes: [
        (p) =>
          `Consultation. Concerns discussed: ${p(['fine lines', 'uneven skin tone', 'volume loss in the cheeks', 'active acne and scarring'])}. ` +
          'Medical history reviewed, no contraindications. Options, risks and costs explained; written information given. ' +
          `Patient would like to ${p(['book a course of chemical peels', 'start with anti-wrinkle injections', 'think it over and call back', 'try a HydraFacial first'])}.`,
        () =>
          'Initial consultation. Skin type Fitzpatrick III. Current skincare: cleanser and SPF only. ' +
          'Recommended a retinol introduced slowly and daily SPF 50. Before photos taken with consent.',
      ],
    },
    {
      slug: 'anti-wrinkle',
      name: 'Anti-wrinkle injections (three areas)',
      durationMinutes: 30,
      priceCents: 29_500,
      active: true,
      weight: 3,
      notes: [
        (p) =>
          `Botulinum toxin to ${p(areas)}. Batch number recorded on the consent form. ` +
          `Tolerated well, ${p(skin)}. Aftercare given: stay upright for 4 hours, no exercise today. Review in 2 weeks.`,
        (p) =>
          `Two-week review after toxin. Good result, ${p(['symmetrical', 'slight asymmetry at the left brow, 2 units top-up given', 'patient very happy'])}. ` +
          'Next treatment in 3-4 months.',
      ],
    },
    {
      slug: 'lip-filler',
      name: 'Dermal filler – lips',
      durationMinutes: 45,
      priceCents: 35_000,
      active: true,
      weight: 2,
      notes: [
        (p) =>
          `Hyaluronic acid filler, ${p(['0.5 ml', '1 ml'])}, to the lips via cannula. Topical anaesthetic 20 minutes beforehand. ` +
          `${p(['Minimal swelling', 'Moderate swelling expected to settle in 48 hours', 'Small bruise at the left oral commissure'])}. ` +
          'Aftercare leaflet given, review in 2 weeks.',
      ],
    },
    {
      slug: 'hydrafacial',
      name: 'HydraFacial',
      durationMinutes: 60,
      priceCents: 16_500,
      active: true,
      weight: 3,
      notes: [
        (p) =>
          `HydraFacial with ${p(['lymphatic drainage', 'LED finish', 'brightening booster'])}. ` +
          `Skin congested on the T-zone; ${p(skin)}. Recommended monthly maintenance.`,
        () => 'Maintenance HydraFacial. Skin clearer than last month, fewer comedones on the chin. SPF applied before leaving.',
      ],
    },
    {
      slug: 'chemical-peel',
      name: 'Chemical peel',
      durationMinutes: 45,
      priceCents: 12_000,
      active: true,
      weight: 2,
      notes: [
        (p) =>
          `Peel ${p(['2 of 6', '3 of 6', '4 of 6'])}: ${p(['30% glycolic', 'Jessner’s', '20% salicylic'])}, ${p(['3', '4', '5'])} minutes. ` +
          `Frosting none; ${p(skin)}. No retinol for 5 days, SPF daily.`,
      ],
    },
    {
      slug: 'laser-hair-removal',
      name: 'Laser hair removal – full legs',
      durationMinutes: 60,
      priceCents: 22_000,
      active: true,
      weight: 2,
      notes: [
        (p) =>
          `Laser hair removal, full legs, session ${p(['3', '4', '5', '6'])}. Patch test on file. ` +
          `Settings unchanged from last session; ${p(['about 60% reduction so far', 'good reduction on the lower legs, thighs slower'])}. ` +
          'No sun exposure for 2 weeks.',
      ],
    },
    {
      slug: 'led-therapy',
      name: 'LED light therapy',
      durationMinutes: 30,
      priceCents: 6_000,
      active: false,
      weight: 0,
      notes: [() => 'LED therapy (red light), 20 minutes. No reaction.'],
    },
  ],
  medical: [
    {
      slug: 'gp-consultation',
      name: 'Private GP consultation',
      durationMinutes: 20,
      priceCents: 9_500,
      active: true,
      weight: 4,
      notes: [
        (p) =>
          `Presenting with ${p(['a persistent dry cough for 3 weeks', 'lower back pain after lifting', 'recurrent headaches', 'fatigue and low mood'])}. ` +
          `Obs: BP ${p(['122/78', '131/84', '118/76', '142/90'])}, HR ${p(['68', '74', '82'])}, afebrile. ` +
          `Plan: ${p(['bloods (FBC, U&E, TFT) and review in 1 week', 'simple analgesia, physio referral', 'safety-netting advice, review if not improving in 2 weeks'])}.`,
        (p) =>
          `Follow-up. ${p(['Symptoms much improved', 'Partial improvement', 'No change'])}. Results discussed with the patient. ` +
          `${p(['Continue current plan', 'Medication adjusted', 'Referral letter to be sent'])}.`,
      ],
    },
    {
      slug: 'extended-consultation',
      name: 'Extended GP consultation',
      durationMinutes: 40,
      priceCents: 16_500,
      active: true,
      weight: 2,
      notes: [
        (p) =>
          `Extended review of ${p(['type 2 diabetes', 'hypertension', 'asthma', 'menopause symptoms'])}. ` +
          'Medication reconciled, lifestyle advice given. Patient understands and agrees with the plan. Review in 3 months.',
      ],
    },
    {
      slug: 'travel-vaccination',
      name: 'Travel vaccination',
      durationMinutes: 20,
      priceCents: 7_500,
      active: true,
      weight: 2,
      notes: [
        (p) =>
          `Travel to ${p(['Kenya', 'Vietnam', 'Peru', 'India'])} in ${p(['3', '5', '6'])} weeks. ` +
          `Given: ${p(['hepatitis A and typhoid', 'yellow fever (certificate issued)', 'rabies dose 1 of 3'])}, left deltoid. ` +
          'Observed 15 minutes, no reaction. Malaria prevention advice given.',
      ],
    },
    {
      slug: 'health-screen',
      name: 'Health screening',
      durationMinutes: 60,
      priceCents: 29_500,
      active: true,
      weight: 1,
      notes: [
        (p) =>
          `Annual health screen. BMI ${p(['23.4', '26.1', '28.9'])}, BP ${p(['120/80', '134/86'])}. ` +
          'Bloods taken (lipids, HbA1c, liver and kidney function). ECG normal sinus rhythm. Results letter to follow.',
      ],
    },
    {
      slug: 'blood-test',
      name: 'Blood test',
      durationMinutes: 15,
      priceCents: 6_000,
      active: true,
      weight: 2,
      notes: [() => 'Venepuncture, right antecubital fossa, first attempt. Samples sent to the lab. Results expected in 48 hours.'],
    },
    {
      slug: 'minor-surgery',
      name: 'Minor surgery (skin lesion removal)',
      durationMinutes: 45,
      priceCents: 35_000,
      active: true,
      weight: 1,
      notes: [
        (p) =>
          `Excision of a ${p(['4 mm', '6 mm', '8 mm'])} ${p(['seborrhoeic keratosis', 'skin tag', 'benign naevus'])} from the ${p(['back', 'neck', 'forearm'])} under local anaesthetic. ` +
          'Sent for histology. Two sutures, removal in 10 days. Wound care explained.',
      ],
    },
    {
      slug: 'ecg',
      name: 'Resting ECG',
      durationMinutes: 30,
      priceCents: 12_000,
      active: false,
      weight: 0,
      notes: [() => '12-lead ECG: normal sinus rhythm, no acute changes.'],
    },
  ],
  physio: [
    {
      slug: 'assessment',
      name: 'Physiotherapy assessment',
      durationMinutes: 60,
      priceCents: 7_500,
      active: true,
      weight: 2,
      notes: [
        (p) =>
          `Assessment: ${p(['right knee pain after running', 'non-specific low back pain', 'left shoulder impingement', 'neck stiffness from desk work'])}. ` +
          `Pain ${p(pain)} at worst. Range of movement reduced; special tests ${p(['positive', 'negative'])}. ` +
          'Home exercise programme given, follow-up in 1 week.',
      ],
    },
    {
      slug: 'follow-up',
      name: 'Follow-up physiotherapy',
      durationMinutes: 30,
      priceCents: 5_500,
      active: true,
      weight: 4,
      notes: [
        (p) =>
          `Follow-up: ${p(improvement)}. Pain now ${p(pain)}. Manual therapy and progression of the exercises. ` +
          `${p(['Continue weekly', 'Reduce to fortnightly', 'Discharge planned after next session'])}.`,
      ],
    },
    {
      slug: 'sports-massage',
      name: 'Sports massage',
      durationMinutes: 60,
      priceCents: 6_500,
      active: true,
      weight: 3,
      notes: [
        (p) =>
          `Sports massage, ${p(['lower limbs', 'back and shoulders', 'full body'])}. Tight ${p(['hamstrings and calves', 'upper trapezius', 'ITB and glutes'])}. ` +
          'Good release, advised hydration and stretching.',
      ],
    },
    {
      slug: 'acupuncture',
      name: 'Acupuncture',
      durationMinutes: 30,
      priceCents: 5_000,
      active: true,
      weight: 2,
      notes: [
        (p) =>
          `Acupuncture, ${p(['8', '10', '12'])} needles, 20 minutes. Consent confirmed. ` +
          `${p(['No adverse effects', 'Mild light-headedness afterwards, settled with rest'])}. Patient reports ${p(improvement)}.`,
      ],
    },
    {
      slug: 'shockwave',
      name: 'Shockwave therapy',
      durationMinutes: 30,
      priceCents: 8_000,
      active: true,
      weight: 1,
      notes: [
        (p) =>
          `Shockwave for ${p(['plantar fasciitis', 'Achilles tendinopathy', 'tennis elbow'])}, session ${p(['1', '2', '3'])} of 3, 2000 pulses. ` +
          `Pain during treatment ${p(pain)}. No complications.`,
      ],
    },
    {
      slug: 'pilates',
      name: 'Clinical Pilates (1:1)',
      durationMinutes: 45,
      priceCents: 6_000,
      active: true,
      weight: 2,
      notes: [() => 'Clinical Pilates: core activation, bridging progressions and side-lying work. Good control; progress to reformer next time.'],
    },
    {
      slug: 'hydrotherapy',
      name: 'Hydrotherapy',
      durationMinutes: 45,
      priceCents: 6_000,
      active: false,
      weight: 0,
      notes: [() => 'Hydrotherapy session, gait re-education in chest-deep water.'],
    },
  ],
  dental: [
    {
      slug: 'check-up',
      name: 'Check-up',
      durationMinutes: 30,
      priceCents: 6_500,
      active: true,
      weight: 4,
      notes: [
        (p) =>
          `Routine examination. Soft tissues healthy. BPE ${p(['0/1/0 1/1/0', '1/2/1 1/1/1', '2/2/1 2/1/2'])}. ` +
          `${p(['No caries detected', 'Early caries on the lower left 6, filling booked', 'Bitewings taken, no new caries'])}. Oral hygiene advice given. Recall in 6 months.`,
      ],
    },
    {
      slug: 'hygienist',
      name: 'Hygienist appointment',
      durationMinutes: 30,
      priceCents: 7_500,
      active: true,
      weight: 3,
      notes: [
        (p) =>
          `Scale and polish. ${p(['Moderate calculus on the lower anteriors', 'Light staining only', 'Bleeding on probing in the upper molars'])}. ` +
          'Interdental brushing demonstrated.',
      ],
    },
    {
      slug: 'filling',
      name: 'White filling',
      durationMinutes: 45,
      priceCents: 15_000,
      active: true,
      weight: 2,
      notes: [
        (p) =>
          `Composite restoration, ${p(['UL6 occlusal', 'LR7 MO', 'UR5 DO'])}. Local anaesthetic: articaine 4%, 1 cartridge. ` +
          'Caries removed, bonded, occlusion checked. Post-operative advice given.',
      ],
    },
    {
      slug: 'whitening',
      name: 'Teeth whitening (in chair)',
      durationMinutes: 90,
      priceCents: 45_000,
      active: true,
      weight: 1,
      notes: [
        (p) =>
          `In-chair whitening, 3 × 15 minute cycles. Shade ${p(['A3 → A1', 'A2 → B1', 'B2 → B1'])}. ` +
          'Mild sensitivity expected for 24-48 hours; avoid staining food and drink for 48 hours.',
      ],
    },
    {
      slug: 'emergency',
      name: 'Emergency appointment',
      durationMinutes: 20,
      priceCents: 8_500,
      active: true,
      weight: 1,
      notes: [
        (p) =>
          `Emergency: ${p(['toothache lower right for 3 days', 'lost filling upper left', 'swelling around the lower wisdom tooth'])}. ` +
          `${p(['Temporary dressing placed', 'Irrigated, chlorhexidine rinse prescribed', 'Root canal treatment advised and booked'])}.`,
      ],
    },
    {
      slug: 'root-canal',
      name: 'Root canal treatment',
      durationMinutes: 90,
      priceCents: 55_000,
      active: true,
      weight: 1,
      notes: [() => 'Root canal treatment, stage 1 of 2: access, canals located and shaped, calcium hydroxide dressing. Review in 2 weeks.'],
    },
    {
      slug: 'aligner-consultation',
      name: 'Clear aligner consultation',
      durationMinutes: 30,
      priceCents: 0,
      active: false,
      weight: 0,
      notes: [() => 'Aligner consultation: scans taken, treatment plan to follow.'],
    },
  ],
};

export interface DemoPatient {
  firstName: string;
  lastName: string;
  /** Fewer have an email on file; realistic front desks miss some. */
  hasEmail: boolean;
  notes?: string;
  /** Relative booking frequency: regulars come back often. */
  visits: 1 | 2 | 3;
}

export const DEMO_PATIENTS: DemoPatient[] = [
  { firstName: 'Charlotte', lastName: 'Evans', hasEmail: true, visits: 3 },
  { firstName: 'Oliver', lastName: 'Bennett', hasEmail: true, visits: 2 },
  { firstName: 'Aisha', lastName: 'Rahman', hasEmail: true, visits: 2, notes: 'Prefers a female practitioner.' },
  { firstName: 'James', lastName: 'O’Connor', hasEmail: false, visits: 1 },
  { firstName: 'Sophie', lastName: 'Marsh', hasEmail: true, visits: 3 },
  { firstName: 'Mohammed', lastName: 'Hussain', hasEmail: true, visits: 2 },
  { firstName: 'Emily', lastName: 'Clarke', hasEmail: true, visits: 1, notes: 'Needle-phobic: offer numbing cream 30 minutes before.' },
  { firstName: 'Daniel', lastName: 'Kowalski', hasEmail: false, visits: 2 },
  { firstName: 'Grace', lastName: 'Adeyemi', hasEmail: true, visits: 3 },
  { firstName: 'Thomas', lastName: 'Wright', hasEmail: true, visits: 1 },
  { firstName: 'Chloe', lastName: 'Nguyen', hasEmail: true, visits: 2 },
  { firstName: 'Harry', lastName: 'Patel', hasEmail: true, visits: 1 },
  { firstName: 'Isla', lastName: 'MacDonald', hasEmail: false, visits: 2, notes: 'Works shifts: call after 2 pm.' },
  { firstName: 'Lucas', lastName: 'Silva', hasEmail: true, visits: 1 },
  { firstName: 'Freya', lastName: 'Lindqvist', hasEmail: true, visits: 3 },
  { firstName: 'Samuel', lastName: 'Okafor', hasEmail: true, visits: 2 },
  { firstName: 'Hannah', lastName: 'Fischer', hasEmail: false, visits: 1 },
  { firstName: 'Ethan', lastName: 'Brooks', hasEmail: true, visits: 2 },
  { firstName: 'Zara', lastName: 'Khan', hasEmail: true, visits: 3, notes: 'Pays by invoice through her employer’s health scheme.' },
  { firstName: 'William', lastName: 'Hughes', hasEmail: true, visits: 1 },
  { firstName: 'Mia', lastName: 'Rossi', hasEmail: true, visits: 2 },
  { firstName: 'George', lastName: 'Davies', hasEmail: false, visits: 1 },
  { firstName: 'Priya', lastName: 'Sharma', hasEmail: true, visits: 2 },
  { firstName: 'Noah', lastName: 'Campbell', hasEmail: true, visits: 1 },
  { firstName: 'Ruby', lastName: 'Whitfield', hasEmail: true, visits: 3 },
  { firstName: 'Leo', lastName: 'Martin', hasEmail: false, visits: 1 },
  { firstName: 'Ava', lastName: 'Robertson', hasEmail: true, visits: 2 },
  { firstName: 'Jacob', lastName: 'Cohen', hasEmail: true, visits: 1 },
];

/** A custom patient field definition and how each demo patient's value is chosen. */
export interface DemoCustomField {
  /** Document id, and the key in `patient.custom`. */
  id: string;
  definition: CustomFieldInput;
  value: (pick: Choose) => string | boolean | undefined;
}

export const DEMO_CUSTOM_FIELDS: DemoCustomField[] = [
  {
    id: 'demo-field-referral-source',
    definition: {
      label: 'Referral source',
      type: 'select',
      required: false,
      options: ['Google search', 'Instagram', 'Friend or family', 'GP referral', 'Walk-in', 'Other'],
    },
    value: (p) => p(['Google search', 'Google search', 'Instagram', 'Friend or family', 'Friend or family', 'GP referral', 'Walk-in', undefined]),
  },
  {
    id: 'demo-field-allergies',
    definition: { label: 'Allergies', type: 'text', required: false },
    value: (p) => p(['None known', 'None known', 'None known', 'Penicillin', 'Latex', 'Lidocaine', 'Elastoplast adhesive', 'Nuts']),
  },
  {
    id: 'demo-field-consent-on-file',
    definition: { label: 'Consent on file', type: 'boolean', required: false },
    value: (p) => p([true, true, true, false]),
  },
];
