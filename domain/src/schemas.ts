/**
 * zod schemas for every callable input and every tenant document (SPEC §3-§5).
 * The web app's forms and the functions' handlers parse with the same schemas;
 * the string limits below are mirrored in `firestore.rules`.
 */
import { z } from 'zod';
import { PLAN_IDS } from './plans';
import { TENANT_ROLES } from './roles';
import { INVITE_STATUSES } from './team-policy';
import { OVERRIDE_TARGET_STATUSES, TENANT_STATUSES } from './tenant-lifecycle';

export const LIMITS = {
  tenantName: { min: 2, max: 80 },
  personName: { min: 1, max: 80 },
  email: { max: 254 },
  phone: { max: 32 },
  notes: { max: 2_000 },
  noteBody: { max: 20_000 },
  serviceName: { min: 1, max: 80 },
  externalId: { max: 128 },
  idempotencyKey: { min: 8, max: 128 },
  customFieldLabel: { max: 80 },
  /** Custom fields per practice, and so values per patient (firestore.rules: custom.size() <= 50). */
  customFields: { max: 50 },
} as const;

/** Opaque client-generated key: letters, digits, `-` and `_` only (it becomes part of a document id). */
export const idempotencyKeySchema = z
  .string()
  .min(LIMITS.idempotencyKey.min)
  .max(LIMITS.idempotencyKey.max)
  .regex(/^[A-Za-z0-9_-]+$/, 'Use letters, digits, - and _ only');

export const tenantNameSchema = z
  .string()
  .trim()
  .min(LIMITS.tenantName.min, 'Enter the practice name (at least 2 characters)')
  .max(LIMITS.tenantName.max, 'Keep the practice name under 80 characters');

export const planSchema = z.enum(PLAN_IDS);
export const tenantRoleSchema = z.enum(TENANT_ROLES);
export const tenantStatusSchema = z.enum(TENANT_STATUSES);
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(LIMITS.email.max, `Keep the email address under ${LIMITS.email.max} characters`)
  .pipe(z.email('Enter a valid email address'));
export const personNameSchema = z.string().trim().min(LIMITS.personName.min).max(LIMITS.personName.max);
/** Calendar date, YYYY-MM-DD, validated as a real date. */
export const isoDateSchema = z.iso.date();
export const subdomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])$/, 'Use 3-63 lowercase letters, digits and hyphens');
export const idSchema = z.string().min(1).max(128).regex(/^[A-Za-z0-9_-]+$/);

// ---- Callable inputs -------------------------------------------------------

export const provisionTenantInput = z.strictObject({
  idempotencyKey: idempotencyKeySchema,
  tenantName: tenantNameSchema,
  plan: planSchema,
  /**
   * The signer saw their open invitations (`findMyInvites`) and chose to
   * create a practice of their own: do not join them to the inviting
   * practice instead (SPEC §5's default). The invitations stay open.
   */
  ignorePendingInvites: z.boolean().optional(),
});
export type ProvisionTenantInput = z.infer<typeof provisionTenantInput>;

export const salesProvisionTenantInput = z.strictObject({
  dealId: z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'Use letters, digits, - and _ only'),
  tenantName: tenantNameSchema,
  plan: planSchema,
  seatLimit: z.number().int().min(1).max(10_000),
  goLiveDate: isoDateSchema,
  adminEmail: emailSchema,
  adminName: personNameSchema,
  subdomain: subdomainSchema.optional(),
});
export type SalesProvisionTenantInput = z.infer<typeof salesProvisionTenantInput>;

export const inviteMemberInput = z.strictObject({
  tenantId: idSchema,
  email: emailSchema,
  role: tenantRoleSchema,
});
export const acceptInviteInput = z.strictObject({ tenantId: idSchema, inviteId: idSchema });
export const revokeInviteInput = z.strictObject({ tenantId: idSchema, inviteId: idSchema });
export const changeMemberRoleInput = z.strictObject({ tenantId: idSchema, uid: idSchema, role: tenantRoleSchema });
export const removeMemberInput = z.strictObject({ tenantId: idSchema, uid: idSchema });
/** Open to anyone holding the link: the random invite id is the secret. */
export const describeInviteInput = z.strictObject({ tenantId: idSchema, inviteId: idSchema });
/** The caller's own open invitations; who they are comes from the ID token, never the request. */
export const findMyInvitesInput = z.strictObject({});
export const createCheckoutSessionInput = z.strictObject({ tenantId: idSchema, plan: planSchema });
export const createPortalSessionInput = z.strictObject({ tenantId: idSchema });

/** What `provisionTenant` and `salesProvisionTenant` answer. */
export const provisionResultSchema = z.object({
  tenantId: z.string(),
  status: tenantStatusSchema,
  created: z.boolean(),
  /** The signer's email had a pending invite: they joined that practice instead of creating one. */
  joinedByInvite: z.boolean().optional(),
});
export type ProvisionResult = z.infer<typeof provisionResultSchema>;

/**
 * What `describeInvite` answers: enough for the invite page to say "Join
 * <practice> as <role>" before joining, and nothing else about the practice
 * or the invite (never the invited address). `state` is the invite's status,
 * with an open invite past `expiresAt` answered as `expired`.
 */
export const inviteDescriptionSchema = z.strictObject({
  tenantName: z.string(),
  role: tenantRoleSchema,
  state: z.enum(INVITE_STATUSES),
  /** ISO 8601 instant. */
  expiresAt: z.string(),
});
export type InviteDescription = z.infer<typeof inviteDescriptionSchema>;

/** What `findMyInvites` answers: the caller's open, unexpired invitations, newest first. */
export const myInvitesSchema = z.strictObject({
  invites: z.array(
    z.strictObject({
      tenantId: z.string(),
      inviteId: z.string(),
      tenantName: z.string(),
      role: tenantRoleSchema,
      /** ISO 8601 instant. */
      expiresAt: z.string(),
    }),
  ),
});
export type MyInvites = z.infer<typeof myInvitesSchema>;
export type MyInvite = MyInvites['invites'][number];

/** Why a super admin overrides a tenant's lifecycle; kept in the audit log. */
export const overrideReasonSchema = z
  .string()
  .trim()
  .min(3, 'Give a reason of at least 3 characters for the audit log')
  .max(500, 'Keep the reason under 500 characters');

/**
 * `overrideTenantLifecycle` (super admin only): extend a trial to the end of
 * a calendar day (UTC), or set a status through the state machine.
 */
export const overrideTenantLifecycleInput = z.discriminatedUnion('action', [
  z.strictObject({
    tenantId: idSchema,
    action: z.literal('extend_trial'),
    /** The last day of the trial (YYYY-MM-DD); the trial ends at the end of that UTC day. */
    trialEndsAt: isoDateSchema,
    reason: overrideReasonSchema,
  }),
  z.strictObject({
    tenantId: idSchema,
    action: z.literal('set_status'),
    status: z.enum(OVERRIDE_TARGET_STATUSES),
    reason: overrideReasonSchema,
  }),
]);
export type OverrideTenantLifecycleInput = z.infer<typeof overrideTenantLifecycleInput>;

/** What `overrideTenantLifecycle` answers: the tenant's status and trial end after the override. */
export const overrideTenantLifecycleResult = z.object({
  tenantId: z.string(),
  status: tenantStatusSchema,
  /** ISO 8601 instant, or null when the tenant has no trial end. */
  trialEndsAt: z.string().nullable(),
});
export type OverrideTenantLifecycleResult = z.infer<typeof overrideTenantLifecycleResult>;

// ---- Tenant documents (client-writable fields) -----------------------------

const optionalText = (max: number) => z.string().trim().max(max).optional();

export const patientSchema = z.strictObject({
  firstName: personNameSchema,
  lastName: personNameSchema,
  dateOfBirth: isoDateSchema.optional(),
  phone: optionalText(LIMITS.phone.max),
  email: emailSchema.optional(),
  notes: optionalText(LIMITS.notes.max),
  // The rules cap the map at MAX_CUSTOM_FIELDS entries too.
  custom: z
    .record(z.string().max(64), z.union([z.string().max(500), z.number(), z.boolean()]))
    .refine((custom) => Object.keys(custom).length <= LIMITS.customFields.max, {
      message: `A patient can hold at most ${LIMITS.customFields.max} custom field values`,
    })
    .optional(),
  externalId: optionalText(LIMITS.externalId.max),
});
export type PatientInput = z.infer<typeof patientSchema>;

export const APPOINTMENT_STATUSES = ['booked', 'arrived', 'completed', 'cancelled', 'no_show'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

export const appointmentSchema = z
  .strictObject({
    patientId: idSchema,
    practitionerId: idSchema,
    serviceId: idSchema,
    startsAt: z.date(),
    endsAt: z.date(),
    status: z.enum(APPOINTMENT_STATUSES),
    externalId: optionalText(LIMITS.externalId.max),
  })
  .refine((a) => a.endsAt.getTime() > a.startsAt.getTime(), { message: 'The appointment must end after it starts', path: ['endsAt'] });
export type AppointmentInput = z.infer<typeof appointmentSchema>;

export const treatmentNoteSchema = z.strictObject({
  patientId: idSchema,
  body: z.string().trim().min(1).max(LIMITS.noteBody.max),
  appointmentId: idSchema.optional(),
});
export type TreatmentNoteInput = z.infer<typeof treatmentNoteSchema>;

export const serviceSchema = z.strictObject({
  name: z.string().trim().min(LIMITS.serviceName.min).max(LIMITS.serviceName.max),
  durationMinutes: z.number().int().min(5).max(600),
  priceCents: z.number().int().min(0).max(10_000_000),
  active: z.boolean(),
});
export type ServiceInput = z.infer<typeof serviceSchema>;

export const tenantSettingsUpdateSchema = z.strictObject({
  name: tenantNameSchema.optional(),
  settings: z.strictObject({ timezone: z.string().max(64).optional(), currency: z.string().length(3).optional() }).optional(),
});

export const CUSTOM_FIELD_TYPES = ['text', 'number', 'boolean', 'date', 'select'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

/** A per-tenant custom field on patients (`tenants/{t}/customFields/{fieldId}`); the id is the key in `patient.custom`. */
export const customFieldSchema = z.strictObject({
  label: z
    .string()
    .trim()
    .min(1, 'Enter a name for the field')
    .max(LIMITS.customFieldLabel.max, `Keep the field name under ${LIMITS.customFieldLabel.max} characters`),
  type: z.enum(CUSTOM_FIELD_TYPES, 'Choose what kind of field this is'),
  required: z.boolean(),
  options: z
    .array(z.string().trim().min(1, 'Choices cannot be empty').max(80, 'Keep each choice under 80 characters'))
    .max(50, 'Offer at most 50 choices')
    .optional(),
});
export type CustomFieldInput = z.infer<typeof customFieldSchema>;
