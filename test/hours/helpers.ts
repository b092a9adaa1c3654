import { fc } from '@fast-check/vitest'
import type { ServiceRecord } from '../../src/model/types'

/** Epoch minute of a UTC date-time. */
export function utcMin(y: number, mo: number, d: number, h = 0, mi = 0): number {
  return Date.UTC(y, mo - 1, d, h, mi) / 60_000
}

/** ISO text of an epoch minute written with an offset (minutes). */
export function iso(min: number, offset = 480): string {
  const local = new Date((min + offset) * 60_000).toISOString().slice(0, 16)
  if (offset === 0) return `${local}Z`
  const sign = offset < 0 ? '-' : '+'
  const a = Math.abs(offset)
  return `${local}${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`
}

/** A record with defaults. */
export function rec(p: Record<string, unknown> & { id: string; start: string; end: string }): ServiceRecord {
  return { volunteerId: 'v1', breakMinutes: 0, travelMinutes: 0, status: 'confirmed', ...p } as ServiceRecord
}

const BASE = utcMin(2025, 3, 28, 12) // around the Berlin and (earlier) New York transitions

/** Arbitrary records: few volunteers and teams, overlapping sessions, crossing midnight, mixed offsets. */
export function recordsArb(opts: { maxLength?: number; statuses?: readonly ServiceRecord['status'][]; dupes?: boolean } = {}) {
  const statuses = opts.statuses ?? ['confirmed', 'confirmed', 'confirmed', 'pending', 'void']
  const one = fc.record({
    v: fc.integer({ min: 0, max: 3 }),
    t: fc.integer({ min: -1, max: 2 }),
    s: fc.integer({ min: 0, max: 6 * 1440 }),
    len: fc.integer({ min: -30, max: 900 }),
    brk: fc.integer({ min: 0, max: 60 }),
    trv: fc.integer({ min: 0, max: 40 }),
    status: fc.constantFrom(...statuses),
    off: fc.constantFrom(480, 0, -300, 60, 120),
  })
  return fc.array(one, { maxLength: opts.maxLength ?? 25 }).map((xs) =>
    xs.map((x, i): ServiceRecord => {
      const r: Record<string, unknown> = {
        id: `r${String(i).padStart(3, '0')}`,
        volunteerId: `v${x.v}`,
        start: iso(BASE + x.s, x.off),
        end: iso(BASE + x.s + x.len, x.off),
        breakMinutes: x.brk,
        travelMinutes: x.trv,
        status: x.status,
      }
      if (x.t >= 0) r.teamId = `t${x.t}`
      return r as unknown as ServiceRecord
    }),
  )
}

/** Arbitrary (complete-ish) policy inputs. */
export const policyArb = fc.record(
  {
    timeZone: fc.constantFrom('Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'UTC'),
    subtractBreaks: fc.boolean(),
    excludeTravel: fc.boolean(),
    overlap: fc.constantFrom('merge' as const, 'merge' as const, 'keep' as const),
    sessionCapMinutes: fc.option(fc.integer({ min: 1, max: 600 }), { nil: null }),
    dailyCapMinutes: fc.option(fc.integer({ min: 1, max: 900 }), { nil: null }),
    minimumSessionMinutes: fc.integer({ min: 0, max: 90 }),
    rounding: fc.record({
      unit: fc.constantFrom(1 as const, 5 as const, 15 as const, 30 as const, 60 as const),
      mode: fc.constantFrom('floor' as const, 'ceil' as const, 'half-up' as const),
      scope: fc.constantFrom('session' as const, 'day' as const, 'month' as const),
    }),
  },
  { requiredKeys: ['timeZone'] },
)

export const TEAMS = [
  { id: 't0', streetId: 's0', communityId: 'c0' },
  { id: 't1', streetId: 's0' },
  { id: 't2', streetId: 's1', communityId: 'c1' },
] as const
