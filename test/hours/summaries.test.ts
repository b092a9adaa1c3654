import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { combineSummaries, createHoursStream, creditHours, emptySummary, streamHours, summarizeHours } from '../../src/hours/index'
import type { HoursSummary } from '../../src/hours/index'
import type { ServiceRecord } from '../../src/model/types'
import { TEAMS, policyArb, rec, recordsArb } from './helpers'

const ctx = { teams: TEAMS as never }
const plain = (s: HoursSummary): unknown => JSON.parse(JSON.stringify(s))
const summaryArb = fc.tuple(recordsArb({ maxLength: 12 }), fc.constantFrom('Asia/Shanghai')).map(([rs, tz]) => summarizeHours(creditHours(rs, { timeZone: tz }, ctx)))
const byStart = (rs: readonly ServiceRecord[]): ServiceRecord[] => [...rs].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))

describe('mergeable summaries (DESIGN.md §5)', () => {
  test.prop([summaryArb, summaryArb, summaryArb])('combine is associative', (a, b, c) => {
    expect(combineSummaries(combineSummaries(a, b), c)).toEqual(combineSummaries(a, combineSummaries(b, c)))
  })
  test.prop([summaryArb, summaryArb])('combine is commutative', (a, b) => {
    expect(combineSummaries(a, b)).toEqual(combineSummaries(b, a))
  })
  test.prop([summaryArb])('the empty summary is the identity', (a) => {
    expect(plain(combineSummaries(emptySummary(), a))).toEqual(plain(a))
    expect(plain(combineSummaries(a, emptySummary()))).toEqual(plain(a))
  })
  test.prop([recordsArb(), policyArb, fc.func(fc.boolean())])('partition by volunteer, summarise, combine = summary of the whole', (rs, p, side) => {
    const inA = new Map<string, boolean>()
    for (const r of rs) if (!inA.has(r.volunteerId)) inA.set(r.volunteerId, side(r.volunteerId))
    const a = rs.filter((r) => inA.get(r.volunteerId) === true)
    const b = rs.filter((r) => inA.get(r.volunteerId) !== true)
    const whole = summarizeHours(creditHours(rs, p, ctx))
    const parts = combineSummaries(summarizeHours(creditHours(a, p, ctx)), summarizeHours(creditHours(b, p, ctx)))
    expect(plain(parts)).toEqual(plain(whole))
  })
  test.prop([recordsArb(), policyArb, fc.integer({ min: 1, max: 8 })])('the stream equals the summary of the whole ledger', (rs, p, pool) => {
    const s = createHoursStream(p, ctx, { poolSize: pool })
    for (const r of byStart(rs)) s.add(r)
    expect(plain(s.finish())).toEqual(plain(summarizeHours(creditHours(rs, p, ctx))))
  })
  test.prop([recordsArb(), policyArb])('with order "any" the stream takes records in any order', (rs, p) => {
    const s = createHoursStream(p, ctx, { order: 'any' })
    s.add(rs)
    expect(plain(s.finish())).toEqual(plain(summarizeHours(creditHours(rs, p, ctx))))
  })
})

describe('summaries and streams — examples', () => {
  const rs = [
    rec({ id: 'a', start: '2025-01-31T22:00+08:00', end: '2025-02-01T01:00+08:00', teamId: 't0' }),
    rec({ id: 'b', volunteerId: 'v2', start: '2025-02-03T09:00+08:00', end: '2025-02-03T10:00+08:00' }),
    rec({ id: 'c', volunteerId: 'v2', start: '2025-02-03T09:00+08:00', end: '2025-02-03T10:00+08:00', status: 'pending' }),
  ]
  it('summarises per volunteer, team, community, street and month', () => {
    const s = summarizeHours(creditHours(rs, undefined, ctx))
    expect(s).toEqual({
      timeZone: 'Asia/Shanghai',
      minutes: 240,
      byMonth: { '2025-01': 120, '2025-02': 120 },
      volunteers: [
        { id: 'v1', minutes: 180, byMonth: { '2025-01': 120, '2025-02': 60 } },
        { id: 'v2', minutes: 60, byMonth: { '2025-02': 60 } },
      ],
      teams: [{ id: 't0', minutes: 180, byMonth: { '2025-01': 120, '2025-02': 60 } }],
      communities: [{ id: 'c0', minutes: 180, byMonth: { '2025-01': 120, '2025-02': 60 } }],
      streets: [{ id: 's0', minutes: 180, byMonth: { '2025-01': 120, '2025-02': 60 } }],
      inputRecords: 3,
      creditedRecords: 2,
      rejectedByCode: { HOURS_STATUS_NOT_COUNTED: 1 },
    })
    expect(Object.isFrozen(s)).toBe(true)
  })
  it('streams sync and async iterables of records and chunks', async () => {
    const whole = plain(summarizeHours(creditHours(rs, undefined, ctx)))
    expect(plain(await streamHours([rs.slice(0, 1), rs.slice(1)], undefined, ctx))).toEqual(whole)
    async function* gen() {
      for (const r of rs) yield await Promise.resolve(r)
    }
    expect(plain(await streamHours(gen(), undefined, ctx))).toEqual(whole)
    const s = createHoursStream(undefined, ctx)
    s.add(rs[0]!)
    s.add(new Set(rs.slice(1)))
    expect(plain(s.finish())).toEqual(whole)
    expect(() => s.finish()).toThrow(expect.objectContaining({ code: 'HOURS_STREAM_FINISHED' }))
    expect(() => { s.add(rs); }).toThrow(expect.objectContaining({ code: 'HOURS_STREAM_FINISHED' }))
  })
  it('settles a volunteer period once a later one starts, and rejects a record that comes back to it', () => {
    const s = createHoursStream()
    s.add(rec({ id: 'x1', start: '2025-03-01T09:00+08:00', end: '2025-03-01T10:00+08:00' }))
    s.add(rec({ id: 'x2', start: '2025-03-02T09:00+08:00', end: '2025-03-02T10:00+08:00' }))
    expect(() => { s.add(rec({ id: 'x3', start: '2025-03-01T11:00+08:00', end: '2025-03-01T12:00+08:00' })); }).toThrow(
      expect.objectContaining({ code: 'HOURS_STREAM_OUT_OF_ORDER' }),
    )
    // Records that cannot earn anything may come in any order.
    s.add(rec({ id: 'x4', start: '2025-03-01T11:00+08:00', end: '2025-03-01T12:00+08:00', status: 'void' }))
    expect(s.finish()).toMatchObject({ minutes: 120, inputRecords: 3, rejectedByCode: { HOURS_STATUS_NOT_COUNTED: 1 } })
  })
  it('month rounding settles whole months', () => {
    const s = createHoursStream({ rounding: { unit: 60, scope: 'month' } })
    s.add([
      rec({ id: 'm1', start: '2025-03-01T09:00+08:00', end: '2025-03-01T09:40+08:00' }),
      rec({ id: 'm2', start: '2025-03-02T09:00+08:00', end: '2025-03-02T09:40+08:00' }),
      rec({ id: 'm3', start: '2025-04-02T09:00+08:00', end: '2025-04-02T09:40+08:00' }),
    ])
    expect(s.finish().byMonth).toEqual({ '2025-03': 60 })
  })
  it('checks every field of a record as it arrives, with its position in the whole stream', () => {
    const s = createHoursStream()
    s.add(rs)
    const later = rec({ id: 'd', start: '2025-02-04T09:00+08:00', end: '2025-02-04T10:00+08:00' })
    expect(() => { s.add([later, { ...later, id: 'e', breakMinutes: -5 } as never]); }).toThrow(
      expect.objectContaining({ code: 'HOURS_INVALID_RECORD', params: { index: 4, field: 'breakMinutes' } }),
    )
    expect(() => { s.add({ ...later, id: 'f', status: 'done' } as never); }).toThrow(
      expect.objectContaining({ params: { index: 5, field: 'status' } }),
    )
  })
  it('validates summaries and stream options', async () => {
    const a = summarizeHours(creditHours(rs))
    const b = summarizeHours(creditHours(rs, { timeZone: 'UTC' }))
    expect(() => combineSummaries(a, b)).toThrow(expect.objectContaining({ code: 'HOURS_SUMMARY_ZONE_MISMATCH' }))
    const bad: unknown[] = [
      null, 3, { ...a, timeZone: 3 }, { ...a, minutes: -1 }, { ...a, byMonth: [] }, { ...a, byMonth: { x: 1 } }, { ...a, volunteers: {} },
      { ...a, volunteers: [3] }, { ...a, volunteers: [{ id: 'a' }] }, { ...a, volunteers: [{ id: 'b', minutes: 1, byMonth: {} }, { id: 'a', minutes: 1, byMonth: {} }] },
      { ...a, rejectedByCode: null }, { ...a, rejectedByCode: { X: 1 } },
    ]
    for (const x of bad) expect(() => combineSummaries(x as HoursSummary, a)).toThrow(expect.objectContaining({ code: 'HOURS_INVALID_SUMMARY' }))
    expect(() => combineSummaries({ ...a, minutes: Number.MAX_SAFE_INTEGER }, a)).toThrow(expect.objectContaining({ code: 'NUMBER_OVERFLOW' }))
    expect(() => summarizeHours({} as never)).toThrow(expect.objectContaining({ code: 'HOURS_INVALID_SUMMARY' }))
    expect(() => createHoursStream(undefined, undefined, { order: 'random' } as never)).toThrow(expect.objectContaining({ code: 'HOURS_INVALID_POLICY' }))
    expect(() => createHoursStream(undefined, undefined, { poolSize: 0 })).toThrow(expect.objectContaining({ code: 'HOURS_INVALID_POLICY' }))
    expect(() => createHoursStream(undefined, undefined, 5 as never)).toThrow(expect.objectContaining({ code: 'HOURS_INVALID_POLICY' }))
    await expect(streamHours(5 as never)).rejects.toMatchObject({ code: 'HOURS_INVALID_RECORDS' })
    async function* boom() {
      yield await Promise.resolve(rs[0]!)
      throw new Error('disk')
    }
    await expect(streamHours(boom())).rejects.toMatchObject({ code: 'HOURS_INVALID_RECORDS' })
    await expect(streamHours([[{ id: 'q' }]] as never)).rejects.toMatchObject({ code: 'HOURS_INVALID_RECORD' })
    const s = createHoursStream()
    for (const r of [null, { volunteerId: '' }, { volunteerId: 'v', start: 'x' }, { volunteerId: 'v', start: '2025-03-01T09:00Z', end: 1 }]) {
      expect(() => { s.add(r as never); }).toThrow(expect.objectContaining({ code: 'HOURS_INVALID_RECORD' }))
    }
  })
})
