// Types of the district store: entities by kind, commands, audit entries, integrity problems.
// Type-only imports: importing these types never pulls zod into a bundle.
import type * as z from 'zod'
import type { TongxinIssue } from '../errors/TongxinError'
import type {
  ActivitySchema, BrandSchema, CharityResourceSchema, CommunityOrganizationSchema, CommunitySchema, ProjectSchema,
  ServiceRecordSchema, SocialWorkAgencySchema, SocialWorkStationSchema, SocialWorkerSchema, StreetSchema, VenueSchema,
  VolunteerSchema, VolunteerTeamSchema,
} from '../model/schemas'
import type { CommunityStatus } from '../model/labels'
import type {
  Activity, Brand, CharityResource, Community, CommunityOrganization, District, Project, ServiceRecord, SocialWorkAgency,
  SocialWorkStation, SocialWorker, Street, Venue, Volunteer, VolunteerTeam,
} from '../model/types'
import type { EntityKind } from './entityKinds'

/**
 * The stored entity type of each kind (what a `District` holds).
 * @example
 * const t: EntityOf<'team'> = district.teams[0]
 */
export interface EntityMap {
  /** 街道. */ readonly street: Street
  /** 社区. */ readonly community: Community
  /** 街道社工站. */ readonly station: SocialWorkStation
  /** 社工机构. */ readonly agency: SocialWorkAgency
  /** 社区社会组织. */ readonly organization: CommunityOrganization
  /** 社工. */ readonly socialWorker: SocialWorker
  /** 志愿者. */ readonly volunteer: Volunteer
  /** 志愿服务队. */ readonly team: VolunteerTeam
  /** 阵地. */ readonly venue: Venue
  /** 实践活动. */ readonly activity: Activity
  /** 项目. */ readonly project: Project
  /** 服务品牌. */ readonly brand: Brand
  /** 志愿服务记录. */ readonly record: ServiceRecord
  /** 慈善资源. */ readonly resource: CharityResource
}

/**
 * The accepted input of each kind (plain string ids, defaults not yet applied), as validated by
 * the entity's zod schema.
 * @example
 * const s: EntityInputMap['street'] = { id: 's1', name: '中韩街道' }
 */
export interface EntityInputMap {
  /** 街道. */ readonly street: z.input<typeof StreetSchema>
  /** 社区. */ readonly community: z.input<typeof CommunitySchema>
  /** 街道社工站. */ readonly station: z.input<typeof SocialWorkStationSchema>
  /** 社工机构. */ readonly agency: z.input<typeof SocialWorkAgencySchema>
  /** 社区社会组织. */ readonly organization: z.input<typeof CommunityOrganizationSchema>
  /** 社工. */ readonly socialWorker: z.input<typeof SocialWorkerSchema>
  /** 志愿者. */ readonly volunteer: z.input<typeof VolunteerSchema>
  /** 志愿服务队. */ readonly team: z.input<typeof VolunteerTeamSchema>
  /** 阵地. */ readonly venue: z.input<typeof VenueSchema>
  /** 实践活动. */ readonly activity: z.input<typeof ActivitySchema>
  /** 项目. */ readonly project: z.input<typeof ProjectSchema>
  /** 服务品牌. */ readonly brand: z.input<typeof BrandSchema>
  /** 志愿服务记录. */ readonly record: z.input<typeof ServiceRecordSchema>
  /** 慈善资源. */ readonly resource: z.input<typeof CharityResourceSchema>
}

/**
 * The stored entity type of a kind.
 * @example
 * const w: EntityOf<'socialWorker'> = district.socialWorkers[0]
 */
export type EntityOf<K extends EntityKind> = EntityMap[K]

/**
 * A partial update of an entity of kind `K`: the fields to change (validated together with the
 * rest of the entity by its schema); `null` removes an optional field; `id` cannot change.
 * @example
 * const p: EntityPatch<'team'> = { name: '小蓝帽护河队', brandId: null }
 */
export type EntityPatch<K extends EntityKind> = {
  readonly [F in Exclude<keyof EntityInputMap[K], 'id'>]?: EntityInputMap[K][F] | null
}

/**
 * Adds an entity of one kind; its id must be new.
 * @example
 * const c: AddChange = { type: 'add', kind: 'street', entity: { id: 's-wgz', name: '王哥庄街道' } }
 */
export type AddChange = {
  readonly [K in EntityKind]: {
    /** `'add'`. */
    readonly type: 'add'
    /** The kind of entity added. */
    readonly kind: K
    /** The entity, validated by its schema (defaults applied). */
    readonly entity: EntityInputMap[K]
  }
}[EntityKind]

/**
 * Updates some fields of an existing entity (a partial patch).
 * @example
 * const c: UpdateChange = { type: 'update', kind: 'socialWorker', id: 'w-li', patch: { active: false } }
 */
export type UpdateChange = {
  readonly [K in EntityKind]: {
    /** `'update'`. */
    readonly type: 'update'
    /** The kind of entity updated. */
    readonly kind: K
    /** The id of the entity. */
    readonly id: string
    /** The fields to change; `null` removes an optional field. */
    readonly patch: EntityPatch<K>
  }
}[EntityKind]

/**
 * Removes an entity. Without `cascade` the removal is rejected while anything still refers to it
 * (`DISTRICT_STILL_REFERENCED`); with `cascade: true` optional references are cleared, the id is
 * taken out of id lists, and entities that require it are removed too (recursively).
 * @example
 * const c: RemoveChange = { type: 'remove', kind: 'team', id: 't-old', cascade: true }
 */
export interface RemoveChange {
  /** `'remove'`. */
  readonly type: 'remove'
  /** The kind of entity removed. */
  readonly kind: EntityKind
  /** The id of the entity. */
  readonly id: string
  /** Also clear or remove whatever refers to it (default `false`: reject instead). */
  readonly cascade?: boolean
}

/**
 * Adds social workers to a team's leads (社工引领).
 * @example
 * const c: AssignLeadChange = { type: 'assignLead', teamId: 't-blue', workerIds: ['w-wang'] }
 */
export interface AssignLeadChange {
  /** `'assignLead'`. */
  readonly type: 'assignLead'
  /** The team. */
  readonly teamId: string
  /** The social workers to add as leads, none of them a lead already. */
  readonly workerIds: readonly string[]
}

/**
 * Removes social workers from a team's leads.
 * @example
 * const c: UnassignLeadChange = { type: 'unassignLead', teamId: 't-blue', workerIds: ['w-wang'] }
 */
export interface UnassignLeadChange {
  /** `'unassignLead'`. */
  readonly type: 'unassignLead'
  /** The team. */
  readonly teamId: string
  /** The social workers to remove, each a current lead. */
  readonly workerIds: readonly string[]
}

/**
 * Records a service session (adds a `ServiceRecord`; `status` defaults to `pending`).
 * @example
 * const c: RecordServiceChange = {
 *   type: 'recordService',
 *   record: { id: 'r-9', volunteerId: 'v-1', start: '2025-03-08T09:00:00+08:00', end: '2025-03-08T11:00:00+08:00' },
 * }
 */
export interface RecordServiceChange {
  /** `'recordService'`. */
  readonly type: 'recordService'
  /** The record; its volunteer must exist. */
  readonly record: Omit<EntityInputMap['record'], 'status'> & { readonly status?: EntityInputMap['record']['status'] }
}

/**
 * Confirms a pending service record.
 * @example
 * const c: ConfirmRecordChange = { type: 'confirmRecord', recordId: 'r-9' }
 */
export interface ConfirmRecordChange {
  /** `'confirmRecord'`. */
  readonly type: 'confirmRecord'
  /** The record, which must be `pending`. */
  readonly recordId: string
}

/**
 * Voids a service record (any status but `void`).
 * @example
 * const c: VoidRecordChange = { type: 'voidRecord', recordId: 'r-9' }
 */
export interface VoidRecordChange {
  /** `'voidRecord'`. */
  readonly type: 'voidRecord'
  /** The record, which must not be `void` already. */
  readonly recordId: string
}

/**
 * Changes a community's status (普通 / 试点 / 示范).
 * @example
 * const c: SetCommunityStatusChange = { type: 'setCommunityStatus', communityId: 'c-1', status: 'pilot', since: '2025-01-01' }
 */
export interface SetCommunityStatusChange {
  /** `'setCommunityStatus'`. */
  readonly type: 'setCommunityStatus'
  /** The community. */
  readonly communityId: string
  /** The new status. */
  readonly status: CommunityStatus
  /** Since when (`YYYY-MM-DD`); without it `statusSince` is removed. */
  readonly since?: string
}

/**
 * Adds a volunteer to a team.
 * @example
 * const c: AddTeamMemberChange = { type: 'addTeamMember', teamId: 't-blue', volunteerId: 'v-9' }
 */
export interface AddTeamMemberChange {
  /** `'addTeamMember'`. */
  readonly type: 'addTeamMember'
  /** The team. */
  readonly teamId: string
  /** The volunteer, not yet a member. */
  readonly volunteerId: string
}

/**
 * Removes a volunteer from a team.
 * @example
 * const c: RemoveTeamMemberChange = { type: 'removeTeamMember', teamId: 't-blue', volunteerId: 'v-9' }
 */
export interface RemoveTeamMemberChange {
  /** `'removeTeamMember'`. */
  readonly type: 'removeTeamMember'
  /** The team. */
  readonly teamId: string
  /** The volunteer, a current member. */
  readonly volunteerId: string
}

/**
 * A typed command on a district: add / update / remove for every entity kind, and the domain
 * commands (assign or unassign leads, record service, confirm or void a record, change a
 * community's status, add or remove a team member). Discriminated by `type`.
 * @example
 * const c: Change = { type: 'addTeamMember', teamId: 't1', volunteerId: 'v9' }
 */
export type Change =
  | AddChange
  | UpdateChange
  | RemoveChange
  | AssignLeadChange
  | UnassignLeadChange
  | RecordServiceChange
  | ConfirmRecordChange
  | VoidRecordChange
  | SetCommunityStatusChange
  | AddTeamMemberChange
  | RemoveTeamMemberChange

/**
 * The `type` of a change.
 * @example
 * const t: ChangeType = 'recordService'
 */
export type ChangeType = Change['type']

/**
 * Who makes a change, when and why: the audit context of `applyChange`.
 * @example
 * const ctx: ChangeContext = { actor: 'station-zh:wang', at: '2025-03-08T09:00:00+08:00', reason: '新队伍成立' }
 */
export interface ChangeContext {
  /** Who makes the change (a user or system id, 1–200 characters). */
  readonly actor: string
  /** When, as an ISO 8601 instant with offset; never read from the clock. */
  readonly at: string
  /** Why (1–2000 characters). */
  readonly reason: string
  /** An optional sequence number for the audit log (a non-negative safe integer). */
  readonly seq?: number
}

/**
 * One immer patch: an operation at a path of the district.
 * @example
 * const p: AuditPatch = { op: 'replace', path: ['records', 3, 'status'], value: 'confirmed' }
 */
export interface AuditPatch {
  /** `add`, `replace` or `remove`. */
  readonly op: 'add' | 'replace' | 'remove'
  /** Where, from the root of the district. */
  readonly path: readonly (string | number)[]
  /** The new value (absent for `remove`). */
  readonly value?: unknown
}

/**
 * An audit entry: one applied change with who, when, why, and the patches that undo or redo it.
 * Frozen. Serialisable as JSON.
 * @example
 * const { entry } = applyChange(d, change, ctx)
 * entry.inversePatches // what undoChange applies
 */
export interface AuditEntry {
  /** The sequence number from the context, if one was given. */
  readonly seq?: number
  /** Who made the change. */
  readonly actor: string
  /** When (ISO 8601 instant with offset). */
  readonly at: string
  /** Why. */
  readonly reason: string
  /** The change as validated (entity defaults applied). */
  readonly change: Change
  /** The patches from the old district to the new one. */
  readonly patches: readonly AuditPatch[]
  /** The patches from the new district back to the old one. */
  readonly inversePatches: readonly AuditPatch[]
}

/**
 * An audit log: the entries of every change applied since an initial district, oldest first.
 * `replayAuditLog(initial, log)` reproduces the current district.
 * @example
 * const log: AuditLog = [applyChange(d0, change, ctx).entry]
 */
export type AuditLog = readonly AuditEntry[]

/**
 * The result of `applyChange`: the new district and the audit entry of the change.
 * @example
 * const { district, entry }: AppliedChange = applyChange(d, change, ctx)
 */
export interface AppliedChange {
  /** The new district (frozen). */
  readonly district: District
  /** The audit entry (frozen). */
  readonly entry: AuditEntry
}

/**
 * The code of an integrity problem.
 * @example
 * const code: IntegrityCode = 'DISTRICT_DANGLING_REFERENCE'
 */
export type IntegrityCode =
  | 'DISTRICT_DUPLICATE_ID'
  | 'DISTRICT_DANGLING_REFERENCE'
  | 'DISTRICT_LEAD_INACTIVE'
  | 'DISTRICT_LEAD_OVER_CAPACITY'
  | 'DISTRICT_MULTI_TEAM_MEMBER'
  | 'DISTRICT_COMMUNITY_STREET_MISMATCH'

/**
 * One integrity problem of a district: a code, the values behind it (ids, never indexes), and
 * where it is.
 * @example
 * const p: IntegrityProblem = {
 *   code: 'DISTRICT_DANGLING_REFERENCE',
 *   params: { kind: 'record', id: 'r1', field: 'volunteerId', target: 'volunteer', targetId: 'v404' },
 *   path: ['records', 0, 'volunteerId'],
 * }
 */
export interface IntegrityProblem extends TongxinIssue {
  /** The problem's code. */
  readonly code: IntegrityCode
  /** The ids and values behind it (the message placeholders). */
  readonly params: Readonly<Record<string, unknown>>
}
