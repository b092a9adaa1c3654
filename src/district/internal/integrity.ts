// The integrity pass behind checkIntegrity: one linear walk per reference field over Maps.
import { TongxinError } from '../../errors/TongxinError'
import { ENTITY_COLLECTIONS, ENTITY_KINDS, ENTITY_REFERENCES, type EntityKind } from '../entityKinds'
import type { IntegrityCode, IntegrityProblem } from '../types'
import { at, isPlainObject } from './util'

type Path = (string | number)[]
type Entity = Record<string, unknown>

/** Throws the error for input that is not shaped like a district. */
export function notADistrict(reason: string, path: Path = []): never {
  throw new TongxinError('DISTRICT_NOT_A_DISTRICT', { reason, at: path.join('.') }, [
    { code: 'DISTRICT_NOT_A_DISTRICT', params: { reason }, path },
  ])
}

function problem(code: IntegrityCode, params: Record<string, unknown>, path: Path): IntegrityProblem {
  return Object.freeze({ code, params: Object.freeze(params), path: Object.freeze(path) })
}

const COLLECTION_RANK = new Map<string, number>(ENTITY_KINDS.map((k, i) => [ENTITY_COLLECTIONS[k], i]))

function comparePathPart(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  if (typeof a === 'number') return -1
  if (typeof b === 'number') return 1
  return a < b ? -1 : a > b ? 1 : 0
}

/** Orders problems by collection (schema order), then path, then code (sorting is stable). */
export function compareProblems(a: IntegrityProblem, b: IntegrityProblem): number {
  const ra = COLLECTION_RANK.get(String(a.path[0])) ?? 0
  const rb = COLLECTION_RANK.get(String(b.path[0])) ?? 0
  if (ra !== rb) return ra - rb
  const n = Math.min(a.path.length, b.path.length)
  for (let i = 1; i < n; i++) {
    const c = comparePathPart(at(a.path, i), at(b.path, i))
    if (c !== 0) return c
  }
  if (a.path.length !== b.path.length) return a.path.length - b.path.length
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0
}

/** The identity of a problem independent of array positions: its code and params (ids only). */
export function problemKey(p: IntegrityProblem): string {
  return `${p.code}|${JSON.stringify(p.params)}`
}

/** Counts problems by key. */
export function countProblemKeys(problems: readonly IntegrityProblem[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const p of problems) {
    const k = problemKey(p)
    counts.set(k, (counts.get(k) ?? 0) + 1)
  }
  return counts
}

/**
 * The problems of `after` that `before` does not have: a problem is new when `after` has more
 * problems with its key (code and params) than `before`.
 */
export function newProblems(before: Map<string, number>, after: readonly IntegrityProblem[]): IntegrityProblem[] {
  const seen = new Map<string, number>()
  const out: IntegrityProblem[] = []
  for (const p of after) {
    const k = problemKey(p)
    const n = (seen.get(k) ?? 0) + 1
    seen.set(k, n)
    if (n > (before.get(k) ?? 0)) out.push(p)
  }
  return out
}

function collection(district: Record<string, unknown>, kind: EntityKind): readonly unknown[] {
  const key = ENTITY_COLLECTIONS[kind]
  const arr = district[key]
  if (!Array.isArray(arr)) notADistrict(`${key} is not an array`, [key])
  return arr
}

/**
 * Every integrity problem of a district, sorted. Throws `DISTRICT_NOT_A_DISTRICT` when the input
 * is not shaped like a district (collections that are not arrays, entities without a string id,
 * reference fields of the wrong type).
 */
export function collectProblems(input: unknown): IntegrityProblem[] {
  if (!isPlainObject(input)) notADistrict('not an object')
  const rules = input.rules
  if (!isPlainObject(rules) || typeof rules.allowMultiTeamMembership !== 'boolean') {
    notADistrict('rules.allowMultiTeamMembership is not a boolean', ['rules'])
  }
  const problems: IntegrityProblem[] = []
  const entities = {} as Record<EntityKind, readonly Entity[]>
  const index = {} as Record<EntityKind, Map<string, number>>

  // Pass 1: shape and ids, duplicates.
  for (const kind of ENTITY_KINDS) {
    const key = ENTITY_COLLECTIONS[kind]
    const arr = collection(input, kind)
    const ids = new Map<string, number>()
    for (let i = 0; i < arr.length; i++) {
      const e = arr[i]
      if (!isPlainObject(e)) notADistrict('entity is not an object', [key, i])
      const id = e.id
      if (typeof id !== 'string') notADistrict('id is not a string', [key, i, 'id'])
      if (ids.has(id)) problems.push(problem('DISTRICT_DUPLICATE_ID', { kind, id }, [key, i, 'id']))
      else ids.set(id, i)
    }
    entities[kind] = arr as readonly Entity[]
    index[kind] = ids
  }
  const list = (kind: EntityKind): readonly Entity[] => entities[kind]
  const ids = (kind: EntityKind): Map<string, number> => index[kind]

  // Pass 2: every reference field resolves.
  for (const ref of ENTITY_REFERENCES) {
    const key = ENTITY_COLLECTIONS[ref.kind]
    const arr = list(ref.kind)
    const targets = ids(ref.target)
    for (let i = 0; i < arr.length; i++) {
      const e = at(arr, i)
      const v = e[ref.field]
      if (ref.mode === 'many') {
        if (!Array.isArray(v)) notADistrict(`${ref.field} is not an array`, [key, i, ref.field])
        for (let j = 0; j < v.length; j++) {
          const t: unknown = v[j]
          if (typeof t !== 'string') notADistrict('id is not a string', [key, i, ref.field, j])
          if (!targets.has(t)) {
            problems.push(problem('DISTRICT_DANGLING_REFERENCE',
              { kind: ref.kind, id: e.id, field: ref.field, target: ref.target, targetId: t }, [key, i, ref.field, j]))
          }
        }
        continue
      }
      if (v === undefined && ref.mode === 'optional') continue
      if (typeof v !== 'string') notADistrict(`${ref.field} is not a string`, [key, i, ref.field])
      if (!targets.has(v)) {
        problems.push(problem('DISTRICT_DANGLING_REFERENCE',
          { kind: ref.kind, id: e.id, field: ref.field, target: ref.target, targetId: v }, [key, i, ref.field]))
      }
    }
  }

  // Pass 3: the domain rules.
  const workers = list('socialWorker')
  for (let i = 0; i < workers.length; i++) {
    const w = at(workers, i)
    if (typeof w.active !== 'boolean') notADistrict('active is not a boolean', ['socialWorkers', i, 'active'])
    if (typeof w.capacity !== 'number') notADistrict('capacity is not a number', ['socialWorkers', i, 'capacity'])
  }
  const workerIndex = ids('socialWorker')
  const communities = list('community')
  const communityIndex = ids('community')
  const teams = list('team')
  const leads = new Map<string, number>()
  const memberships = new Map<string, [number, number][]>()
  const single = !rules.allowMultiTeamMembership
  for (let i = 0; i < teams.length; i++) {
    const t = at(teams, i)
    const leadIds = t.leadWorkerIds as readonly string[]
    for (let j = 0; j < leadIds.length; j++) {
      const wid = at(leadIds, j)
      leads.set(wid, (leads.get(wid) ?? 0) + 1)
      const wi = workerIndex.get(wid)
      if (wi !== undefined && at(workers, wi).active === false) {
        problems.push(problem('DISTRICT_LEAD_INACTIVE', { teamId: t.id, workerId: wid }, ['teams', i, 'leadWorkerIds', j]))
      }
    }
    if (typeof t.communityId === 'string') {
      const ci = communityIndex.get(t.communityId)
      if (ci !== undefined) {
        const communityStreetId = at(communities, ci).streetId
        if (communityStreetId !== t.streetId) {
          problems.push(problem('DISTRICT_COMMUNITY_STREET_MISMATCH',
            { teamId: t.id, communityId: t.communityId, streetId: t.streetId, communityStreetId }, ['teams', i, 'communityId']))
        }
      }
    }
    if (single) {
      const memberIds = t.memberIds as readonly string[]
      for (let j = 0; j < memberIds.length; j++) {
        const vid = at(memberIds, j)
        const m = memberships.get(vid)
        if (m === undefined) memberships.set(vid, [[i, j]])
        else m.push([i, j])
      }
    }
  }
  for (const [wid, wi] of workerIndex) {
    const count = leads.get(wid) ?? 0
    const capacity = at(workers, wi).capacity as number
    if (count > capacity) {
      problems.push(problem('DISTRICT_LEAD_OVER_CAPACITY', { workerId: wid, capacity, teams: count }, ['socialWorkers', wi, 'capacity']))
    }
  }
  for (const [vid, m] of memberships) {
    if (m.length < 2) continue
    const teamId = (i: number): string => at(teams, i).id as string
    m.sort((a, b) => {
      const ta = teamId(a[0])
      const tb = teamId(b[0])
      return ta < tb ? -1 : ta > tb ? 1 : a[0] - b[0]
    })
    const first = at(m, 0)
    for (let k = 1; k < m.length; k++) {
      const [ti, mi] = at(m, k)
      problems.push(problem('DISTRICT_MULTI_TEAM_MEMBER',
        { volunteerId: vid, teamId: teamId(ti), firstTeamId: teamId(first[0]) }, ['teams', ti, 'memberIds', mi]))
    }
  }
  return problems.sort(compareProblems)
}
