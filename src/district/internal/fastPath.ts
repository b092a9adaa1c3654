// A fast path for changes that touch only service records, the one collection that grows to
// millions: nothing refers to a record, so a record change can only add problems to the records
// it touches (a dangling volunteer, team or activity; a duplicate id). When the base district's
// problem counts are known, the counts of the new district follow from the touched records alone,
// without a full integrity pass. Any doubt (another collection touched, a possible new problem)
// returns undefined and the caller runs the full check, which also builds the exact error.
import type { Patch } from 'immer'
import type { District } from '../../model/types'
import { problemKey } from './integrity'
import { at } from './util'

type Entity = Readonly<Record<string, unknown>>

const idSets = new WeakMap<object, Set<unknown>>()

/** The ids of a (frozen, shared) collection, cached by array identity. */
function idSet(list: readonly Entity[]): Set<unknown> {
  let set = idSets.get(list)
  if (set === undefined) {
    set = new Set(list.map((e) => e.id))
    idSets.set(list, set)
  }
  return set
}

const RECORD_REFS = [
  ['volunteerId', 'volunteer', 'volunteers'],
  ['teamId', 'team', 'teams'],
  ['activityId', 'activity', 'activities'],
] as const

/** Problem keys contributed by the records whose id is in `ids`, counted. */
function contributions(d: District, ids: ReadonlySet<unknown>): Map<string, number> {
  const records = d.records as readonly Entity[]
  const out = new Map<string, number>()
  const add = (key: string) => out.set(key, (out.get(key) ?? 0) + 1)
  const seen = new Set<unknown>()
  for (const r of records) {
    if (!ids.has(r.id)) continue
    if (seen.has(r.id)) add(problemKey({ code: 'DISTRICT_DUPLICATE_ID', params: { kind: 'record', id: r.id }, path: [] }))
    seen.add(r.id)
    for (const [field, target, key] of RECORD_REFS) {
      const v = r[field]
      if (v === undefined || idSet(d[key]).has(v)) continue
      const params = { kind: 'record', id: r.id, field, target, targetId: v }
      add(problemKey({ code: 'DISTRICT_DANGLING_REFERENCE', params, path: [] }))
    }
  }
  return out
}

/**
 * The problem counts of `next` if the change touched only records and added no problem;
 * otherwise undefined.
 */
export function recordOnlyCounts(
  before: ReadonlyMap<string, number>, base: District, next: District, patches: readonly Patch[],
): Map<string, number> | undefined {
  if (patches.length === 0) return undefined
  const touched = new Set<unknown>()
  for (const p of patches) {
    const i = p.path[1]
    if (p.path[0] !== 'records' || typeof i !== 'number') return undefined
    if (i < base.records.length) touched.add((at(base.records, i) as Entity).id)
    if (i < next.records.length) touched.add((at(next.records, i) as Entity).id)
  }
  for (const key of Object.keys(next) as (keyof District)[]) {
    if (key !== 'records' && next[key] !== base[key]) return undefined
  }
  const old = contributions(base, touched)
  const fresh = contributions(next, touched)
  const counts = new Map(before)
  for (const [k, n] of old) {
    const left = (counts.get(k) ?? 0) - n
    if (left > 0) counts.set(k, left)
    else counts.delete(k)
  }
  for (const [k, n] of fresh) {
    if (n > (old.get(k) ?? 0)) return undefined
    counts.set(k, (counts.get(k) ?? 0) + n)
  }
  return counts
}
