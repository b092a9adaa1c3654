// The record fast path of applyChange must agree with a full integrity pass.
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { applyChange } from '../../src/district/index'
import type { Change } from '../../src/district/index'
import { collectProblems, countProblemKeys } from '../../src/district/internal/integrity'
import { problemCounts } from '../../src/district/internal/store'
import { isTongxinError } from '../../src/errors/TongxinError'
import type { District } from '../../src/model/types'
import { CTX, deepFreeze, districtArbitrary, isDeepFrozen } from './arbitraries'

/** A valid district, possibly with a record pointing at a missing volunteer and a duplicate record id. */
const startArb = fc.tuple(districtArbitrary({ max: 5 }), fc.boolean(), fc.boolean()).map(([d, dangling, duplicate]) => {
  const copy = structuredClone(d) as Record<string, any>
  if (dangling && copy.records.length > 0) copy.records[0].volunteerId = 'ghost'
  if (duplicate && copy.records.length > 1) copy.records[1].id = copy.records[copy.records.length - 1].id
  return deepFreeze(copy) as District
})

function recordChanges(d: District): fc.Arbitrary<Change> {
  const recordId = fc.constantFrom('zz', ...d.records.map((r) => r.id))
  const volunteerId = fc.constantFrom('ghost', ...d.volunteers.map((v) => v.id))
  return fc.oneof(
    recordId.map((id): Change => ({ type: 'confirmRecord', recordId: id })),
    recordId.map((id): Change => ({ type: 'voidRecord', recordId: id })),
    recordId.map((id): Change => ({ type: 'remove', kind: 'record', id })),
    fc.tuple(recordId, volunteerId).map(([id, v]): Change => ({ type: 'update', kind: 'record', id, patch: { volunteerId: v } })),
    fc.tuple(recordId, fc.constantFrom('t0', 'ghost-team'), fc.constantFrom('a0', 'ghost-act')).map(
      ([id, teamId, activityId]): Change => ({ type: 'update', kind: 'record', id, patch: { teamId, activityId } })),
    fc.tuple(fc.constantFrom('rn1', 'rn2', 'r0'), volunteerId).map(([id, v]): Change => ({
      type: 'add', kind: 'record', entity: { id, volunteerId: v, start: '2025-04-01T09:00:00+08:00', end: '2025-04-01T10:00:00+08:00', status: 'pending' },
    })),
  )
}

const scenario = startArb.chain((d) => fc.tuple(fc.constant(d), fc.array(recordChanges(d), { minLength: 1, maxLength: 10 })))

describe('record fast path', () => {
  test.prop([scenario])('cached problem counts always equal a full integrity pass', ([start, changes]) => {
    // The first change (not on records) makes the district known to the store.
    let d = applyChange(start, { type: 'add', kind: 'brand', entity: { id: 'b-fast', name: 'x', domain: 'other', establishedOn: '2025-01-01' } }, CTX).district
    for (const change of changes) {
      const full = countProblemKeys(collectProblems(d))
      try {
        const next = applyChange(d, change, CTX).district
        const after = countProblemKeys(collectProblems(next))
        expect(problemCounts(next)).toEqual(after)
        for (const [k, n] of after) expect(n).toBeLessThanOrEqual(full.get(k) ?? 0)
        expect(isDeepFrozen(next)).toBe(true)
        d = next
      } catch (e) {
        expect(isTongxinError(e)).toBe(true)
      }
    }
  })
})
