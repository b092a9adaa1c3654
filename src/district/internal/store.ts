// The shared machinery of applyChange, undoChange and replayAuditLog: a private immer instance
// with patches enabled on first use, and a cache of integrity problems of districts we produced.
import { Immer, enablePatches, type Patch } from 'immer'
import { TongxinError } from '../../errors/TongxinError'
import type { District } from '../../model/types'
import type { AuditPatch, IntegrityProblem } from '../types'
import { collectProblems, countProblemKeys, newProblems } from './integrity'

let immer: Immer | undefined

/**
 * The store's immer instance. immer plugins are opt-in and global: `enablePatches()` runs here,
 * on first use, not at import (the package is `"sideEffects": false`). A private instance is
 * immune to settings a host makes on immer's default instance. Auto-freeze is off: results are
 * frozen by `deepFreeze` only once a change is accepted, so a rejected change never freezes
 * (or otherwise touches) an input that was not frozen.
 */
export function getImmer(): Immer {
  if (immer === undefined) {
    enablePatches()
    immer = new Immer({ autoFreeze: false })
  }
  return immer
}

/** Problem counts of districts this module produced (they are deeply frozen, so the counts stay true). */
const known = new WeakMap<object, Map<string, number>>()

/** Whether the store produced this district (so it is deeply frozen and its problem counts are known). */
export function isKnown(district: District): boolean {
  return known.has(district)
}

/** Remembers the problem counts of a district the store produced. */
export function remember(district: District, counts: Map<string, number>): void {
  known.set(district, counts)
}

/** The problem counts of a district, from the cache when we produced it. Also checks its shape. */
export function problemCounts(district: District): Map<string, number> {
  const cached = known.get(district)
  if (cached !== undefined) return cached
  return countProblemKeys(collectProblems(district))
}

/**
 * Checks that `next` has no problem `before` lacks (counted by code and params), and remembers
 * its counts. Throws `DISTRICT_INTEGRITY_VIOLATION` (or `onViolation`'s error) otherwise.
 */
export function requireNoNewProblems(
  before: Map<string, number>, next: District, onViolation?: (fresh: IntegrityProblem[]) => TongxinError | undefined,
): void {
  const after = collectProblems(next)
  const fresh = newProblems(before, after)
  if (fresh.length > 0) {
    throw onViolation?.(fresh) ?? new TongxinError('DISTRICT_INTEGRITY_VIOLATION', { count: fresh.length }, fresh)
  }
  known.set(next, countProblemKeys(after))
}

/** immer's patches as audit patches (same shape, read-only). */
export function toAuditPatches(patches: readonly Patch[]): AuditPatch[] {
  return patches.map((p) => (p.op === 'remove' ? { op: p.op, path: [...p.path] } : { op: p.op, path: [...p.path], value: p.value as unknown }))
}

/** Audit patches as immer patches. */
export function toImmerPatches(patches: readonly AuditPatch[]): Patch[] {
  return patches.map((p) => (p.op === 'remove' ? { op: p.op, path: [...p.path] } : { op: p.op, path: [...p.path], value: p.value }))
}
