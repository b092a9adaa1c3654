// The entity kinds of a district, their collections and the references between them.
// Plain data: no zod here, so checkIntegrity stays free of schema constants.

/**
 * The collection key of each entity kind in a `District` (`team` → `teams`).
 * @example
 * ENTITY_COLLECTIONS.team //=> 'teams'
 */
export const ENTITY_COLLECTIONS = Object.freeze({
  street: 'streets',
  community: 'communities',
  station: 'stations',
  agency: 'agencies',
  organization: 'organizations',
  socialWorker: 'socialWorkers',
  volunteer: 'volunteers',
  team: 'teams',
  venue: 'venues',
  activity: 'activities',
  project: 'projects',
  brand: 'brands',
  record: 'records',
  resource: 'charityResources',
} as const)

/**
 * An entity kind of the district store (`'team'`, `'record'`, …).
 * @example
 * const kind: EntityKind = 'volunteer'
 */
export type EntityKind = keyof typeof ENTITY_COLLECTIONS

/**
 * The collection key of an entity kind in a `District` (`'teams'`, `'records'`, …).
 * @example
 * const key: EntityCollection = ENTITY_COLLECTIONS.resource //=> 'charityResources'
 */
export type EntityCollection = (typeof ENTITY_COLLECTIONS)[EntityKind]

/**
 * Every entity kind, in the order of the district schema (which is also the order in which
 * integrity problems are sorted).
 * @example
 * ENTITY_KINDS[0] //=> 'street'
 */
export const ENTITY_KINDS: readonly EntityKind[] = Object.freeze(Object.keys(ENTITY_COLLECTIONS) as EntityKind[])

/**
 * A reference field of an entity kind: `one` is a required id, `optional` an optional id,
 * `many` a list of ids.
 * @example
 * const ref: EntityReference = { kind: 'team', field: 'memberIds', target: 'volunteer', mode: 'many' }
 */
export interface EntityReference {
  /** The kind of entity that holds the reference. */
  readonly kind: EntityKind
  /** The field holding the id (or ids). */
  readonly field: string
  /** The kind of entity referred to. */
  readonly target: EntityKind
  /** `one` (required id), `optional` (optional id) or `many` (list of ids). */
  readonly mode: 'one' | 'optional' | 'many'
}

const ref = (kind: EntityKind, field: string, target: EntityKind, mode: EntityReference['mode']): EntityReference =>
  Object.freeze({ kind, field, target, mode })

/**
 * Every reference field of the district schema, in schema order: what `checkIntegrity`
 * resolves and what a cascading removal follows.
 * @example
 * ENTITY_REFERENCES.filter((r) => r.target === 'volunteer').map((r) => `${r.kind}.${r.field}`)
 * //=> ['team.memberIds', 'record.volunteerId']
 */
export const ENTITY_REFERENCES: readonly EntityReference[] = Object.freeze([
  ref('community', 'streetId', 'street', 'one'),
  ref('station', 'streetId', 'street', 'one'),
  ref('organization', 'communityId', 'community', 'one'),
  ref('organization', 'cultivatedByStationId', 'station', 'optional'),
  ref('socialWorker', 'streetId', 'street', 'one'),
  ref('socialWorker', 'stationId', 'station', 'optional'),
  ref('socialWorker', 'agencyId', 'agency', 'optional'),
  ref('socialWorker', 'communityId', 'community', 'optional'),
  ref('volunteer', 'communityId', 'community', 'optional'),
  ref('team', 'streetId', 'street', 'one'),
  ref('team', 'communityId', 'community', 'optional'),
  ref('team', 'memberIds', 'volunteer', 'many'),
  ref('team', 'leadWorkerIds', 'socialWorker', 'many'),
  ref('team', 'brandId', 'brand', 'optional'),
  ref('team', 'cultivatedByStationId', 'station', 'optional'),
  ref('team', 'organizationId', 'organization', 'optional'),
  ref('venue', 'communityId', 'community', 'one'),
  ref('activity', 'teamId', 'team', 'one'),
  ref('activity', 'venueId', 'venue', 'optional'),
  ref('activity', 'leadWorkerId', 'socialWorker', 'optional'),
  ref('project', 'teamIds', 'team', 'many'),
  ref('project', 'stationId', 'station', 'optional'),
  ref('record', 'volunteerId', 'volunteer', 'one'),
  ref('record', 'teamId', 'team', 'optional'),
  ref('record', 'activityId', 'activity', 'optional'),
  ref('resource', 'communityId', 'community', 'optional'),
  ref('resource', 'projectId', 'project', 'optional'),
])
