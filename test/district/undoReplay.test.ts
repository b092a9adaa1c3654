import { describe, expect, it } from 'vitest'
import { applyChange, replayAuditLog, undoChange } from '../../src/district/index'
import type { AuditEntry, AuditLog } from '../../src/district/index'
import { TongxinError } from '../../src/errors/TongxinError'
import type { District } from '../../src/model/types'
import { CTX, isDeepFrozen } from './arbitraries'
import { smallDistrict } from './fixtures'

function codeOf(fn: () => unknown): string {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(TongxinError)
    return (e as TongxinError).code
  }
  return 'no error'
}

function history() {
  const d0 = smallDistrict()
  const a = applyChange(d0, { type: 'add', kind: 'volunteer', entity: { id: 'v-9', name: '钱七', skills: [], domains: [], registeredOn: '2025-01-01' } }, { ...CTX, seq: 1 })
  const b = applyChange(a.district, { type: 'addTeamMember', teamId: 't-care', volunteerId: 'v-9' }, { ...CTX, seq: 2 })
  const c = applyChange(b.district, { type: 'confirmRecord', recordId: 'r-2' }, { ...CTX, seq: 3 })
  return { d0, a, b, c, log: [a.entry, b.entry, c.entry] as AuditLog }
}

describe('undoChange', () => {
  it('restores the district before the change, deeply frozen', () => {
    const { b, c } = history()
    const back = undoChange(c.district, c.entry)
    expect(back).toEqual(b.district)
    expect(isDeepFrozen(back)).toBe(true)
  })

  it('rejects an entry that does not apply to the district', () => {
    const { d0, c } = history()
    expect(codeOf(() => undoChange(d0, c.entry))).toBe('DISTRICT_UNDO_MISMATCH')
    const alien: AuditEntry = { ...c.entry, inversePatches: [{ op: 'replace', path: ['nothing', 5, 'x'], value: 1 }] }
    expect(codeOf(() => undoChange(c.district, alien))).toBe('DISTRICT_UNDO_MISMATCH')
  })

  it('rejects an undo that would break integrity (the volunteer joined a team since)', () => {
    const { a, b } = history()
    expect(codeOf(() => undoChange(b.district, a.entry))).toBe('DISTRICT_INTEGRITY_VIOLATION')
  })

  it('rejects malformed entries and prototype paths', () => {
    const { c } = history()
    expect(codeOf(() => undoChange(c.district, null as unknown as AuditEntry))).toBe('DISTRICT_INVALID_ENTRY')
    const polluting = { ...c.entry, inversePatches: [{ op: 'add', path: ['__proto__', 'polluted'], value: true }] } as unknown as AuditEntry
    expect(codeOf(() => undoChange(c.district, polluting))).toBe('DISTRICT_INVALID_ENTRY')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    const hostile = { ...c.entry, get patches(): never { throw new Error('boom') } } as unknown as AuditEntry
    expect(codeOf(() => undoChange(c.district, hostile))).toBe('DISTRICT_INVALID_ENTRY')
  })

  it('rejects a non-district', () => {
    const { c } = history()
    expect(codeOf(() => undoChange({} as District, c.entry))).toBe('DISTRICT_NOT_A_DISTRICT')
  })
})

describe('replayAuditLog', () => {
  it('reproduces the state, also from JSON', () => {
    const { d0, c, log } = history()
    expect(replayAuditLog(d0, log)).toEqual(c.district)
    expect(replayAuditLog(d0, JSON.parse(JSON.stringify(log)) as AuditLog)).toEqual(c.district)
    expect(replayAuditLog(d0, [])).toBe(d0)
  })

  it('accepts entries without sequence numbers', () => {
    const d0 = smallDistrict()
    const a = applyChange(d0, { type: 'confirmRecord', recordId: 'r-2' }, CTX)
    const b = applyChange(a.district, { type: 'voidRecord', recordId: 'r-2' }, { ...CTX, seq: 4 })
    expect(a.entry.seq).toBeUndefined()
    expect(replayAuditLog(d0, [a.entry, b.entry])).toEqual(b.district)
  })

  it('rejects entries out of order, tampered patches, and entries that no longer apply', () => {
    const { d0, log } = history()
    expect(codeOf(() => replayAuditLog(d0, [log[1]!, log[0]!]))).toBe('DISTRICT_AUDIT_OUT_OF_ORDER')
    const tampered = { ...log[2]!, patches: [{ op: 'replace', path: ['records', 1, 'status'], value: 'void' }] } as AuditEntry
    expect(codeOf(() => replayAuditLog(d0, [log[0]!, log[1]!, tampered]))).toBe('DISTRICT_AUDIT_MISMATCH')
    expect(codeOf(() => replayAuditLog(d0, [log[1]!]))).toBe('DISTRICT_NOT_FOUND')
    expect(codeOf(() => replayAuditLog(d0, 'log' as unknown as AuditLog))).toBe('DISTRICT_INVALID_ENTRY')
    expect(codeOf(() => replayAuditLog(d0, [{}] as unknown as AuditLog))).toBe('DISTRICT_INVALID_ENTRY')
    expect(codeOf(() => replayAuditLog(null as unknown as District, []))).toBe('DISTRICT_NOT_A_DISTRICT')
  })
})
