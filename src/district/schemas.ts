// zod schemas of the district store's boundary: entities by kind, audit context, audit entries.
// Only applyChange, undoChange and replayAuditLog import this module; checkIntegrity does not.
import * as z from 'zod'
import { InstantSchema, LocalDateSchema, CommunityStatusSchema } from '../model/primitives'
import {
  ActivitySchema, BrandSchema, CharityResourceSchema, CommunityIdSchema, CommunityOrganizationSchema, CommunitySchema,
  ProjectSchema, RecordIdSchema, ServiceRecordSchema, SocialWorkAgencySchema, SocialWorkStationSchema,
  SocialWorkerIdSchema, SocialWorkerSchema, StreetSchema, TeamIdSchema, VenueSchema, VolunteerIdSchema, VolunteerSchema,
  VolunteerTeamSchema,
} from '../model/schemas'
import type { EntityKind } from './entityKinds'

/** The zod schema of each entity kind. */
export const ENTITY_SCHEMAS = {
  street: StreetSchema,
  community: CommunitySchema,
  station: SocialWorkStationSchema,
  agency: SocialWorkAgencySchema,
  organization: CommunityOrganizationSchema,
  socialWorker: SocialWorkerSchema,
  volunteer: VolunteerSchema,
  team: VolunteerTeamSchema,
  venue: VenueSchema,
  activity: ActivitySchema,
  project: ProjectSchema,
  brand: BrandSchema,
  record: ServiceRecordSchema,
  resource: CharityResourceSchema,
} as const satisfies Record<EntityKind, z.ZodType>

/** The field names of each entity kind, from its schema. */
export const ENTITY_FIELDS: Readonly<Record<EntityKind, ReadonlySet<string>>> = Object.freeze(
  Object.fromEntries(
    Object.entries(ENTITY_SCHEMAS).map(([k, s]) => [k, new Set(Object.keys(s.unwrap().shape))]),
  ) as unknown as Record<EntityKind, ReadonlySet<string>>,
)

/** The audit context of a change. */
export const ChangeContextSchema = z.object({
  actor: z.string().min(1).max(200),
  at: InstantSchema,
  reason: z.string().min(1).max(2000),
  seq: z.int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
})

const idList = <T extends z.ZodType>(item: T) =>
  z.array(item).min(1).max(16).superRefine((list, ctx) => {
    const seen = new Set<unknown>()
    list.forEach((v, i) => {
      if (seen.has(v)) ctx.addIssue({ code: 'custom', path: [i], params: { code: 'MODEL_DUPLICATE_ITEM', value: v } })
      seen.add(v)
    })
  })

/** The domain commands (everything but add / update / remove), by type. */
export const DOMAIN_CHANGE_SCHEMAS = {
  assignLead: z.object({ type: z.literal('assignLead'), teamId: TeamIdSchema, workerIds: idList(SocialWorkerIdSchema) }),
  unassignLead: z.object({ type: z.literal('unassignLead'), teamId: TeamIdSchema, workerIds: idList(SocialWorkerIdSchema) }),
  confirmRecord: z.object({ type: z.literal('confirmRecord'), recordId: RecordIdSchema }),
  voidRecord: z.object({ type: z.literal('voidRecord'), recordId: RecordIdSchema }),
  setCommunityStatus: z.object({
    type: z.literal('setCommunityStatus'),
    communityId: CommunityIdSchema,
    status: CommunityStatusSchema,
    since: LocalDateSchema.optional(),
  }),
  addTeamMember: z.object({ type: z.literal('addTeamMember'), teamId: TeamIdSchema, volunteerId: VolunteerIdSchema }),
  removeTeamMember: z.object({ type: z.literal('removeTeamMember'), teamId: TeamIdSchema, volunteerId: VolunteerIdSchema }),
} as const

const PathPartSchema = z.union([z.string().refine((s) => s !== '__proto__' && s !== 'constructor' && s !== 'prototype'), z.int().min(0)])

/** One immer patch as stored in an audit entry. */
export const AuditPatchSchema = z.object({
  op: z.enum(['add', 'replace', 'remove']),
  path: z.array(PathPartSchema).max(16),
  value: z.unknown().optional(),
})

/** The parts of an audit entry that undo and replay rely on (the change is validated by applyChange). */
export const AuditEntrySchema = z.object({
  seq: z.int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  actor: z.string(),
  at: z.string(),
  reason: z.string(),
  change: z.unknown(),
  patches: z.array(AuditPatchSchema),
  inversePatches: z.array(AuditPatchSchema),
})
