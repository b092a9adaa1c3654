/* eslint-disable @typescript-eslint/no-non-null-assertion -- hot loops index typed arrays within their bounds */
import type { ServiceRecord } from '../model/types'
import {
  A_BREAKS, A_DAILY_CAP, A_MINIMUM, A_OVERLAP, A_ROUNDING, A_SESSION_CAP, A_TRAVEL, at, codeOf,
  resolveContext, runEngine, type Batch, type EngineResult, type ResolvedContext,
} from './internal/engine'
import { guard, ingest } from './internal/ingest'
import { dayKey, monthKey } from './internal/time'
import { resolveHoursPolicy } from './policy'
import type {
  HoursAdjustments, HoursByUnit, HoursContext, HoursLedger, HoursPolicy, HoursPolicyInput,
  HoursTotals, RecordCredit, RejectedRecord, VolunteerHours,
} from './types'

const ZERO_ADJ: HoursAdjustments = Object.freeze({
  overlap: 0, breaks: 0, travel: 0, sessionCap: 0, dailyCap: 0, minimumSession: 0, rounding: 0,
})

function adjustmentsOf(adj: readonly Int32Array[], k: number): HoursAdjustments {
  const o = adj[A_OVERLAP]![k]!
  const b = adj[A_BREAKS]![k]!
  const t = adj[A_TRAVEL]![k]!
  const s = adj[A_SESSION_CAP]![k]!
  const d = adj[A_DAILY_CAP]![k]!
  const m = adj[A_MINIMUM]![k]!
  const r = adj[A_ROUNDING]![k]!
  if (o === 0 && b === 0 && t === 0 && s === 0 && d === 0 && m === 0 && r === 0) return ZERO_ADJ
  return Object.freeze({ overlap: o, breaks: b, travel: t, sessionCap: s, dailyCap: d, minimumSession: m, rounding: r })
}

/**
 * Pieces `[p0, p1)` summed by key → a frozen record with keys in ascending order, zeros dropped.
 * Keys are usually already ascending (time order); otherwise the pieces are sorted first.
 */
function bucketObject(
  keys: Float64Array | Int32Array, mins: Int32Array, p0: number, p1: number, name: (k: number) => string,
): Readonly<Record<string, number>> {
  let sorted = true
  for (let p = p0 + 1; p < p1; p++) {
    if (keys[p]! < keys[p - 1]!) {
      sorted = false
      break
    }
  }
  const out: Record<string, number> = {}
  if (sorted) {
    // Equal keys are adjacent: sum each run and store it once (keyed stores are the cost here).
    let p = p0
    while (p < p1) {
      const k = keys[p]!
      let sum = 0
      let any = false
      for (; p < p1 && keys[p] === k; p++) {
        const m = mins[p]!
        if (m !== 0) {
          sum += m
          any = true
        }
      }
      if (any) out[name(k)] = sum
    }
  } else {
    const idx: number[] = []
    for (let p = p0; p < p1; p++) idx.push(p)
    idx.sort((a, b) => keys[a]! - keys[b]! || a - b)
    let lastKey = NaN
    let lastName = ''
    for (const p of idx) {
      const m = mins[p]!
      if (m === 0) continue
      const k = keys[p]!
      if (k !== lastKey) {
        lastKey = k
        lastName = name(k)
        out[lastName] = (out[lastName] ?? 0) + m
      } else out[lastName] = out[lastName]! + m
    }
  }
  return Object.freeze(out)
}

/** Adds month minutes into a per-unit accumulator. */
function addUnit(acc: Map<string, Map<number, number>>, id: string, month: number, minutes: number): void {
  let m = acc.get(id)
  if (m === undefined) {
    m = new Map()
    acc.set(id, m)
  }
  m.set(month, (m.get(month) ?? 0) + minutes)
}

/**
 * Freezes a per-unit accumulator into sorted lines.
 * @param acc - id → month → minutes
 * @returns lines sorted by id
 */
export function unitLines(acc: ReadonlyMap<string, ReadonlyMap<number, number>>): readonly HoursByUnit[] {
  const ids = [...acc.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const out: HoursByUnit[] = []
  for (const id of ids) {
    const months = acc.get(id) ?? new Map<number, number>()
    const keys = [...months.keys()].sort((a, b) => a - b)
    let total = 0
    const byMonth: Record<string, number> = {}
    for (const k of keys) {
      const v = months.get(k) ?? 0
      if (v === 0) continue
      byMonth[monthKey(k)] = v
      total += v
    }
    if (total === 0) continue
    out.push(Object.freeze({ id, minutes: total, byMonth: Object.freeze(byMonth) }))
  }
  return Object.freeze(out)
}

/**
 * Validation rejections of a batch, unsorted.
 * @param b - the batch
 * @returns rejected records
 */
export function validationRejections(b: Batch): RejectedRecord[] {
  const out: RejectedRecord[] = []
  for (let i = 0; i < b.n; i++) {
    const c = b.code[i]!
    if (c !== 0) {
      const r = at(b.recs, i)
      out.push(Object.freeze({ recordId: r.id, volunteerId: r.volunteerId, code: codeOf(c), stage: 'validation' }))
    }
  }
  return out
}

function byRecordThenCode(a: RejectedRecord, b: RejectedRecord): number {
  return a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0
}

/**
 * Builds the frozen ledger from the engine's columns.
 * @param b - the batch
 * @param res - the engine result
 * @param policy - the policy used
 * @param ctx - the resolved context
 * @returns the ledger
 */
export function buildLedger(b: Batch, res: EngineResult, policy: HoursPolicy, ctx: ResolvedContext): HoursLedger {
  const { order, volFrom, volByRank, raw, credited, adj, zero, pRec, pDay, pMin, pMonth, pFrom } = res
  const recs = b.recs
  const bEnd = b.end
  const bTeam = b.team
  const [aO, aB, aT, aS, aD, aM, aR] = adj as [
    Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array,
  ]
  const rejected = validationRejections(b)
  const volunteers: VolunteerHours[] = []
  const teamAcc = new Map<number, Map<number, number>>()
  const monthAcc = new Map<number, number>()
  let total = 0
  let creditedRecords = 0
  const nv = volByRank.length
  for (let r = 0; r < nv; r++) {
    const a = volFrom[r]!
    const z = volFrom[r + 1]!
    if (z === a) continue
    const volunteerId = b.volIds[volByRank[r]!] ?? ''
    let rawSum = 0
    let credSum = 0
    let sessions = 0
    let sO = 0
    let sB = 0
    let sT = 0
    let sS = 0
    let sD = 0
    let sM = 0
    let sR = 0
    // Indices of the first credited record and of the credited record ending last: the texts
    // are read once per volunteer, not per record.
    let first = -1
    let last = -1
    let lastEnd = -Infinity
    for (let k = a; k < z; k++) {
      const c = credited[k]!
      rawSum += raw[k]!
      credSum += c
      sO += aO[k]!
      sB += aB[k]!
      sT += aT[k]!
      sS += aS[k]!
      sD += aD[k]!
      sM += aM[k]!
      sR += aR[k]!
      if (c > 0) {
        sessions++
        const i = order[k]!
        if (first < 0) first = i
        const e = bEnd[i]!
        if (e >= lastEnd) {
          lastEnd = e
          last = i
        }
      } else {
        const rec = at(recs, order[k]!)
        rejected.push(Object.freeze({ recordId: rec.id, volunteerId, code: codeOf(zero[k]!), stage: 'crediting' }))
      }
    }
    creditedRecords += sessions
    total += credSum
    const p0 = pFrom[r]!
    const p1 = pFrom[r + 1]!
    // Runs of pieces with the same (team, month) are summed before touching the maps.
    let runTeam = -2
    let runMonth = -1
    let runMin = 0
    for (let p = p0; p <= p1; p++) {
      const atEnd = p === p1
      const month = atEnd ? -1 : pMonth[p]!
      const t = atEnd ? -2 : bTeam[order[pRec[p]!]!]!
      if (atEnd || t !== runTeam || month !== runMonth) {
        if (runMin !== 0) {
          monthAcc.set(runMonth, (monthAcc.get(runMonth) ?? 0) + runMin)
          if (runTeam >= 0) {
            let tm = teamAcc.get(runTeam)
            if (tm === undefined) {
              tm = new Map()
              teamAcc.set(runTeam, tm)
            }
            tm.set(runMonth, (tm.get(runMonth) ?? 0) + runMin)
          }
        }
        runTeam = t
        runMonth = month
        runMin = 0
      }
      if (!atEnd) runMin += pMin[p]!
    }
    let byDay: Readonly<Record<string, number>> | undefined
    const v = {
      volunteerId,
      rawMinutes: rawSum,
      creditedMinutes: credSum,
      adjustments: Object.freeze({
        overlap: sO, breaks: sB, travel: sT, sessionCap: sS, dailyCap: sD, minimumSession: sM, rounding: sR,
      }),
      byMonth: bucketObject(pMonth, pMin, p0, p1, monthKey),
      sessions,
      firstAt: first < 0 ? null : at(recs, first).start,
      lastAt: last < 0 ? null : at(recs, last).end,
      // Day buckets are built on first read: a year of records has ten times more volunteer-days
      // than volunteer-months, and most hosts read months. The value is fixed once computed.
      // (An accessor in the literal: same enumerable own property after freezing, no defineProperty.)
      get byDay(): Readonly<Record<string, number>> {
        return (byDay ??= bucketObject(pDay, pMin, p0, p1, dayKey))
      },
    }
    volunteers.push(Object.freeze(v))
  }
  rejected.sort(byRecordThenCode)
  const teams = new Map<string, Map<number, number>>()
  const communities = new Map<string, Map<number, number>>()
  const streets = new Map<string, Map<number, number>>()
  for (const [t, months] of teamAcc) {
    const teamId = b.teamIds[t] ?? ''
    const info = ctx.teams.get(teamId)
    for (const [month, m] of months) {
      addUnit(teams, teamId, month, m)
      if (info?.communityId != null) addUnit(communities, info.communityId, month, m)
      if (info?.streetId != null) addUnit(streets, info.streetId, month, m)
    }
  }
  const monthKeys = [...monthAcc.keys()].sort((x, y) => x - y)
  const byMonth: Record<string, number> = {}
  for (const k of monthKeys) {
    const v = monthAcc.get(k) ?? 0
    if (v !== 0) byMonth[monthKey(k)] = v
  }
  const totals: HoursTotals = Object.freeze({
    minutes: total,
    byMonth: Object.freeze(byMonth),
    byTeam: unitLines(teams),
    byCommunity: unitLines(communities),
    byStreet: unitLines(streets),
    volunteers: volunteers.filter((v) => v.creditedMinutes > 0).length,
    creditedRecords,
    inputRecords: b.n,
  })
  let credits: readonly RecordCredit[] | undefined
  const ledger = { volunteers: Object.freeze(volunteers), rejected: Object.freeze(rejected), totals, policy }
  // Per-record credits are materialised on first read (a million frozen objects otherwise cost
  // more than the whole computation); the value is fixed, so the ledger stays immutable.
  Object.defineProperty(ledger, 'credits', {
    enumerable: true,
    get: () => (credits ??= buildCredits(b, res)),
  })
  return Object.freeze(ledger) as HoursLedger
}

function buildCredits(b: Batch, res: EngineResult): readonly RecordCredit[] {
  const { order, volFrom, volByRank, raw, credited, adj } = res
  const out = new Array<RecordCredit>(order.length)
  for (let r = 0; r < volByRank.length; r++) {
    const volunteerId = b.volIds[volByRank[r]!]!
    for (let k = volFrom[r]!; k < volFrom[r + 1]!; k++) {
      const i = order[k]!
      const t = b.team[i]!
      out[k] = Object.freeze({
        recordId: at(b.recs, i).id,
        volunteerId,
        teamId: t < 0 ? null : b.teamIds[t]!,
        rawMinutes: raw[k]!,
        creditedMinutes: credited[k]!,
        adjustments: adjustmentsOf(adj, k),
      })
    }
  }
  return Object.freeze(out)
}

/**
 * Credits volunteer service time (志愿服务时间) by cited rules and accounts for every removed
 * minute. Steps, in this order (each a policy option): duplicates → status → end ≤ start → less
 * than a whole minute → longer than the maximum → in the future of `now` → non-volunteer activity
 * (办法 Art. 19) — these reject; then, per volunteer in time order: overlap merged → breaks →
 * travel → minimum session → session cap → session rounding → split at local midnight → daily
 * cap → day or month rounding. For every volunteer, raw minutes of accepted records = credited
 * + Σ adjustments; every input record is either credited or in `rejected` (or both, when it was
 * accepted and adjusted to zero, with stage `crediting`). Instants are floored to the minute on
 * entry (seconds are dropped).
 * @param records - service records (志愿服务记录): an array or any iterable
 * @param policy - a partial policy; missing fields take {@link DEFAULT_HOURS_POLICY}
 * @param context - `now`, activities and teams (see {@link HoursContext})
 * @returns the frozen ledger, identical for any order of the input
 * @throws TongxinError `HOURS_INVALID_RECORDS`, `HOURS_INVALID_RECORD`, `HOURS_INVALID_POLICY`, `HOURS_INVALID_CONTEXT`
 * @see notes/domain.md §1.3 (办法 Art. 7, 19; travel from the 2012 rules)
 * @example
 * const ledger = creditHours([
 *   { id: 'r1', volunteerId: 'v1', start: '2025-03-08T09:00+08:00', end: '2025-03-08T12:00+08:00', breakMinutes: 30, travelMinutes: 0, status: 'confirmed' },
 * ])
 * ledger.volunteers[0].creditedMinutes //=> 150
 */
export function creditHours(
  records: readonly ServiceRecord[] | Iterable<ServiceRecord>,
  policy?: HoursPolicyInput,
  context?: HoursContext,
): HoursLedger {
  return guard('HOURS_INVALID_RECORDS', () => {
    const p = resolveHoursPolicy(policy)
    const ctx = resolveContext(context)
    const batch = ingest(records, p, ctx)
    const res = runEngine(batch, p)
    return buildLedger(batch, res, p, ctx)
  })
}
