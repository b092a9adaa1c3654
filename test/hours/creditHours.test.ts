import { describe, expect, it } from 'vitest'
import { CODES, formatMessage } from '../../src/index'
import { DEFAULT_HOURS_POLICY, creditHours, resolveHoursPolicy } from '../../src/hours/index'
import type { HoursPolicyInput } from '../../src/hours/index'
import type { ServiceRecord } from '../../src/model/types'
import { rec } from './helpers'

const day = (h1: string, h2: string, extra: Record<string, unknown> = {}, id = 'r1'): ServiceRecord =>
  rec({ id, start: `2025-03-08T${h1}+08:00`, end: `2025-03-08T${h2}+08:00`, ...extra })

function credited(records: readonly ServiceRecord[], policy?: HoursPolicyInput): number {
  return creditHours(records, policy).totals.minutes
}

describe('creditHours — basics', () => {
  it('credits a plain session and echoes the default policy', () => {
    const l = creditHours([day('09:00', '12:00')])
    expect(l.volunteers).toHaveLength(1)
    expect(l.volunteers[0]).toMatchObject({ volunteerId: 'v1', rawMinutes: 180, creditedMinutes: 180, sessions: 1, byMonth: { '2025-03': 180 }, byDay: { '2025-03-08': 180 } })
    expect(l.volunteers[0]?.firstAt).toBe('2025-03-08T09:00+08:00')
    expect(l.volunteers[0]?.lastAt).toBe('2025-03-08T12:00+08:00')
    expect(l.policy).toEqual(DEFAULT_HOURS_POLICY)
    expect(Object.isFrozen(l)).toBe(true)
    expect(Object.isFrozen(l.volunteers[0]?.byDay)).toBe(true)
    expect(l.totals).toMatchObject({ minutes: 180, volunteers: 1, creditedRecords: 1, inputRecords: 1 })
  })

  it('accepts any iterable', () => {
    function* gen() {
      yield day('09:00', '10:00')
    }
    expect(creditHours(gen()).totals.minutes).toBe(60)
    expect(creditHours(new Set([day('09:00', '10:00')])).totals.minutes).toBe(60)
  })

  it('keeps no input record: lazy views read later do not see the records changed after the call', () => {
    const records = [day('09:00', '12:00'), day('13:00', '12:00', {}, 'r2'), day('10:00', '11:00', { volunteerId: 'v2' }, 'r3')]
    const array = creditHours(records)
    const iterable = creditHours(new Set(records))
    for (const r of records) (r as { id: string }).id = 'changed'
    records.length = 0
    for (const l of [array, iterable]) {
      expect(l.credits.map((c) => c.recordId)).toEqual(['r1', 'r3'])
      expect(l.rejected).toEqual([{ recordId: 'r2', volunteerId: 'v1', code: CODES.HOURS_END_NOT_AFTER_START, stage: 'validation' }])
    }
  })

  it('drops seconds: instants are floored to the minute', () => {
    const l = creditHours([rec({ id: 'r1', start: '2025-03-08T09:00:40+08:00', end: '2025-03-08T10:00:20.5+08:00' })])
    expect(l.totals.minutes).toBe(60)
  })

  it('reads the team from the record, else from its activity, and places it in community and street', () => {
    const l = creditHours(
      [day('09:00', '10:00', { teamId: 't1' }), day('11:00', '12:00', { activityId: 'a1' }, 'r2')],
      undefined,
      { activities: [{ id: 'a1', teamId: 't2', isVolunteerService: true }] as never, teams: [{ id: 't1', streetId: 's1', communityId: 'c1' }, { id: 't2', streetId: 's1' }] as never },
    )
    expect(l.totals.byTeam).toEqual([
      { id: 't1', minutes: 60, byMonth: { '2025-03': 60 } },
      { id: 't2', minutes: 60, byMonth: { '2025-03': 60 } },
    ])
    expect(l.totals.byCommunity).toEqual([{ id: 'c1', minutes: 60, byMonth: { '2025-03': 60 } }])
    expect(l.totals.byStreet).toEqual([{ id: 's1', minutes: 120, byMonth: { '2025-03': 120 } }])
    expect(l.credits.map((c) => c.teamId)).toEqual(['t1', 't2'])
  })
})

describe('creditHours — every rejection code', () => {
  const now = '2025-03-09T00:00+08:00'
  const cases: [string, ServiceRecord[], HoursPolicyInput | undefined, string][] = [
    ['status', [day('09:00', '10:00', { status: 'pending' })], undefined, CODES.HOURS_STATUS_NOT_COUNTED],
    ['void', [day('09:00', '10:00', { status: 'void' })], undefined, CODES.HOURS_STATUS_NOT_COUNTED],
    ['end before start', [day('10:00', '09:00')], undefined, CODES.HOURS_END_NOT_AFTER_START],
    ['end = start', [day('10:00', '10:00')], undefined, CODES.HOURS_END_NOT_AFTER_START],
    ['less than a minute', [rec({ id: 'r1', start: '2025-03-08T09:00:10+08:00', end: '2025-03-08T09:00:50+08:00' })], undefined, CODES.HOURS_LESS_THAN_A_MINUTE],
    ['too long', [rec({ id: 'r1', start: '2025-03-08T09:00+08:00', end: '2025-03-09T09:01+08:00' })], undefined, CODES.HOURS_TOO_LONG],
    ['policy maximum', [day('09:00', '13:00')], { maxSessionMinutes: 180 }, CODES.HOURS_TOO_LONG],
    ['in the future', [rec({ id: 'r1', start: '2025-03-08T23:00+08:00', end: '2025-03-09T01:00+08:00' })], undefined, CODES.HOURS_IN_FUTURE],
    ['fully overlapped', [day('09:00', '12:00', {}, 'a'), day('10:00', '11:00', {}, 'b')], undefined, CODES.HOURS_FULLY_OVERLAPPED],
    ['nothing after deductions', [day('09:00', '10:00', { breakMinutes: 40, travelMinutes: 20 })], undefined, CODES.HOURS_NOTHING_AFTER_DEDUCTIONS],
    ['below minimum', [day('09:00', '09:20')], { minimumSessionMinutes: 30 }, CODES.HOURS_BELOW_MINIMUM_SESSION],
    ['capped to zero', [day('09:00', '12:00', {}, 'a'), day('13:00', '14:00', {}, 'b')], { dailyCapMinutes: 180 }, CODES.HOURS_CAPPED_TO_ZERO],
    ['rounded to zero (session)', [day('09:00', '09:10')], { rounding: { unit: 15 } }, CODES.HOURS_ROUNDED_TO_ZERO],
    ['rounded to zero (day)', [day('09:00', '09:10')], { rounding: { unit: 15, scope: 'day' } }, CODES.HOURS_ROUNDED_TO_ZERO],
  ]
  it.each(cases)('%s', (_name, records, policy, code) => {
    const l = creditHours(records, policy, { now })
    expect(l.rejected.map((r) => r.code)).toContain(code)
    expect(formatMessage({ code }, 'en')).not.toBe(code)
    expect(formatMessage({ code })).not.toBe(code)
  })

  it('non-volunteer activities earn nothing (办法 Art. 19)', () => {
    const l = creditHours([day('09:00', '10:00', { activityId: 'a1' })], undefined, {
      activities: [{ id: 'a1', teamId: 't1', isVolunteerService: false }] as never,
    })
    expect(l.rejected).toEqual([{ recordId: 'r1', volunteerId: 'v1', code: 'HOURS_NOT_VOLUNTEER_SERVICE', stage: 'validation' }])
    expect(l.credits).toEqual([])
  })

  it('identical duplicates count once; conflicting ones are all rejected', () => {
    const a = day('09:00', '10:00')
    const l = creditHours([a, { ...a }, { ...a }])
    expect(l.totals.minutes).toBe(60)
    expect(l.rejected.map((r) => r.code)).toEqual(['HOURS_DUPLICATE', 'HOURS_DUPLICATE'])
    const c = creditHours([a, { ...a, end: '2025-03-08T11:00+08:00' }, day('13:00', '14:00', {}, 'r2')])
    expect(c.totals.minutes).toBe(60)
    expect(c.rejected.map((r) => r.code)).toEqual(['HOURS_CONFLICTING_DUPLICATE', 'HOURS_CONFLICTING_DUPLICATE'])
  })

  it('lists a record zeroed by crediting in both credits and rejected', () => {
    const l = creditHours([day('09:00', '12:00', {}, 'a'), day('10:00', '11:00', {}, 'b')])
    expect(l.credits.find((c) => c.recordId === 'b')).toMatchObject({ creditedMinutes: 0, adjustments: { overlap: 60 } })
    expect(l.rejected).toEqual([{ recordId: 'b', volunteerId: 'v1', code: 'HOURS_FULLY_OVERLAPPED', stage: 'crediting' }])
    expect(l.volunteers[0]?.sessions).toBe(1)
  })
})

describe('creditHours — every policy option', () => {
  it('countedStatuses', () => {
    expect(credited([day('09:00', '10:00', { status: 'pending' })], { countedStatuses: ['confirmed', 'pending'] })).toBe(60)
  })
  it('breaks and travel', () => {
    const r = [day('09:00', '12:00', { breakMinutes: 30, travelMinutes: 20 })]
    expect(credited(r)).toBe(130)
    expect(credited(r, { subtractBreaks: false })).toBe(160)
    expect(credited(r, { excludeTravel: false })).toBe(150)
    expect(creditHours(r).volunteers[0]?.adjustments).toMatchObject({ breaks: 30, travel: 20 })
  })
  it('overlap merge and keep', () => {
    const r = [day('09:00', '11:00', {}, 'a'), day('10:00', '12:00', {}, 'b')]
    expect(credited(r)).toBe(180)
    expect(creditHours(r).volunteers[0]?.adjustments.overlap).toBe(60)
    expect(credited(r, { overlap: 'keep' })).toBe(240)
  })
  it('keep: overlapping sessions across midnight still bucket by day and month', () => {
    const r = [
      rec({ id: 'a', start: '2025-03-31T20:00+08:00', end: '2025-04-01T02:00+08:00' }),
      rec({ id: 'b', start: '2025-03-31T23:00+08:00', end: '2025-03-31T23:30+08:00' }),
    ]
    const l = creditHours(r, { overlap: 'keep' })
    expect(l.volunteers[0]?.byDay).toEqual({ '2025-03-31': 270, '2025-04-01': 120 })
    expect(l.volunteers[0]?.byMonth).toEqual({ '2025-03': 270, '2025-04': 120 })
    expect(Object.keys(l.volunteers[0]?.byDay ?? {})).toEqual(['2025-03-31', '2025-04-01'])
  })
  it('overlaps of different volunteers are not merged', () => {
    expect(credited([day('09:00', '11:00', {}, 'a'), day('09:00', '11:00', { volunteerId: 'v2' }, 'b')])).toBe(240)
  })
  it('session cap and daily cap', () => {
    const r = [day('08:00', '11:00', {}, 'a'), day('13:00', '17:00', {}, 'b')]
    expect(credited(r, { sessionCapMinutes: 120 })).toBe(240)
    const l = creditHours(r, { dailyCapMinutes: 300 })
    expect(l.totals.minutes).toBe(300)
    expect(l.credits.map((c) => [c.recordId, c.creditedMinutes, c.adjustments.dailyCap])).toEqual([['a', 180, 0], ['b', 120, 120]])
  })
  it('minimum session', () => {
    const l = creditHours([day('08:00', '08:25', {}, 'a'), day('09:00', '10:00', {}, 'b')], { minimumSessionMinutes: 30 })
    expect(l.totals.minutes).toBe(60)
    expect(l.volunteers[0]?.adjustments.minimumSession).toBe(25)
  })
  it('rounding units, modes and scopes', () => {
    const r = [day('08:00', '08:50', {}, 'a'), day('09:00', '09:38', {}, 'b')] // 50 + 38
    expect(credited(r, { rounding: { unit: 15 } })).toBe(45 + 30)
    expect(credited(r, { rounding: { unit: 15, mode: 'ceil' } })).toBe(60 + 45)
    expect(credited(r, { rounding: { unit: 15, mode: 'half-up' } })).toBe(45 + 45)
    expect(credited(r, { rounding: { unit: 30, scope: 'day' } })).toBe(60)
    expect(credited(r, { rounding: { unit: 60, mode: 'ceil', scope: 'month' } })).toBe(120)
    expect(credited(r, { rounding: { unit: 5 } })).toBe(50 + 35)
    expect(credited(r, { rounding: { unit: 1, mode: 'ceil' } })).toBe(88)
    const up = creditHours(r, { rounding: { unit: 60, mode: 'ceil', scope: 'month' } })
    expect(up.volunteers[0]?.adjustments.rounding).toBe(-32)
    expect(up.volunteers[0]?.byDay).toEqual({ '2025-03-08': 120 })
  })
  it('resolveHoursPolicy completes partial policies and rejects bad ones', () => {
    expect(resolveHoursPolicy({ rounding: { unit: 15 } }).rounding).toEqual({ unit: 15, mode: 'floor', scope: 'session' })
    expect(resolveHoursPolicy({ countedStatuses: ['pending', 'confirmed', 'pending'] }).countedStatuses).toEqual(['pending', 'confirmed'])
    for (const bad of [
      { timeZone: 'Mars/Olympus' }, { rounding: { unit: 7 } }, { rounding: { mode: 'up' } }, { rounding: { scope: 'year' } }, { rounding: 3 },
      { dailyCapMinutes: 0 }, { sessionCapMinutes: 1.5 }, { minimumSessionMinutes: -1 }, { maxSessionMinutes: 10 ** 9 }, { overlap: 'sum' },
      { countedStatuses: ['done'] }, { countedStatuses: 'confirmed' }, { subtractBreaks: 'yes' }, { foo: 1 }, [], null,
    ]) {
      expect(() => resolveHoursPolicy(bad as never)).toThrow(expect.objectContaining({ code: 'HOURS_INVALID_POLICY' }))
    }
  })
})

describe('creditHours — midnight and DST', () => {
  it('splits a session at local midnight (Asia/Shanghai)', () => {
    const l = creditHours([rec({ id: 'r1', start: '2025-03-31T22:00+08:00', end: '2025-04-01T02:30+08:00' })])
    expect(l.volunteers[0]?.byDay).toEqual({ '2025-03-31': 120, '2025-04-01': 150 })
    expect(l.volunteers[0]?.byMonth).toEqual({ '2025-03': 120, '2025-04': 150 })
  })
  it('uses the policy zone, not the record offset', () => {
    const l = creditHours([rec({ id: 'r1', start: '2025-03-31T22:00Z', end: '2025-04-01T02:00Z' })], { timeZone: 'UTC' })
    expect(l.volunteers[0]?.byDay).toEqual({ '2025-03-31': 120, '2025-04-01': 120 })
    const s = creditHours([rec({ id: 'r1', start: '2025-03-31T22:00Z', end: '2025-04-01T02:00Z' })])
    expect(s.volunteers[0]?.byDay).toEqual({ '2025-04-01': 240 })
  })
  it('Europe/Berlin spring forward: 2025-03-30 has 23 hours', () => {
    const l = creditHours([rec({ id: 'r1', start: '2025-03-30T00:00+01:00', end: '2025-03-31T00:00+02:00' })], { timeZone: 'Europe/Berlin' })
    expect(l.volunteers[0]?.byDay).toEqual({ '2025-03-30': 1380 })
    const night = creditHours([rec({ id: 'r1', start: '2025-03-29T22:00+01:00', end: '2025-03-30T04:00+02:00' })], { timeZone: 'Europe/Berlin' })
    expect(night.volunteers[0]?.byDay).toEqual({ '2025-03-29': 120, '2025-03-30': 180 })
  })
  it('Europe/Berlin fall back: 2025-10-26 has 25 hours', () => {
    const l = creditHours([rec({ id: 'r1', start: '2025-10-26T00:00+02:00', end: '2025-10-27T00:00+01:00' })], { timeZone: 'Europe/Berlin', maxSessionMinutes: 1500 })
    expect(l.volunteers[0]?.byDay).toEqual({ '2025-10-26': 1500 })
  })
  it('America/New_York transitions: 2025-03-09 and 2025-11-02', () => {
    const spring = creditHours([rec({ id: 'r1', start: '2025-03-08T23:00-05:00', end: '2025-03-09T04:00-04:00' })], { timeZone: 'America/New_York' })
    expect(spring.volunteers[0]?.byDay).toEqual({ '2025-03-08': 60, '2025-03-09': 180 })
    const fall = creditHours([rec({ id: 'r1', start: '2025-11-01T23:00-04:00', end: '2025-11-02T03:00-05:00' })], { timeZone: 'America/New_York' })
    expect(fall.volunteers[0]?.byDay).toEqual({ '2025-11-01': 60, '2025-11-02': 240 })
  })
  it('a daily cap applies per local day of the policy zone', () => {
    const l = creditHours([rec({ id: 'r1', start: '2025-03-08T20:00+08:00', end: '2025-03-09T04:00+08:00' })], { dailyCapMinutes: 200 })
    expect(l.volunteers[0]?.byDay).toEqual({ '2025-03-08': 200, '2025-03-09': 200 })
  })
})

describe('creditHours — invalid input', () => {
  it('throws coded errors for structural problems', () => {
    const ok = day('09:00', '10:00')
    const bad: [unknown, string][] = [
      [42, 'HOURS_INVALID_RECORDS'],
      [[null], 'HOURS_INVALID_RECORD'],
      [[{ ...ok, id: '' }], 'HOURS_INVALID_RECORD'],
      [[{ ...ok, volunteerId: 3 }], 'HOURS_INVALID_RECORD'],
      [[{ ...ok, start: '2025-02-30T09:00+08:00' }], 'HOURS_INVALID_RECORD'],
      [[{ ...ok, end: 'tomorrow' }], 'HOURS_INVALID_RECORD'],
      [[{ ...ok, breakMinutes: -1 }], 'HOURS_INVALID_RECORD'],
      [[{ ...ok, travelMinutes: 0.5 }], 'HOURS_INVALID_RECORD'],
      [[{ ...ok, status: 'done' }], 'HOURS_INVALID_RECORD'],
      [[{ ...ok, teamId: '' }], 'HOURS_INVALID_RECORD'],
      [[{ ...ok, activityId: 5 }], 'HOURS_INVALID_RECORD'],
      [[{ ...ok, recordedBy: 5 }], 'HOURS_INVALID_RECORD'],
      [[{ ...ok, recordedAt: 5 }], 'HOURS_INVALID_RECORD'],
    ]
    for (const [input, code] of bad) expect(() => creditHours(input as never)).toThrow(expect.objectContaining({ code }))
    const throwing = {
      *[Symbol.iterator]() {
        yield ok
        throw new Error('boom')
      },
    }
    expect(() => creditHours(throwing as never)).toThrow(expect.objectContaining({ code: 'HOURS_INVALID_RECORDS' }))
  })
  it('validates the context', () => {
    const r = [day('09:00', '10:00')]
    for (const ctx of [[], { now: 'soon' }, { now: NaN }, { now: {} }, { activities: {} }, { activities: [null] }, { activities: [{}] }, { teams: 3 }, { teams: [1] }, { teams: [{ id: '' }] }]) {
      expect(() => creditHours(r, undefined, ctx as never)).toThrow(expect.objectContaining({ code: 'HOURS_INVALID_CONTEXT' }))
    }
    expect(creditHours(r, undefined, { now: Date.UTC(2026, 0, 1) }).totals.minutes).toBe(60)
    expect(creditHours(r, undefined, { now: Date.UTC(2020, 0, 1) }).rejected[0]?.code).toBe('HOURS_IN_FUTURE')
  })
})

describe('creditHours — scale', () => {
  it('handles thousands of records and big per-volunteer groups', () => {
    const records: ServiceRecord[] = []
    for (let i = 0; i < 3000; i++) {
      const day = 1 + (i % 28)
      const h = i % 20
      records.push(rec({ id: `r${i}`, volunteerId: `v${i % 40}`, teamId: `t${i % 7}`, start: `2025-02-${String(day).padStart(2, '0')}T${String(h).padStart(2, '0')}:00+08:00`, end: `2025-02-${String(day).padStart(2, '0')}T${String(h + 3).padStart(2, '0')}:10+08:00` }))
    }
    const l = creditHours(records, undefined, { teams: [{ id: 't1', streetId: 's1' }] as never })
    expect(l.totals.inputRecords).toBe(3000)
    expect(l.volunteers).toHaveLength(40)
    for (const v of l.volunteers) expect(v.rawMinutes).toBe(v.creditedMinutes + v.adjustments.overlap)
    expect(l.credits).toHaveLength(3000)
    expect(l.credits).toBe(l.credits)
    expect(creditHours(new Set(records), undefined, { teams: [{ id: 't1', streetId: 's1' }] as never }).totals).toEqual(l.totals)
    expect(creditHours([...records].reverse(), undefined, { teams: [{ id: 't1', streetId: 's1' }] as never })).toEqual(l)
  })
})
