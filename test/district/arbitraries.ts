// fast-check arbitraries for the district store: small valid districts, and changes against them.
// Other modules' tests may import `districtArbitrary`.
import fc from 'fast-check'
import type { Change } from '../../src/district/types'
import { parseDistrict } from '../../src/model/parseDistrict'
import type { District, DistrictInput } from '../../src/model/types'

/** Valid GB 11643 numbers (notes/domain.md §3.2 test vectors). */
const ID_NUMBERS = ['11010519491231002X', '440524188001010014', '34052419800101001X']
const NAMES = ['张三', '李四', '欧阳娜娜', '王五', '司马光', '赵六']
const DOMAINS = ['elderly', 'children', 'youth', 'disability', 'environment'] as const
const STATUSES = ['pending', 'confirmed', 'rejected', 'void'] as const

/** Sizes of the generated districts (each collection gets 0..max entities; streets at least 1). */
export interface DistrictArbitraryOptions {
  /** Largest number of entities per collection (default 5). */
  readonly max?: number
  /** Force `rules.allowMultiTeamMembership` (default: either). */
  readonly allowMultiTeamMembership?: boolean
}

/** Builds a valid district input from sizes and a stream of choices. */
export function buildDistrictInput(sizes: readonly number[], choices: readonly number[], allowMulti: boolean): DistrictInput {
  let k = 0
  const next = (n: number): number => (n <= 0 ? 0 : (choices[k++ % choices.length] ?? 0) % n)
  const chance = (): boolean => next(2) === 1
  const size = (i: number): number => sizes[i] ?? 0
  const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`)

  const streets = ids('s', Math.max(1, size(0)))
  const communities = ids('c', size(1)).map((id) => ({ id, streetId: streets[next(streets.length)]!, name: `社区${id}`, residentPopulation: next(5000), status: (['ordinary', 'pilot', 'demonstration'] as const)[next(3)] }))
  const stations = ids('st', size(2)).map((id) => ({ id, streetId: streets[next(streets.length)]!, name: `社工站${id}` }))
  const agencies = ids('ag', size(3)).map((id) => ({ id, name: `机构${id}` }))
  const organizations = communities.length === 0 ? [] : ids('o', size(4)).map((id) => ({
    id, communityId: communities[next(communities.length)]!.id, name: `组织${id}`,
    ...(stations.length > 0 && chance() ? { cultivatedByStationId: stations[next(stations.length)]!.id } : {}),
  }))
  const workers = ids('w', size(5)).map((id) => ({
    id, name: NAMES[next(NAMES.length)]!, qualification: 'intermediate' as const, domains: [DOMAINS[next(DOMAINS.length)]!],
    streetId: streets[next(streets.length)]!,
    ...(stations.length > 0 && chance() ? { stationId: stations[next(stations.length)]!.id } : {}),
    ...(agencies.length > 0 && chance() ? { agencyId: agencies[next(agencies.length)]!.id } : {}),
    ...(communities.length > 0 && chance() ? { communityId: communities[next(communities.length)]!.id } : {}),
    capacity: next(4), availability: [], active: next(4) !== 0,
  }))
  const volunteers = ids('v', size(6)).map((id) => ({
    id, name: NAMES[next(NAMES.length)]!, skills: [], domains: [], registeredOn: '2024-03-01', consentToPublish: chance(),
    ...(chance() ? { idType: 'resident-id' as const, idNumber: ID_NUMBERS[next(ID_NUMBERS.length)]! } : {}),
    ...(chance() ? { phone: `1380013${String(1000 + next(9000))}` } : {}),
    ...(chance() ? { birthDate: '1990-05-06' } : {}),
    ...(communities.length > 0 && chance() ? { communityId: communities[next(communities.length)]!.id } : {}),
  }))
  const brands = ids('b', size(11)).map((id) => ({ id, name: `品牌${id}`, domain: DOMAINS[next(DOMAINS.length)]!, establishedOn: '2023-06-01' }))
  const load = new Map<string, number>()
  const taken = new Set<string>()
  const teams = ids('t', size(7)).map((id) => {
    const streetId = streets[next(streets.length)]!
    const local = communities.filter((c) => c.streetId === streetId)
    const memberIds = volunteers.filter((v) => chance() && (allowMulti || !taken.has(v.id))).map((v) => v.id)
    if (!allowMulti) for (const m of memberIds) taken.add(m)
    const leadWorkerIds = workers.filter((w) => w.active && (load.get(w.id) ?? 0) < w.capacity && chance()).map((w) => w.id)
    for (const w of leadWorkerIds) load.set(w, (load.get(w) ?? 0) + 1)
    return {
      id, name: `队伍${id}`, streetId, domains: [DOMAINS[next(DOMAINS.length)]!], memberIds, leadWorkerIds, foundedOn: '2023-01-01',
      ...(local.length > 0 && chance() ? { communityId: local[next(local.length)]!.id } : {}),
      ...(brands.length > 0 && chance() ? { brandId: brands[next(brands.length)]!.id } : {}),
      ...(stations.length > 0 && chance() ? { cultivatedByStationId: stations[next(stations.length)]!.id } : {}),
      ...(organizations.length > 0 && chance() ? { organizationId: organizations[next(organizations.length)]!.id } : {}),
    }
  })
  const venues = communities.length === 0 ? [] : ids('ve', size(8)).map((id) => ({
    id, name: `阵地${id}`, communityId: communities[next(communities.length)]!.id, capacity: next(100), openingHours: [],
  }))
  const activities = teams.length === 0 ? [] : ids('a', size(9)).map((id) => ({
    id, name: `活动${id}`, teamId: teams[next(teams.length)]!.id, start: '2025-03-08T09:00:00+08:00', end: '2025-03-08T11:30:00+08:00',
    domain: DOMAINS[next(DOMAINS.length)]!,
    ...(venues.length > 0 && chance() ? { venueId: venues[next(venues.length)]!.id } : {}),
    ...(workers.length > 0 && chance() ? { leadWorkerId: workers[next(workers.length)]!.id } : {}),
  }))
  const projects = ids('p', size(10)).map((id) => ({
    id, name: `项目${id}`, stage: 'incubating' as const, startedOn: '2024-01-01', teamIds: teams.filter(() => chance()).map((t) => t.id),
    ...(stations.length > 0 && chance() ? { stationId: stations[next(stations.length)]!.id } : {}),
  }))
  const records = volunteers.length === 0 ? [] : ids('r', size(12)).map((id) => ({
    id, volunteerId: volunteers[next(volunteers.length)]!.id, start: '2025-03-08T09:00:00+08:00', end: '2025-03-08T12:00:00+08:00',
    status: STATUSES[next(STATUSES.length)]!,
    ...(teams.length > 0 && chance() ? { teamId: teams[next(teams.length)]!.id } : {}),
    ...(activities.length > 0 && chance() ? { activityId: activities[next(activities.length)]!.id } : {}),
  }))
  const charityResources = ids('cr', size(13)).map((id) => ({
    id, donor: '爱心企业', amountFen: next(1_000_000), purpose: '助老', receivedOn: '2025-01-02',
    ...(communities.length > 0 && chance() ? { communityId: communities[next(communities.length)]!.id } : {}),
    ...(projects.length > 0 && chance() ? { projectId: projects[next(projects.length)]!.id } : {}),
  }))
  return {
    id: 'd-test', name: '测试区', rules: { allowMultiTeamMembership: allowMulti },
    streets: streets.map((id) => ({ id, name: `街道${id}` })),
    communities, stations, agencies, organizations, socialWorkers: workers, volunteers, teams, venues, activities, projects, brands, records, charityResources,
  }
}

/**
 * A small valid district (passes `parseDistrict` and `checkIntegrity`), deeply frozen.
 * @param options - sizes and rules
 * @returns the arbitrary
 */
export function districtArbitrary(options: DistrictArbitraryOptions = {}): fc.Arbitrary<District> {
  const max = options.max ?? 5
  return fc
    .record({
      sizes: fc.array(fc.nat({ max }), { minLength: 14, maxLength: 14 }),
      choices: fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 64 }),
      allowMulti: options.allowMultiTeamMembership === undefined ? fc.boolean() : fc.constant(options.allowMultiTeamMembership),
    })
    .map(({ sizes, choices, allowMulti }) => deepFreeze(parseDistrict(buildDistrictInput(sizes, choices, allowMulti))))
}

const idsOf = (list: readonly { readonly id: string }[], fresh: string): string[] => (list.length === 0 ? [fresh] : list.map((e) => e.id))

/**
 * Changes against a district: a mix of valid and invalid commands of every type.
 * @param d - the district the changes refer to
 * @returns the arbitrary
 */
export function changeArbitrary(d: District): fc.Arbitrary<Change> {
  const pick = (list: readonly { readonly id: string }[], fresh: string) =>
    fc.oneof({ arbitrary: fc.constantFrom(...idsOf(list, fresh)), weight: 5 }, { arbitrary: fc.constant(fresh), weight: 1 })
  const street = pick(d.streets, 'zz-street')
  const team = pick(d.teams, 'zz-team')
  const worker = pick(d.socialWorkers, 'zz-worker')
  const volunteer = pick(d.volunteers, 'zz-vol')
  const record = pick(d.records, 'zz-rec')
  const community = pick(d.communities, 'zz-com')
  const kinds = ['street', 'community', 'station', 'agency', 'organization', 'socialWorker', 'volunteer', 'team', 'venue', 'activity', 'project', 'brand', 'record', 'resource'] as const
  const anyId = fc.constantFrom(...kinds).chain((kind) => {
    const list = ({
      street: d.streets, community: d.communities, station: d.stations, agency: d.agencies, organization: d.organizations,
      socialWorker: d.socialWorkers, volunteer: d.volunteers, team: d.teams, venue: d.venues, activity: d.activities,
      project: d.projects, brand: d.brands, record: d.records, resource: d.charityResources,
    } as const)[kind] as readonly { readonly id: string }[]
    return fc.tuple(fc.constant(kind), pick(list, `zz-${kind}`))
  })
  const change: fc.Arbitrary<Change>[] = [
    fc.tuple(fc.constantFrom('s-new', ...d.streets.map((s) => s.id))).map(([id]) => ({ type: 'add', kind: 'street', entity: { id, name: '新街道' } })),
    fc.tuple(community, street).map(([id, streetId]) => ({ type: 'add', kind: 'community', entity: { id: `${id}-n`, streetId, name: '新社区', residentPopulation: 10 } })),
    fc.tuple(volunteer, fc.boolean()).map(([id, consent]) => ({ type: 'add', kind: 'volunteer', entity: { id: `${id}-n`, name: '钱七', skills: [], domains: [], registeredOn: '2025-01-01', consentToPublish: consent } })),
    fc.tuple(team, fc.constantFrom('新名字', '')).map(([id, name]) => ({ type: 'update', kind: 'team', id, patch: { name } })),
    fc.tuple(team, fc.option(community, { nil: null })).map(([id, communityId]) => ({ type: 'update', kind: 'team', id, patch: { communityId } })),
    fc.tuple(worker, fc.boolean(), fc.nat({ max: 3 })).map(([id, active, capacity]) => ({ type: 'update', kind: 'socialWorker', id, patch: { active, capacity } })),
    fc.tuple(anyId, fc.boolean()).map(([[kind, id], cascade]) => ({ type: 'remove', kind, id, cascade })),
    fc.tuple(team, worker).map(([teamId, w]) => ({ type: 'assignLead', teamId, workerIds: [w] })),
    fc.tuple(team, worker).map(([teamId, w]) => ({ type: 'unassignLead', teamId, workerIds: [w] })),
    fc.tuple(volunteer, fc.option(team, { nil: undefined }), fc.nat({ max: 99 })).map(([volunteerId, teamId, n]) => ({
      type: 'recordService',
      record: { id: `rn${n}`, volunteerId, start: '2025-04-01T09:00:00+08:00', end: '2025-04-01T10:00:00+08:00', ...(teamId === undefined ? {} : { teamId }) },
    })),
    record.map((recordId) => ({ type: 'confirmRecord', recordId })),
    record.map((recordId) => ({ type: 'voidRecord', recordId })),
    fc.tuple(community, fc.constantFrom('ordinary', 'pilot', 'demonstration'), fc.option(fc.constant('2025-05-01'), { nil: undefined })).map(
      ([communityId, status, since]) => ({ type: 'setCommunityStatus', communityId, status, ...(since === undefined ? {} : { since }) })),
    fc.tuple(team, volunteer).map(([teamId, volunteerId]) => ({ type: 'addTeamMember', teamId, volunteerId })),
    fc.tuple(team, volunteer).map(([teamId, volunteerId]) => ({ type: 'removeTeamMember', teamId, volunteerId })),
  ]
  return fc.oneof(...change)
}

/** Freezes a value deeply (test helper; parseDistrict leaves zod defaults such as `meetingTimes: []` unfrozen). */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const v = stack.pop()
    if (typeof v !== 'object' || v === null) continue
    Object.freeze(v)
    for (const key of Object.keys(v)) stack.push((v as Record<string, unknown>)[key])
  }
  return value
}

/** Whether a value and everything reachable from it is frozen. */
export function isDeepFrozen(value: unknown): boolean {
  const stack: unknown[] = [value]
  const seen = new Set<unknown>()
  while (stack.length > 0) {
    const v = stack.pop()
    if (typeof v !== 'object' || v === null || seen.has(v)) continue
    seen.add(v)
    if (!Object.isFrozen(v)) return false
    for (const key of Object.keys(v)) stack.push((v as Record<string, unknown>)[key])
  }
  return true
}

/** A fixed audit context. */
export const CTX = Object.freeze({ actor: 'tester', at: '2025-03-08T09:00:00+08:00', reason: '测试' })
