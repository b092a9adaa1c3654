/* eslint-disable @typescript-eslint/no-non-null-assertion -- hot loops index typed arrays within their bounds */
// The frozen ledger, built from the engine's columns. The columns live in scratch buffers that the
// next run reuses, so whatever the ledger reads later (per-record credits, per-volunteer days) is
// copied out here, compactly.
import type { ServiceRecord } from '../../model/types'
import type {
  HoursAdjustments, HoursByUnit, HoursLedger, HoursPolicy, HoursTotals, RecordCredit, RejectedRecord, VolunteerHours,
} from '../types'
import {
  A_BREAKS, A_DAILY_CAP, A_MINIMUM, A_OVERLAP, A_ROUNDING, A_SESSION_CAP, A_TRAVEL, at, codeOf,
  type Batch, type EngineResult, type ResolvedContext,
} from './engine'
import { I32 } from './scratch'
import { dayKey, monthKey } from './time'

const ZERO_ADJ: HoursAdjustments = Object.freeze({
  overlap: 0, breaks: 0, travel: 0, sessionCap: 0, dailyCap: 0, minimumSession: 0, rounding: 0,
})

/**
 * Pieces `[p0, p1)` summed by key → a frozen record with keys in ascending order, zeros dropped.
 * Keys are usually already ascending (time order); otherwise the pieces are sorted first.
 */
function bucketObject(
  keys: Int32Array, mins: Int32Array, p0: number, p1: number, name: (k: number) => string,
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
      for (; p < p1 && keys[p] === k; p++) sum += mins[p]!
      if (sum !== 0) out[name(k)] = sum
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

/** Local days and minutes of a ledger's pieces, grouped by volunteer (copied out of scratch). */
interface DayPieces {
  readonly day: Int32Array
  readonly min: Int32Array
}

/**
 * One volunteer's line: a fixed shape (all lines share one hidden class), with `byDay` an own
 * enumerable accessor that builds the day buckets on first read and keeps them.
 */
class VolunteerLine implements VolunteerHours {
  // One descriptor for every line: an accessor shared by all instances keeps them on one map.
  static readonly #byDayDescriptor: PropertyDescriptor = {
    enumerable: true,
    get(this: VolunteerLine): Readonly<Record<string, number>> {
      return (this.#byDay ??= bucketObject(this.#pieces.day, this.#pieces.min, this.#p0, this.#p1, dayKey))
    },
  }

  readonly volunteerId: string
  readonly rawMinutes: number
  readonly creditedMinutes: number
  readonly adjustments: HoursAdjustments
  readonly byMonth: Readonly<Record<string, number>>
  declare readonly byDay: Readonly<Record<string, number>>
  readonly sessions: number
  readonly firstAt: string | null
  readonly lastAt: string | null
  readonly #pieces: DayPieces
  readonly #p0: number
  readonly #p1: number
  #byDay: Readonly<Record<string, number>> | undefined = undefined

  constructor(
    volunteerId: string, rawMinutes: number, creditedMinutes: number, adjustments: HoursAdjustments,
    byMonth: Readonly<Record<string, number>>, sessions: number, firstAt: string | null, lastAt: string | null,
    pieces: DayPieces, p0: number, p1: number,
  ) {
    this.volunteerId = volunteerId
    this.rawMinutes = rawMinutes
    this.creditedMinutes = creditedMinutes
    this.adjustments = adjustments
    this.byMonth = byMonth
    Object.defineProperty(this, 'byDay', VolunteerLine.#byDayDescriptor)
    this.sessions = sessions
    this.firstAt = firstAt
    this.lastAt = lastAt
    this.#pieces = pieces
    this.#p0 = p0
    this.#p1 = p1
    Object.freeze(this)
  }
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

function byRecordThenCode(a: RejectedRecord, b: RejectedRecord): number {
  return a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0
}

/** Team minutes by (team, month): a dense table when small enough, else a map. */
class TeamMonths {
  private readonly dense: Float64Array | null
  private readonly sparse = new Map<number, number>()
  private readonly span: number
  private readonly m0: number

  constructor(teams: number, m0: number, m1: number) {
    this.m0 = m0
    this.span = Math.max(1, m1 - m0 + 1)
    this.dense = teams * this.span <= 1 << 20 ? new Float64Array(teams * this.span) : null
  }

  add(team: number, month: number, minutes: number): void {
    const key = team * this.span + (month - this.m0)
    if (this.dense !== null) this.dense[key] = this.dense[key]! + minutes
    else this.sparse.set(key, (this.sparse.get(key) ?? 0) + minutes)
  }

  /** Calls `fn` for every non-zero cell. */
  forEach(fn: (team: number, month: number, minutes: number) => void): void {
    const cells: Iterable<[number, number]> = this.dense !== null ? this.dense.entries() : this.sparse.entries()
    for (const [key, v] of cells) if (v !== 0) fn(Math.floor(key / this.span), (key % this.span) + this.m0, v)
  }
}

/** What the lazy `credits` view needs, copied out of scratch. */
interface CreditSource {
  readonly recs: readonly ServiceRecord[]
  readonly volIds: readonly string[]
  readonly teamIds: readonly string[]
  /** Ordered accepted records: batch index, team index, credited minutes. */
  readonly order: Int32Array
  readonly team: Int32Array
  readonly credited: Int32Array
  /** Per volunteer (in line order): [from, to) into `order`. */
  readonly from: Int32Array
  /** Ordered positions with a non-zero adjustment, ascending, and their 7 values each. */
  readonly adjAt: Int32Array
  readonly adjValues: Int32Array
}

function buildCredits(s: CreditSource): readonly RecordCredit[] {
  const out = new Array<RecordCredit>(s.order.length)
  let next = 0
  for (let v = 0; v + 1 < s.from.length; v++) {
    const volunteerId = s.volIds[v]!
    for (let k = s.from[v]!; k < s.from[v + 1]!; k++) {
      let adjustments = ZERO_ADJ
      let removed = 0
      if (next < s.adjAt.length && s.adjAt[next] === k) {
        const q = next++ * 7
        const a = s.adjValues
        adjustments = Object.freeze({
          overlap: a[q + A_OVERLAP]!, breaks: a[q + A_BREAKS]!, travel: a[q + A_TRAVEL]!, sessionCap: a[q + A_SESSION_CAP]!,
          dailyCap: a[q + A_DAILY_CAP]!, minimumSession: a[q + A_MINIMUM]!, rounding: a[q + A_ROUNDING]!,
        })
        for (let j = 0; j < 7; j++) removed += a[q + j]!
      }
      const t = s.team[k]!
      out[k] = Object.freeze({
        recordId: at(s.recs, s.order[k]!).id,
        volunteerId,
        teamId: t < 0 ? null : s.teamIds[t]!,
        rawMinutes: s.credited[k]! + removed,
        creditedMinutes: s.credited[k]!,
        adjustments,
      })
    }
  }
  return Object.freeze(out)
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
  const { order, volFrom, volByRank, raw, credited, adj, zero, pRec, pDay, pMin, pMonth, pFrom, pieces } = res
  const recs = b.recs
  const bEnd = b.end
  const bTeam = b.team
  const [aO, aB, aT, aS, aD, aM, aR] = adj as [
    Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array,
  ]
  const rejected: RejectedRecord[] = []
  for (let i = 0; i < b.n; i++) {
    const c = b.code[i]!
    if (c !== 0) {
      const r = at(recs, i)
      rejected.push(Object.freeze({ recordId: r.id, volunteerId: r.volunteerId, code: codeOf(c), stage: 'validation' }))
    }
  }
  let m0 = Infinity
  let m1 = -Infinity
  for (let p = 0; p < pieces; p++) {
    const m = pMonth[p]!
    if (m < m0) m0 = m
    if (m > m1) m1 = m
  }
  const teamMonths = new TeamMonths(b.teamIds.length, m0, m1)
  const monthTotals = new Float64Array(pieces === 0 ? 0 : m1 - m0 + 1)
  // Copied out of scratch for the lazy views.
  const dayPieces: DayPieces = { day: pDay.slice(), min: pMin.slice() }
  const accepted = order.length
  const keptOrder = order.slice()
  const keptTeam = new Int32Array(accepted)
  const keptFrom = new Int32Array(volByRank.length + 1)
  const sc = b.scratch
  let adjAt = sc.i32(I32.adjustedAt, 1024)
  let adjValues = sc.i32(I32.adjustedValues, 7 * 1024)
  let nAdj = 0
  const lineVolIds: string[] = []
  const volunteers: VolunteerHours[] = []
  let total = 0
  let creditedRecords = 0
  let withMinutes = 0
  const nv = volByRank.length
  for (let r = 0; r < nv; r++) {
    const a = volFrom[r]!
    const z = volFrom[r + 1]!
    if (z === a) continue
    keptFrom[volunteers.length] = a
    const volunteerId = b.volIds[volByRank[r]!] ?? ''
    lineVolIds.push(volunteerId)
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
      const i = order[k]!
      keptTeam[k] = bTeam[i]!
      rawSum += raw[k]!
      credSum += c
      const o = aO[k]!
      const br = aB[k]!
      const tr = aT[k]!
      const cap = aS[k]!
      const dc = aD[k]!
      const mi = aM[k]!
      const ro = aR[k]!
      if ((o | br | tr | cap | dc | mi | ro) !== 0) {
        if (nAdj === adjAt.length) {
          adjAt = sc.i32(I32.adjustedAt, nAdj * 2, false, nAdj)
          adjValues = sc.i32(I32.adjustedValues, nAdj * 14, false, nAdj * 7)
        }
        adjAt[nAdj] = k
        const q = nAdj++ * 7
        adjValues[q] = o
        adjValues[q + 1] = br
        adjValues[q + 2] = tr
        adjValues[q + 3] = cap
        adjValues[q + 4] = dc
        adjValues[q + 5] = mi
        adjValues[q + 6] = ro
        sO += o
        sB += br
        sT += tr
        sS += cap
        sD += dc
        sM += mi
        sR += ro
      }
      if (c > 0) {
        sessions++
        if (first < 0) first = i
        const e = bEnd[i]!
        if (e >= lastEnd) {
          lastEnd = e
          last = i
        }
      } else {
        rejected.push(Object.freeze({ recordId: at(recs, i).id, volunteerId, code: codeOf(zero[k]!), stage: 'crediting' }))
      }
    }
    creditedRecords += sessions
    if (credSum > 0) withMinutes++
    total += credSum
    const p0 = pFrom[r]!
    const p1 = pFrom[r + 1]!
    // Runs of pieces with the same (team, month) are summed before touching the tables.
    let runTeam = -2
    let runMonth = -1
    let runMin = 0
    for (let p = p0; p <= p1; p++) {
      const atEnd = p === p1
      const month = atEnd ? -1 : pMonth[p]!
      const t = atEnd ? -2 : keptTeam[pRec[p]!]!
      if (atEnd || t !== runTeam || month !== runMonth) {
        if (runMin !== 0) {
          monthTotals[runMonth - m0] = monthTotals[runMonth - m0]! + runMin
          if (runTeam >= 0) teamMonths.add(runTeam, runMonth, runMin)
        }
        runTeam = t
        runMonth = month
        runMin = 0
      }
      if (!atEnd) runMin += pMin[p]!
    }
    const adjustments =
      sO === 0 && sB === 0 && sT === 0 && sS === 0 && sD === 0 && sM === 0 && sR === 0
        ? ZERO_ADJ
        : Object.freeze({ overlap: sO, breaks: sB, travel: sT, sessionCap: sS, dailyCap: sD, minimumSession: sM, rounding: sR })
    volunteers.push(
      new VolunteerLine(
        volunteerId, rawSum, credSum, adjustments, bucketObject(pMonth, pMin, p0, p1, monthKey), sessions,
        first < 0 ? null : at(recs, first).start, last < 0 ? null : at(recs, last).end, dayPieces, p0, p1,
      ),
    )
  }
  keptFrom[volunteers.length] = accepted
  rejected.sort(byRecordThenCode)
  const teams = new Map<string, Map<number, number>>()
  const communities = new Map<string, Map<number, number>>()
  const streets = new Map<string, Map<number, number>>()
  teamMonths.forEach((t, month, m) => {
    const teamId = b.teamIds[t] ?? ''
    const info = ctx.teams.get(teamId)
    addUnit(teams, teamId, month, m)
    if (info?.communityId != null) addUnit(communities, info.communityId, month, m)
    if (info?.streetId != null) addUnit(streets, info.streetId, month, m)
  })
  const byMonth: Record<string, number> = {}
  for (let k = 0; k < monthTotals.length; k++) if (monthTotals[k] !== 0) byMonth[monthKey(k + m0)] = monthTotals[k]!
  const totals: HoursTotals = Object.freeze({
    minutes: total,
    byMonth: Object.freeze(byMonth),
    byTeam: unitLines(teams),
    byCommunity: unitLines(communities),
    byStreet: unitLines(streets),
    volunteers: withMinutes,
    creditedRecords,
    inputRecords: b.n,
  })
  const source: CreditSource = {
    // The caller's array is copied (the references only): the ledger must not change if it does.
    recs: b.ownsRecords ? recs : recs.slice(0, b.n),
    volIds: lineVolIds,
    teamIds: b.teamIds.slice(),
    order: keptOrder,
    team: keptTeam,
    credited: credited.slice(),
    from: keptFrom.subarray(0, volunteers.length + 1),
    adjAt: adjAt.slice(0, nAdj),
    adjValues: adjValues.slice(0, nAdj * 7),
  }
  return freezeLedger({ volunteers: Object.freeze(volunteers), rejected: Object.freeze(rejected), totals, policy }, source)
}

/**
 * Adds the lazy `credits` and freezes. Per-record credits are materialised on first read (a
 * million frozen objects otherwise cost more than the whole computation); the value is fixed, so
 * the ledger stays immutable. (A function of its own: a getter made inside `buildLedger` would
 * share its closure context and keep the batch, and with it the working buffers, alive.)
 */
function freezeLedger(ledger: Omit<HoursLedger, 'credits'>, source: CreditSource): HoursLedger {
  let credits: readonly RecordCredit[] | undefined
  Object.defineProperty(ledger, 'credits', {
    enumerable: true,
    get: () => (credits ??= buildCredits(source)),
  })
  return Object.freeze(ledger) as HoursLedger
}
