import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { applyChange, checkIntegrity, replayAuditLog, undoChange } from '../../src/district/index'
import type { AuditEntry } from '../../src/district/index'
import { isTongxinError } from '../../src/errors/TongxinError'
import type { District } from '../../src/model/types'
import { CTX, changeArbitrary, districtArbitrary, isDeepFrozen } from './arbitraries'

const withChange = districtArbitrary().chain((d) => fc.tuple(fc.constant(d), changeArbitrary(d)))
const withChanges = districtArbitrary().chain((d) => fc.tuple(fc.constant(d), fc.array(changeArbitrary(d), { maxLength: 12 })))

describe('district audit laws (DESIGN.md §5)', () => {
  test.prop([withChange])('apply then undo restores the district', ([d, change]) => {
    let applied
    try {
      applied = applyChange(d, change, CTX)
    } catch (e) {
      expect(isTongxinError(e)).toBe(true)
      return
    }
    expect(isDeepFrozen(applied.district)).toBe(true)
    expect(isDeepFrozen(applied.entry)).toBe(true)
    expect(checkIntegrity(applied.district)).toEqual([])
    const back = undoChange(applied.district, applied.entry)
    expect(back).toEqual(d)
    expect(isDeepFrozen(back)).toBe(true)
  })

  test.prop([withChange])('a rejected change leaves the district untouched', ([d, change]) => {
    expect(isDeepFrozen(d)).toBe(true)
    const snapshot = structuredClone(d)
    try {
      applyChange(d, change, CTX)
    } catch (e) {
      expect(isTongxinError(e)).toBe(true)
    }
    // parseDistrict freezes deeply, so any write would have thrown; the value is also unchanged.
    expect(d).toEqual(snapshot)
  })

  test.prop([withChanges])('replaying the audit log reproduces the state (also through JSON)', ([d0, changes]) => {
    let d: District = d0
    const log: AuditEntry[] = []
    changes.forEach((change, seq) => {
      try {
        const r = applyChange(d, change, { ...CTX, seq })
        d = r.district
        log.push(r.entry)
      } catch (e) {
        expect(isTongxinError(e)).toBe(true)
      }
    })
    expect(replayAuditLog(d0, log)).toEqual(d)
    expect(replayAuditLog(d0, JSON.parse(JSON.stringify(log)) as AuditEntry[])).toEqual(d)
    // Undoing the log from the end walks back to the start.
    let back = d
    for (const entry of [...log].reverse()) back = undoChange(back, entry)
    expect(back).toEqual(d0)
  })

  test.prop([withChange])('a change never adds an integrity problem', ([d, change]) => {
    try {
      const r = applyChange(d, change, CTX)
      expect(checkIntegrity(r.district)).toEqual([])
    } catch (e) {
      expect(isTongxinError(e)).toBe(true)
    }
  })
})

describe('unfrozen input', () => {
  test.prop([withChange])('a rejected change does not even freeze an unfrozen input', ([d, change]) => {
    const thawed = structuredClone(d)
    try {
      applyChange(thawed, change, CTX)
    } catch (e) {
      expect(isTongxinError(e)).toBe(true)
      expect(thawed).toEqual(d)
      expect(Object.isFrozen(thawed)).toBe(false)
      expect(Object.isFrozen(thawed.teams)).toBe(false)
    }
  })
})
