import { describe, expect, it } from 'vitest'
import { CE_POLICY_NATIONAL, continuingEducation, continuingEducationReport } from '../../../src/hours/earn/index'
import { formatMessage } from '../../../src/i18n/formatMessage'

const assistant = { id: 'W1', qualification: 'assistant', registeredOn: '2024-03-01' } as const
const H = 60

describe('continuingEducation (民发〔2009〕123号)', () => {
  it('助理: 72 h per 3-year period, with what is missing and by when', () => {
    const r = continuingEducation(assistant, [{ id: 'T1', date: '2024-06-01', kind: 'training', minutes: 30 * H }], { asOf: '2025-12-31' })
    expect(r).toMatchObject({
      workerId: 'W1',
      code: 'CE_IN_PROGRESS',
      periodStart: '2024-03-01',
      deadline: '2027-02-28',
      requiredMinutes: 72 * H,
      earnedMinutes: 30 * H,
      missingMinutes: 42 * H,
      daysLeft: 424,
      counted: [{ entryId: 'T1', date: '2024-06-01', minutes: 30 * H }],
      ignored: [],
    })
    expect(r.policy).toBe(CE_POLICY_NATIONAL)
    expect(formatMessage(r)).toBe('W1 继续教育尚缺 42 小时，须于 2027-02-28 前完成')
  })

  it('中级 and 高级: 90 h; a degree counts 90 h at once', () => {
    for (const qualification of ['intermediate', 'senior'] as const) {
      const r = continuingEducation({ ...assistant, qualification }, [{ id: 'D', date: '2025-07-01', kind: 'degree' }], { asOf: '2025-12-31' })
      expect(r).toMatchObject({ code: 'CE_COMPLETE', requiredMinutes: 90 * H, earnedMinutes: 90 * H, missingMinutes: 0 })
    }
  })

  it('ignores entries outside the period and failed courses; overdue after the period', () => {
    const r = continuingEducation(
      assistant,
      [
        { id: 'old', date: '2024-02-29', kind: 'training', minutes: 40 * H },
        { id: 'late', date: '2027-03-01', kind: 'training', minutes: 40 * H },
        { id: 'c1', date: '2025-01-01', kind: 'course', minutes: 20 * H, passed: false },
        { id: 'c2', date: '2025-02-01', kind: 'course', minutes: 20 * H, passed: true },
      ],
      { asOf: '2027-03-01' },
    )
    expect(r.code).toBe('CE_OVERDUE')
    expect(r.earnedMinutes).toBe(20 * H)
    expect(r.daysLeft).toBe(-1)
    expect(r.ignored.map((i) => [i.entryId, i.code])).toEqual([
      ['c1', 'CE_ENTRY_NOT_PASSED'],
      ['late', 'CE_ENTRY_OUTSIDE_PERIOD'],
      ['old', 'CE_ENTRY_OUTSIDE_PERIOD'],
    ])
  })

  it('no qualification → not required; no registration date → code', () => {
    expect(continuingEducation({ id: 'W2', qualification: 'none' }, [], { asOf: '2025-01-01' })).toMatchObject({
      code: 'CE_NOT_REQUIRED',
      requiredMinutes: 0,
      deadline: null,
    })
    expect(continuingEducation({ id: 'W3', qualification: 'senior' }, [], { asOf: '2025-01-01' })).toMatchObject({
      code: 'CE_NO_REGISTRATION',
      missingMinutes: 90 * H,
      periodStart: null,
    })
  })

  it('a 29 February registration ends the day before 28 February three years on', () => {
    expect(continuingEducation({ ...assistant, registeredOn: '2024-02-29' }, [], { asOf: '2024-03-01' }).deadline).toBe('2027-02-27')
  })

  it('takes a local policy', () => {
    const policy = { ...CE_POLICY_NATIONAL, periodYears: 1, requiredMinutes: { assistant: 10, intermediate: 20, senior: 30 }, source: 'local' }
    expect(continuingEducation(assistant, [{ id: 'T', date: '2024-03-02', kind: 'training', minutes: 10 }], { asOf: '2024-04-01', policy })).toMatchObject({
      code: 'CE_COMPLETE',
      deadline: '2025-02-28',
    })
  })

  it('rejects malformed input', () => {
    for (const [w, es, o] of [
      [{ id: 'W', qualification: 'expert' }, [], { asOf: '2025-01-01' }],
      [assistant, [{ id: 'T', date: '2025-01-01', kind: 'training' }], { asOf: '2025-01-01' }],
      [assistant, [{ id: 'T', date: '2025-01-01', kind: 'party', minutes: 1 }], { asOf: '2025-01-01' }],
      [assistant, [{ id: 'T', workerId: 'W9', date: '2025-01-01', kind: 'degree' }], { asOf: '2025-01-01' }],
      [assistant, [{ id: 'T', date: '2025-01-01', kind: 'degree' }, { id: 'T', date: '2025-01-01', kind: 'degree' }], { asOf: '2025-01-01' }],
      [assistant, [], { asOf: '2025-02-30' }],
      [assistant, [], { asOf: '2025-01-01', policy: { ...CE_POLICY_NATIONAL, periodYears: 0 } }],
      [assistant, [], { asOf: '2025-01-01', policy: { ...CE_POLICY_NATIONAL, source: 1 } }],
      [assistant, [], undefined],
    ] as const) {
      expect(() => continuingEducation(w as never, es as never, o as never)).toThrow(
        expect.objectContaining({ code: 'HOURS_EARN_INVALID_ARGUMENT' }) as Error,
      )
    }
  })
})

describe('continuingEducationReport', () => {
  it('one status per worker, sorted, counted by code', () => {
    const r = continuingEducationReport(
      [
        { id: 'W2', qualification: 'none' },
        assistant,
        { id: 'W3', qualification: 'intermediate', registeredOn: '2022-01-01' },
      ],
      [
        { id: 'T1', workerId: 'W1', date: '2024-06-01', kind: 'training', minutes: 72 * H },
        { id: 'T2', workerId: 'W3', date: '2023-06-01', kind: 'training', minutes: 10 * H },
      ],
      { asOf: '2025-06-30' },
    )
    expect(r.workers.map((w) => [w.workerId, w.code])).toEqual([
      ['W1', 'CE_COMPLETE'],
      ['W2', 'CE_NOT_REQUIRED'],
      ['W3', 'CE_OVERDUE'],
    ])
    expect(r.byCode).toEqual({ CE_COMPLETE: 1, CE_IN_PROGRESS: 0, CE_OVERDUE: 1, CE_NOT_REQUIRED: 1, CE_NO_REGISTRATION: 0 })
  })

  it('rejects unknown workers, repeated workers and repeated entries', () => {
    const e = { id: 'T1', workerId: 'W1', date: '2024-06-01', kind: 'degree' } as const
    for (const [ws, es] of [
      [[assistant], [{ ...e, workerId: 'W9' }]],
      [[assistant], [{ ...e, workerId: undefined }]],
      [[assistant, assistant], []],
      [[assistant], [e, e]],
    ] as const) {
      expect(() => continuingEducationReport(ws as never, es as never, { asOf: '2025-01-01' })).toThrow(
        expect.objectContaining({ code: 'HOURS_EARN_INVALID_ARGUMENT' }) as Error,
      )
    }
  })
})
