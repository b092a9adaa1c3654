// The fast paths of the engine (last-id caches, the day → month table, lazy accessors) must not
// show: these pin what they could get wrong.
import { test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { creditHours } from '../../src/hours/index'
import { iso, policyArb, recordsArb, rec, utcMin } from './helpers'

function plain(x: unknown): unknown {
  return JSON.parse(JSON.stringify(x)) as unknown
}

describe('fast paths agree with the plain order', () => {
  test.prop([recordsArb(), policyArb])('records grouped by volunteer and team (cache hits) = any other order', (rs, p) => {
    const grouped = [...rs].sort((a, b) =>
      a.volunteerId < b.volunteerId ? -1 : a.volunteerId > b.volunteerId ? 1 : (a.teamId ?? '') < (b.teamId ?? '') ? -1 : 1,
    )
    const a = creditHours(grouped, p)
    const b = creditHours([...rs].reverse(), p)
    expect(plain(a)).toEqual(plain(b))
  })

  test.prop([recordsArb(), policyArb])(
    'splitting at midnight with one fixed offset for the batch = splitting by the zone table',
    (rs, p) => {
      // A record months away widens the batch's range across a transition (for zones with DST),
      // so the engine must use the zone table; the other volunteers' lines must not change.
      const far = rec({ id: 'far', volunteerId: 'zz', start: '2025-01-10T09:00Z', end: '2025-01-10T10:00Z' })
      const a = creditHours(rs, p).volunteers
      const b = creditHours([...rs, far], p).volunteers.filter((v) => v.volunteerId !== 'zz')
      expect(plain(b)).toEqual(plain(a))
    },
  )

  it('months of a batch spanning centuries (no day table) are right', () => {
    const a = utcMin(1900, 1, 15, 2)
    const b = utcMin(2200, 7, 31, 15)
    const l = creditHours([
      rec({ id: 'a', start: iso(a), end: iso(a + 60) }),
      rec({ id: 'b', start: iso(b), end: iso(b + 120) }),
    ])
    expect(l.totals.byMonth).toEqual({ '1900-01': 60, '2200-07': 60, '2200-08': 60 })
    expect(l.volunteers[0]?.byDay).toEqual({ '1900-01-15': 60, '2200-07-31': 60, '2200-08-01': 60 })
  })

  it('byDay is an enumerable own accessor of a frozen line, fixed once read', () => {
    const l = creditHours([rec({ id: 'a', start: '2025-03-08T23:00+08:00', end: '2025-03-09T01:00+08:00' })])
    const v = l.volunteers[0]!
    const d = Object.getOwnPropertyDescriptor(v, 'byDay')
    expect(d?.enumerable).toBe(true)
    expect(d?.configurable).toBe(false)
    expect(typeof d?.get).toBe('function')
    expect(Object.isFrozen(v)).toBe(true)
    expect(Object.keys(v)).toEqual(['volunteerId', 'rawMinutes', 'creditedMinutes', 'adjustments', 'byMonth', 'sessions', 'firstAt', 'lastAt', 'byDay'])
    expect(v.byDay).toBe(v.byDay)
    expect(v.byDay).toEqual({ '2025-03-08': 60, '2025-03-09': 60 })
  })

  test.prop([recordsArb({ dupes: true }), recordsArb(), policyArb])(
    'a ledger read after later runs (which reuse the working buffers) is the ledger read at once',
    (a, b, p) => {
      const fresh = plain(creditHours(a, p))
      const kept = creditHours(a, p)
      creditHours(b, p) // reuses the scratch buffers
      creditHours([...b].reverse(), p)
      expect(plain(kept)).toEqual(fresh)
    },
  )

  test.prop([recordsArb(), recordsArb(), policyArb])('an iterator that calls back into creditHours sees its own buffers', (a, b, p) => {
    const inner: unknown[] = []
    function* records(): Generator<(typeof a)[number]> {
      for (const r of a) {
        inner.push(plain(creditHours(b, p)))
        yield r
      }
    }
    const outer = creditHours(records(), p)
    expect(plain(outer)).toEqual(plain(creditHours(a, p)))
    for (const x of inner) expect(x).toEqual(plain(creditHours(b, p)))
  })

  it('an iterable longer than the first buffers grows them without losing a record', () => {
    const rs = Array.from({ length: 5000 }, (_, i) => {
      const s = utcMin(2025, 1, 1) + i * 97
      return rec({ id: `r${i}`, volunteerId: `v${i % 37}`, teamId: `t${i % 5}`, start: iso(s), end: iso(s + 45 + (i % 200)) })
    })
    rs.push({ ...rs[10]! }, { ...rs[20]!, end: iso(utcMin(2025, 6, 1)) }) // a duplicate and a conflicting one
    const fromArray = creditHours(rs)
    const fromIterable = creditHours(new Set(rs))
    expect(plain(fromIterable)).toEqual(plain(fromArray))
    expect(fromArray.rejected.filter((r) => r.code === 'HOURS_DUPLICATE').map((r) => r.recordId)).toEqual(['r10'])
    expect(fromArray.rejected.filter((r) => r.code === 'HOURS_CONFLICTING_DUPLICATE').map((r) => r.recordId)).toEqual(['r20', 'r20'])
  })

  it('ids with equal hashes are not duplicates (FNV-1a: costarring / liquid)', () => {
    const s = utcMin(2025, 3, 8, 1)
    const l = creditHours([
      rec({ id: 'costarring', start: iso(s), end: iso(s + 60) }),
      rec({ id: 'liquid', volunteerId: 'v2', start: iso(s), end: iso(s + 30) }),
      rec({ id: 'liquid', volunteerId: 'v2', start: iso(s), end: iso(s + 30) }),
    ])
    expect(l.totals.minutes).toBe(90)
    expect(l.rejected).toEqual([{ recordId: 'liquid', volunteerId: 'v2', code: 'HOURS_DUPLICATE', stage: 'validation' }])
  })

  it('volunteers with equal id hashes stay apart, and one volunteer in many runs is one line', () => {
    const s = utcMin(2025, 3, 8, 1)
    // Interleaved: costarring, liquid, costarring, liquid (four runs, two volunteers, one hash).
    const l = creditHours([
      rec({ id: 'a', volunteerId: 'costarring', start: iso(s), end: iso(s + 60) }),
      rec({ id: 'b', volunteerId: 'liquid', start: iso(s), end: iso(s + 30) }),
      rec({ id: 'c', volunteerId: 'costarring', start: iso(s + 30), end: iso(s + 90) }),
      rec({ id: 'd', volunteerId: 'liquid', start: iso(s + 600), end: iso(s + 610) }),
    ])
    expect(l.volunteers.map((v) => [v.volunteerId, v.creditedMinutes, v.sessions])).toEqual([
      ['costarring', 90, 2],
      ['liquid', 40, 2],
    ])
    expect(l.volunteers[0]?.adjustments.overlap).toBe(30)
  })

  it('columns beyond 16 bits are kept whole (a month of 72,000 minutes, sessions of 10 days, days before 1970)', () => {
    const s = utcMin(2025, 3, 1)
    const rs = Array.from({ length: 50 }, (_, i) => rec({ id: `r${String(i).padStart(2, '0')}`, start: iso(s + i), end: iso(s + i + 1440) }))
    const l = creditHours(rs, { overlap: 'keep' })
    expect(l.volunteers[0]?.byMonth).toEqual({ '2025-03': 72_000 })
    expect(l.credits.every((c) => c.creditedMinutes === 1440)).toBe(true)
    const long = utcMin(1959, 12, 31, 16) // local midnight in Asia/Shanghai
    const l2 = creditHours([rec({ id: 'x', start: iso(long), end: iso(long + 14_400) })], { maxSessionMinutes: 14_400 })
    expect(l2.credits[0]?.creditedMinutes).toBe(14_400)
    expect(l2.volunteers[0]?.byDay['1960-01-10']).toBe(1440)
    expect(Object.keys(l2.volunteers[0]?.byDay ?? {})).toHaveLength(10)
    const l3 = creditHours(
      [rec({ id: 'x', start: iso(s), end: iso(s + 14_400) }), rec({ id: 'y', start: iso(s + 100), end: iso(s + 14_100), breakMinutes: 30 })],
      { maxSessionMinutes: 14_400 },
    )
    expect(l3.credits[1]).toMatchObject({ recordId: 'y', rawMinutes: 14_000, creditedMinutes: 0, adjustments: { overlap: 14_000, breaks: 0 } })
  })

  it('byMonth is an enumerable own accessor like byDay, and equals its days summed by month', () => {
    const l = creditHours([
      rec({ id: 'a', start: '2025-03-31T23:00+08:00', end: '2025-04-01T01:00+08:00' }),
      rec({ id: 'b', start: '2025-04-02T09:00+08:00', end: '2025-04-02T10:00+08:00' }),
    ])
    const v = l.volunteers[0]!
    const d = Object.getOwnPropertyDescriptor(v, 'byMonth')
    expect(d?.enumerable).toBe(true)
    expect(typeof d?.get).toBe('function')
    expect(v.byMonth).toBe(v.byMonth)
    expect(Object.isFrozen(v.byMonth)).toBe(true)
    expect(v.byMonth).toEqual({ '2025-03': 60, '2025-04': 120 })
  })

  it('rejected and credits are enumerable own accessors of the frozen ledger, in the contract order', () => {
    const l = creditHours([
      rec({ id: 'b', start: '2025-03-08T09:00+08:00', end: '2025-03-08T10:00+08:00' }),
      rec({ id: 'a', start: '2025-03-08T09:30+08:00', end: '2025-03-08T09:45+08:00' }),
      rec({ id: 'c', status: 'pending', start: '2025-03-08T11:00+08:00', end: '2025-03-08T12:00+08:00' }),
    ])
    expect(Object.keys(l)).toEqual(['volunteers', 'rejected', 'totals', 'policy', 'credits'])
    expect(Object.isFrozen(l)).toBe(true)
    for (const key of ['rejected', 'credits']) {
      const d = Object.getOwnPropertyDescriptor(l, key)
      expect(d?.enumerable).toBe(true)
      expect(typeof d?.get).toBe('function')
    }
    expect(l.rejected).toBe(l.rejected)
    expect(l.rejected).toEqual([
      { recordId: 'a', volunteerId: 'v1', code: 'HOURS_FULLY_OVERLAPPED', stage: 'crediting' },
      { recordId: 'c', volunteerId: 'v1', code: 'HOURS_STATUS_NOT_COUNTED', stage: 'validation' },
    ])
  })

  it('teams with equal id hashes stay apart, and one team in many runs is one total', () => {
    const s = utcMin(2025, 3, 8, 1)
    const l = creditHours([
      rec({ id: 'a', volunteerId: 'v1', teamId: 'costarring', start: iso(s), end: iso(s + 60) }),
      rec({ id: 'b', volunteerId: 'v2', teamId: 'liquid', start: iso(s), end: iso(s + 30) }),
      rec({ id: 'c', volunteerId: 'v3', start: iso(s), end: iso(s + 5) }),
      rec({ id: 'd', volunteerId: 'v4', teamId: 'costarring', start: iso(s), end: iso(s + 20) }),
      rec({ id: 'e', volunteerId: 'v5', teamId: 'liquid', start: iso(s), end: iso(s + 10) }),
    ])
    expect(l.totals.byTeam.map((t) => [t.id, t.minutes])).toEqual([
      ['costarring', 80],
      ['liquid', 40],
    ])
    expect(l.credits.map((c) => c.teamId)).toEqual(['costarring', 'liquid', null, 'costarring', 'liquid'])
  })

  it('equal adjustments share one frozen object, unequal ones never do', () => {
    const s = utcMin(2025, 3, 8, 1)
    const l = creditHours([
      rec({ id: 'a', volunteerId: 'v1', start: iso(s), end: iso(s + 60), breakMinutes: 15 }),
      rec({ id: 'b', volunteerId: 'v2', start: iso(s), end: iso(s + 90), breakMinutes: 15 }),
      rec({ id: 'c', volunteerId: 'v3', start: iso(s), end: iso(s + 90), breakMinutes: 20 }),
    ])
    const [v1, v2, v3] = l.volunteers
    expect(v1?.adjustments).toBe(v2?.adjustments)
    expect(v3?.adjustments).not.toBe(v1?.adjustments)
    expect(v3?.adjustments).toEqual({ overlap: 0, breaks: 20, travel: 0, sessionCap: 0, dailyCap: 0, minimumSession: 0, rounding: 0 })
    expect(Object.isFrozen(v1?.adjustments)).toBe(true)
    expect(l.credits[0]?.adjustments).toBe(l.credits[1]?.adjustments)
  })

  it('changing the input array afterwards does not change the ledger', () => {
    const s = utcMin(2025, 3, 8, 1)
    const rs = [rec({ id: 'a', start: iso(s), end: iso(s + 60) }), rec({ id: 'b', start: iso(s + 120), end: iso(s + 150) })]
    const l = creditHours(rs)
    rs.reverse()
    rs.push(rec({ id: 'c', start: iso(s), end: iso(s + 10) }))
    expect(l.credits.map((c) => c.recordId)).toEqual(['a', 'b'])
  })

  it('a batch spanning millennia in a zone without transitions splits days by the years it meets', () => {
    // The one-offset check looks at three years at most; records in 1700 and 9000 must not make
    // it build (and probe) the seven thousand years between.
    const l = creditHours(
      [
        rec({ id: 'a', start: '1700-01-15T10:00Z', end: '1700-01-15T11:00Z' }),
        rec({ id: 'b', start: '9000-07-31T23:00Z', end: '9000-08-01T01:00Z' }),
      ],
      { timeZone: 'UTC' },
    )
    expect(l.volunteers[0]?.byDay).toEqual({ '1700-01-15': 60, '9000-07-31': 60, '9000-08-01': 60 })
  })

  it('team totals of many teams over centuries (no dense table) are right', () => {
    const a = utcMin(1900, 1, 15, 2)
    const rs = Array.from({ length: 300 }, (_, i) => rec({ id: `r${i}`, volunteerId: `v${i}`, teamId: `t${String(i).padStart(3, '0')}`, start: iso(a + i), end: iso(a + i + 30) }))
    const b = utcMin(2200, 7, 31, 15)
    rs.push(rec({ id: 'late', teamId: 't000', start: iso(b), end: iso(b + 120) }))
    const l = creditHours(rs)
    expect(l.totals.byTeam).toHaveLength(300)
    expect(l.totals.byTeam[0]).toEqual({ id: 't000', minutes: 150, byMonth: { '1900-01': 30, '2200-07': 60, '2200-08': 60 } })
    expect(l.totals.byTeam[299]).toEqual({ id: 't299', minutes: 30, byMonth: { '1900-01': 30 } })
  })
})
