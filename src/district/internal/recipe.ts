// Applies a normalised change to an immer draft. Reads go to the base district (no proxies for
// the entities a change does not touch); writes go to the draft, so immer records exact patches.
import { TongxinError } from '../../errors/TongxinError'
import type { District } from '../../model/types'
import { ENTITY_COLLECTIONS, ENTITY_KINDS, ENTITY_REFERENCES, type EntityKind } from '../entityKinds'
import { ENTITY_SCHEMAS } from '../schemas'
import type { Change } from '../types'
import { parseWith } from './normalizeChange'
import { at, jsonEqual } from './util'

type Entity = Readonly<Record<string, unknown>>
type MutableEntity = Record<string, unknown>
/** The draft seen as plain mutable collections. */
export type DraftDistrict = Record<string, MutableEntity[]>

function entitiesOf(base: District, kind: EntityKind): readonly Entity[] {
  return base[ENTITY_COLLECTIONS[kind]]
}

function indexOf(base: District, kind: EntityKind, id: unknown): number {
  const arr = entitiesOf(base, kind)
  for (let i = 0; i < arr.length; i++) if (at(arr, i).id === id) return i
  return -1
}

function requireIndex(base: District, kind: EntityKind, id: string): number {
  const i = indexOf(base, kind, id)
  if (i < 0) throw new TongxinError('DISTRICT_NOT_FOUND', { kind, id })
  return i
}

/**
 * Writes `next` over the entity at `i` field by field, so patches name only what changed;
 * a list that only grew at its end gets `add` patches.
 */
function setEntity(draft: DraftDistrict, kind: EntityKind, i: number, prev: Entity, next: Entity): void {
  const target = at(draft[ENTITY_COLLECTIONS[kind]] as MutableEntity[], i)
  for (const key of Object.keys(prev)) {
    if (next[key] === undefined && prev[key] !== undefined) Reflect.deleteProperty(target, key)
  }
  for (const key of Object.keys(next)) {
    const a = prev[key]
    const b = next[key]
    if (b === undefined || jsonEqual(a, b)) continue
    if (Array.isArray(a) && Array.isArray(b) && b.length > a.length && a.every((x, j) => Object.is(x, b[j]))) {
      const list = target[key] as unknown[]
      for (let j = a.length; j < b.length; j++) list.push(b[j])
    } else {
      target[key] = b
    }
  }
}

/** Replaces an entity after validating the result with the entity schema. */
function replaceEntity(draft: DraftDistrict, base: District, kind: EntityKind, i: number, next: unknown, prefix: string[]): void {
  const prev = at(entitiesOf(base, kind), i)
  const parsed = parseWith(ENTITY_SCHEMAS[kind], next, prefix) as Entity
  setEntity(draft, kind, i, prev, parsed)
}

/** Removes entities by index and rewrites others, keeping patches small: each removed slot takes the last entity. */
function removeAndRewrite(
  draft: DraftDistrict, base: District, kind: EntityKind, removed: ReadonlySet<number>, updated: ReadonlyMap<number, Entity>,
): void {
  const arr = entitiesOf(base, kind)
  const target = draft[ENTITY_COLLECTIONS[kind]] as MutableEntity[]
  const moved = new Map<number, number>() // position → index in base of what now sits there
  let length = arr.length
  for (const i of [...removed].sort((a, b) => b - a)) {
    const last = length - 1
    const origin = moved.get(last) ?? last
    moved.delete(last)
    if (i !== last) moved.set(i, origin)
    length--
  }
  for (const [i, next] of updated) {
    if (i < length && !removed.has(i)) setEntity(draft, kind, i, at(arr, i), next)
  }
  for (const [position, origin] of moved) target[position] = (updated.get(origin) ?? arr[origin]) as MutableEntity
  while (target.length > length) target.pop()
}

/**
 * What removing an entity takes with it. Without cascade, just the entity. With cascade:
 * entities whose required reference points to a removed entity are removed too (to a fixpoint);
 * optional references to removed entities are cleared and removed ids leave id lists.
 */
function removeEntity(draft: DraftDistrict, base: District, kind: EntityKind, id: string, cascade: boolean): void {
  const index = requireIndex(base, kind, id)
  const removedIdx = new Map<EntityKind, Set<number>>([[kind, new Set([index])]])
  const removedIds = new Map<EntityKind, Set<string>>([[kind, new Set([id])]])
  if (cascade) {
    let grew = true
    while (grew) {
      grew = false
      for (const ref of ENTITY_REFERENCES) {
        if (ref.mode !== 'one') continue
        const gone = removedIds.get(ref.target)
        if (gone === undefined) continue
        const arr = entitiesOf(base, ref.kind)
        const idx = removedIdx.get(ref.kind) ?? new Set<number>()
        const ids = removedIds.get(ref.kind) ?? new Set<string>()
        for (let i = 0; i < arr.length; i++) {
          const e = at(arr, i)
          if (!idx.has(i) && gone.has(e[ref.field] as string)) {
            idx.add(i)
            ids.add(e.id as string)
            grew = true
          }
        }
        removedIdx.set(ref.kind, idx)
        removedIds.set(ref.kind, ids)
      }
    }
  }
  const updated = new Map<EntityKind, Map<number, Entity>>()
  if (cascade) {
    for (const ref of ENTITY_REFERENCES) {
      const gone = removedIds.get(ref.target)
      if (ref.mode === 'one' || gone === undefined) continue
      const arr = entitiesOf(base, ref.kind)
      const idx = removedIdx.get(ref.kind)
      const upd = updated.get(ref.kind) ?? new Map<number, Entity>()
      for (let i = 0; i < arr.length; i++) {
        if (idx?.has(i) === true) continue
        const e = upd.get(i) ?? at(arr, i)
        const v = e[ref.field]
        if (ref.mode === 'many') {
          const list = v as readonly string[]
          if (list.some((x) => gone.has(x))) upd.set(i, { ...e, [ref.field]: list.filter((x) => !gone.has(x)) })
        } else if (typeof v === 'string' && gone.has(v)) {
          const copy: MutableEntity = { ...e }
          Reflect.deleteProperty(copy, ref.field)
          upd.set(i, copy)
        }
      }
      if (upd.size > 0) updated.set(ref.kind, upd)
    }
  }
  for (const k of ENTITY_KINDS) {
    const removed = removedIdx.get(k)
    const upd = updated.get(k)
    if (removed === undefined && upd === undefined) continue
    removeAndRewrite(draft, base, k, removed ?? new Set(), upd ?? new Map())
  }
}

/** Applies a normalised change to the draft; throws `TongxinError` when a precondition fails. */
export function applyToDraft(draft: DraftDistrict, base: District, change: Change): void {
  switch (change.type) {
    case 'add': {
      const entity = change.entity as Entity
      if (indexOf(base, change.kind, entity.id) >= 0) throw new TongxinError('DISTRICT_ID_TAKEN', { kind: change.kind, id: entity.id })
      ;(draft[ENTITY_COLLECTIONS[change.kind]] as MutableEntity[]).push(entity)
      return
    }
    case 'update': {
      const i = requireIndex(base, change.kind, change.id)
      const merged: MutableEntity = { ...at(entitiesOf(base, change.kind), i) }
      for (const [key, value] of Object.entries(change.patch as Entity)) {
        if (value === null) Reflect.deleteProperty(merged, key)
        else merged[key] = value
      }
      replaceEntity(draft, base, change.kind, i, merged, ['patch'])
      return
    }
    case 'remove':
      removeEntity(draft, base, change.kind, change.id, change.cascade === true)
      return
    case 'assignLead':
    case 'unassignLead': {
      const i = requireIndex(base, 'team', change.teamId)
      const team = base.teams[i] as Entity
      const leads = team.leadWorkerIds as readonly string[]
      const params = (workerId: string) => ({ teamId: change.teamId, workerId })
      for (const w of change.workerIds) {
        if (change.type === 'assignLead') {
          if (leads.includes(w)) throw new TongxinError('DISTRICT_ALREADY_LEAD', params(w))
          requireIndex(base, 'socialWorker', w)
        } else if (!leads.includes(w)) {
          throw new TongxinError('DISTRICT_NOT_LEAD', params(w))
        }
      }
      const next = change.type === 'assignLead' ? [...leads, ...change.workerIds] : leads.filter((w) => !change.workerIds.includes(w))
      replaceEntity(draft, base, 'team', i, { ...team, leadWorkerIds: next }, ['workerIds'])
      return
    }
    case 'addTeamMember':
    case 'removeTeamMember': {
      const i = requireIndex(base, 'team', change.teamId)
      const team = base.teams[i] as Entity
      const members = team.memberIds as readonly string[]
      const params = { teamId: change.teamId, volunteerId: change.volunteerId }
      let next: readonly string[]
      if (change.type === 'addTeamMember') {
        if (members.includes(change.volunteerId)) throw new TongxinError('DISTRICT_ALREADY_MEMBER', params)
        requireIndex(base, 'volunteer', change.volunteerId)
        next = [...members, change.volunteerId]
      } else {
        if (!members.includes(change.volunteerId)) throw new TongxinError('DISTRICT_NOT_MEMBER', params)
        next = members.filter((v) => v !== change.volunteerId)
      }
      replaceEntity(draft, base, 'team', i, { ...team, memberIds: next }, ['volunteerId'])
      return
    }
    case 'recordService': {
      const record = change.record as Entity
      requireIndex(base, 'volunteer', record.volunteerId as string)
      if (indexOf(base, 'record', record.id) >= 0) throw new TongxinError('DISTRICT_ID_TAKEN', { kind: 'record', id: record.id })
      draft.records?.push(record)
      return
    }
    case 'confirmRecord':
    case 'voidRecord': {
      const i = requireIndex(base, 'record', change.recordId)
      const record = base.records[i] as Entity
      const to = change.type === 'confirmRecord' ? 'confirmed' : 'void'
      const allowed = change.type === 'confirmRecord' ? record.status === 'pending' : record.status !== 'void'
      if (!allowed) throw new TongxinError('DISTRICT_INVALID_TRANSITION', { recordId: change.recordId, from: record.status, to })
      replaceEntity(draft, base, 'record', i, { ...record, status: to }, ['recordId'])
      return
    }
    case 'setCommunityStatus': {
      const i = requireIndex(base, 'community', change.communityId)
      const next: MutableEntity = { ...(base.communities[i] as Entity), status: change.status }
      if (change.since === undefined) Reflect.deleteProperty(next, 'statusSince')
      else next.statusSince = change.since
      replaceEntity(draft, base, 'community', i, next, ['since'])
      return
    }
  }
}
