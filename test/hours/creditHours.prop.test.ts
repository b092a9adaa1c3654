import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { creditHours } from '../../src/hours/index'
import type { HoursLedger, HoursPolicyInput } from '../../src/hours/index'
import type { ServiceRecord } from '../../src/model/types'
import { TEAMS, iso, policyArb, recordsArb, utcMin } from './helpers'

const ctx = { teams: TEAMS as never }
const sumAdj = (a: HoursLedger['volunteers'][number]['adjustments']): number =>
  a.overlap + a.breaks + a.travel + a.sessionCap + a.dailyCap + a.minimumSession + a.rounding

function sumValues(o: Readonly<Record<string, number>>): number {
  return Object.values(o).reduce((s, v) => s + v, 0)
}

describe('hours laws (DESIGN.md §5)', () => {
  test.prop([recordsArb(), policyArb])('conservation: raw = credited + Σ adjustments, each ≥ 0 (rounding ≥ 0 under floor)', (rs, p) => {
    const l = creditHours(rs, p, ctx)
    for (const v of l.volunteers) {
      expect(v.rawMinutes).toBe(v.creditedMinutes + sumAdj(v.adjustments))
      const { rounding, ...rest } = v.adjustments
      for (const x of Object.values(rest)) expect(x).toBeGreaterThanOrEqual(0)
      if (p.rounding?.mode === 'floor' || p.rounding?.unit === 1 || p.rounding === undefined) expect(rounding).toBeGreaterThanOrEqual(0)
      expect(v.creditedMinutes).toBeGreaterThanOrEqual(0)
    }
    // A credit's raw minutes are its record's whole minutes (stated from the record, not from the
    // ledger's own sums: the ledger derives a credit's raw minutes from the conservation identity).
    const wholeMinutes = (t: string): number => Math.floor(Date.parse(t) / 60_000)
    const byId = new Map(rs.map((r) => [r.id as string, r]))
    for (const c of l.credits) {
      const r = byId.get(c.recordId)!
      expect(c.rawMinutes).toBe(wholeMinutes(r.end) - wholeMinutes(r.start))
      expect(c.rawMinutes).toBe(c.creditedMinutes + sumAdj(c.adjustments))
    }
    // Σ over a volunteer's credits = the volunteer's line (raw, credited and every adjustment).
    for (const v of l.volunteers) {
      const own = l.credits.filter((c) => c.volunteerId === v.volunteerId)
      expect(own.reduce((s, c) => s + c.rawMinutes, 0)).toBe(v.rawMinutes)
      expect(own.reduce((s, c) => s + sumAdj(c.adjustments), 0)).toBe(sumAdj(v.adjustments))
    }
  })

  test.prop([recordsArb(), policyArb])('nothing vanishes: input = credited records + rejected records', (rs, p) => {
    const l = creditHours(rs, p, ctx)
    const creditedIds = l.credits.filter((c) => c.creditedMinutes > 0).map((c) => c.recordId)
    expect(creditedIds.length + l.rejected.length).toBe(rs.length)
    expect([...creditedIds, ...l.rejected.map((r) => r.recordId)].sort()).toEqual(rs.map((r) => r.id).sort())
    expect(l.totals.creditedRecords).toBe(creditedIds.length)
    const fromCredits = new Map<string, number>()
    for (const c of l.credits) fromCredits.set(c.volunteerId, (fromCredits.get(c.volunteerId) ?? 0) + c.creditedMinutes)
    for (const v of l.volunteers) expect(fromCredits.get(v.volunteerId)).toBe(v.creditedMinutes)
  })

  test.prop([recordsArb(), policyArb])('each credit carries its record\'s team; team totals are the credits summed by team', (rs, p) => {
    const l = creditHours(rs, p, ctx)
    const byId = new Map(rs.map((r) => [r.id as string, r]))
    const byTeam = new Map<string, number>()
    for (const c of l.credits) {
      expect(c.teamId).toBe(byId.get(c.recordId)?.teamId ?? null)
      if (c.teamId !== null) byTeam.set(c.teamId, (byTeam.get(c.teamId) ?? 0) + c.creditedMinutes)
    }
    expect(l.totals.byTeam.map((t) => [t.id, t.minutes])).toEqual([...byTeam].filter(([, m]) => m > 0).sort(([a], [b]) => (a < b ? -1 : 1)))
  })

  test.prop([recordsArb(), policyArb.map((p) => ({ ...p, overlap: 'merge' as const, rounding: { ...p.rounding, mode: 'floor' as const } }))])(
    'no double counting: credited minutes ≤ the union of sessions, and each local day ≤ its length',
    (rs, p) => {
      const l = creditHours(rs, p, ctx)
      const accepted = new Set(l.credits.map((c) => c.recordId))
      for (const v of l.volunteers) {
        const ivs = rs
          .filter((r) => r.volunteerId === v.volunteerId && accepted.has(r.id))
          .map((r) => [Math.floor(Date.parse(r.start) / 60000), Math.floor(Date.parse(r.end) / 60000)] as const)
          .sort((a, b) => a[0] - b[0])
        let union = 0
        let cur = -Infinity
        for (const [a, b] of ivs) {
          const from = Math.max(a, cur)
          if (b > from) union += b - from
          cur = Math.max(cur, b)
        }
        expect(v.creditedMinutes).toBeLessThanOrEqual(union)
        for (const m of Object.values(v.byDay)) expect(m).toBeLessThanOrEqual(1500)
      }
    },
  )

  test.prop([recordsArb().chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length }))), policyArb])(
    'order independence: any permutation gives the same ledger',
    ([rs, shuffled], p) => {
      expect(creditHours(shuffled, p, ctx)).toEqual(creditHours(rs, p, ctx))
    },
  )

  test.prop([recordsArb(), policyArb])('days sum to months, months to the year, volunteers to the district', (rs, p) => {
    const l = creditHours(rs, p, ctx)
    let total = 0
    const months = new Map<string, number>()
    for (const v of l.volunteers) {
      const fromDays = new Map<string, number>()
      for (const [d, m] of Object.entries(v.byDay)) fromDays.set(d.slice(0, 7), (fromDays.get(d.slice(0, 7)) ?? 0) + m)
      for (const [k, m] of Object.entries(v.byMonth)) {
        expect(fromDays.get(k)).toBe(m)
        months.set(k, (months.get(k) ?? 0) + m)
      }
      expect(sumValues(v.byMonth)).toBe(v.creditedMinutes)
      total += v.creditedMinutes
    }
    expect(l.totals.minutes).toBe(total)
    expect(sumValues(l.totals.byMonth)).toBe(total)
    for (const [k, m] of months) expect(l.totals.byMonth[k]).toBe(m)
    expect(l.totals.byTeam.reduce((s, t) => s + t.minutes, 0)).toBeLessThanOrEqual(total)
    expect(l.totals.byStreet.reduce((s, t) => s + t.minutes, 0)).toBe(l.totals.byTeam.filter((t) => t.id !== 'none').reduce((s, t) => s + t.minutes, 0))
  })

  test.prop([recordsArb({ statuses: ['confirmed'] }), policyArb, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 600 })])(
    'monotonicity: adding a non-overlapping confirmed record never lowers a volunteer, month or district total',
    (rs, p, v, startOffset, len) => {
      const before = creditHours(rs, p, ctx)
      // Far from every generated record: 30 days later.
      const s = utcMin(2025, 6, 15) + startOffset
      const extra = { id: 'zzz-new', volunteerId: `v${v}`, start: iso(s), end: iso(s + len), breakMinutes: 0, travelMinutes: 0, status: 'confirmed', teamId: 't0' } as unknown as ServiceRecord
      const after = creditHours([...rs, extra], p, ctx)
      expect(after.totals.minutes).toBeGreaterThanOrEqual(before.totals.minutes)
      for (const [k, m] of Object.entries(before.totals.byMonth)) expect(after.totals.byMonth[k] ?? 0).toBeGreaterThanOrEqual(m)
      for (const vb of before.volunteers) {
        const va = after.volunteers.find((x) => x.volunteerId === vb.volunteerId)
        expect(va?.creditedMinutes ?? 0).toBeGreaterThanOrEqual(vb.creditedMinutes)
      }
      // Teams: a group-level step (daily cap, day or month rounding) may move minutes between the
      // teams of one volunteer's day or month, so team totals are monotone only without them.
      const groupStep = p.dailyCapMinutes != null || (p.rounding !== undefined && p.rounding.unit > 1 && p.rounding.scope !== 'session')
      if (!groupStep) for (const t of before.totals.byTeam) expect(after.totals.byTeam.find((x) => x.id === t.id)?.minutes ?? 0).toBeGreaterThanOrEqual(t.minutes)
    },
  )

  test.prop([recordsArb({ statuses: ['confirmed'] }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: -600, max: 8000 }), fc.integer({ min: 1, max: 600 })])(
    'monotonicity at default policy: a same-period record that overlaps nothing never lowers any total',
    (rs, v, startOffset, len) => {
      const before = creditHours(rs, undefined, ctx)
      const s = utcMin(2025, 3, 28, 12) + startOffset
      const extra = { id: 'zzz-new', volunteerId: `v${v}`, start: iso(s), end: iso(s + len), breakMinutes: 0, travelMinutes: 0, status: 'confirmed' } as unknown as ServiceRecord
      const overlaps = rs.some((r) => r.volunteerId === extra.volunteerId && Date.parse(r.start) < Date.parse(extra.end) && Date.parse(extra.start) < Date.parse(r.end))
      fc.pre(!overlaps)
      const after = creditHours([...rs, extra], undefined, ctx)
      for (const [k, m] of Object.entries(before.totals.byMonth)) expect(after.totals.byMonth[k] ?? 0).toBeGreaterThanOrEqual(m)
      for (const vb of before.volunteers) {
        const va = after.volunteers.find((x) => x.volunteerId === vb.volunteerId)
        for (const [d, m] of Object.entries(vb.byDay)) expect(va?.byDay[d] ?? 0).toBeGreaterThanOrEqual(m)
      }
      for (const t of before.totals.byTeam) expect(after.totals.byTeam.find((x) => x.id === t.id)?.minutes ?? 0).toBeGreaterThanOrEqual(t.minutes)
    },
  )

  test.prop([recordsArb(), policyArb, fc.constantFrom(5, 15, 30, 60), fc.constantFrom('session', 'day', 'month')])(
    'floor rounding never credits more than the unrounded total',
    (rs, p, unit, scope) => {
      const base: HoursPolicyInput = { ...p, rounding: { unit: 1 } }
      const rounded: HoursPolicyInput = { ...p, rounding: { unit: unit, mode: 'floor', scope: scope } }
      const a = creditHours(rs, base, ctx)
      const b = creditHours(rs, rounded, ctx)
      expect(b.totals.minutes).toBeLessThanOrEqual(a.totals.minutes)
      for (const v of b.volunteers) {
        expect(v.creditedMinutes).toBeLessThanOrEqual(a.volunteers.find((x) => x.volunteerId === v.volunteerId)?.creditedMinutes ?? 0)
        if (scope === 'month') for (const m of Object.values(v.byMonth)) expect(m % unit).toBe(0)
        if (scope === 'day') for (const m of Object.values(v.byDay)) expect(m % unit).toBe(0)
      }
    },
  )

  test.prop([recordsArb(), policyArb])('the output is frozen and sorted', (rs, p) => {
    const l = creditHours(rs, p, ctx)
    expect(Object.isFrozen(l) && Object.isFrozen(l.volunteers) && Object.isFrozen(l.rejected) && Object.isFrozen(l.credits)).toBe(true)
    const ids = l.volunteers.map((v) => v.volunteerId)
    expect(ids).toEqual([...ids].sort())
    const rj = l.rejected.map((r) => `${r.recordId}\u0000${r.code}`)
    expect(rj).toEqual([...rj].sort())
  })
})
