/* eslint-disable @typescript-eslint/no-non-null-assertion -- hot loops index typed arrays within their bounds */
// The frozen ledger, built from the engine's columns. The columns live in scratch buffers that the
// next run reuses, so whatever the ledger reads later (per-record credits, per-volunteer days) is
// copied out here, compactly.
import type {
  HoursAdjustments, HoursByUnit, HoursLedger, HoursPolicy, HoursTotals, RecordCredit, RejectedRecord, VolunteerHours,
} from '../types'
import {
  A_BREAKS, A_DAILY_CAP, A_MINIMUM, A_OVERLAP, A_ROUNDING, A_SESSION_CAP, A_TRAVEL, at, codeOf,
  type Batch, type EngineResult, type ResolvedContext,
} from './engine'
import { I32 } from './scratch'
import { dayKey, monthKey, monthOfDay } from './time'

const ZERO_ADJ: HoursAdjustments = Object.freeze({
  overlap: 0, breaks: 0, travel: 0, sessionCap: 0, dailyCap: 0, minimumSession: 0, rounding: 0,
})

/**
 * Frozen adjustment objects of one ledger, shared by equal values: adjustments are sums of a few
 * kinds of minutes, so 100,000 volunteers have a few thousand distinct ones (8,156 in the
 * benchmark), and each object not made is an allocation, a freeze and a copy by the scavenger
 * saved. A direct-mapped cache: a slot holds the last object of its hash.
 */
class AdjustmentsCache {
  private readonly slots = new Array<HoursAdjustments | undefined>(1 << 12)

  /** The frozen adjustments with these values (one object per distinct values, mostly). */
  of(o: number, b: number, t: number, s: number, d: number, m: number, r: number): HoursAdjustments {
    if (o === 0 && b === 0 && t === 0 && s === 0 && d === 0 && m === 0 && r === 0) return ZERO_ADJ
    const h = Math.imul(o, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca6b) ^ Math.imul(t + 2, 0xc2b2ae35) ^ Math.imul(s + 3, 0x27d4eb2f) ^
      Math.imul(d + 4, 0x165667b1) ^ Math.imul(m + 5, 0x61c88647) ^ Math.imul(r + 6, 0x7feb352d)
    const slot = (h ^ (h >>> 15)) & ((1 << 12) - 1)
    const c = this.slots[slot]
    if (
      c?.overlap === o && c.breaks === b && c.travel === t && c.sessionCap === s && c.dailyCap === d && c.minimumSession === m &&
      c.rounding === r
    ) return c
    const made = Object.freeze({ overlap: o, breaks: b, travel: t, sessionCap: s, dailyCap: d, minimumSession: m, rounding: r })
    this.slots[slot] = made
    return made
  }
}

/**
 * A column of integers kept by a ledger, in the narrowest typed array that holds its range (most
 * do in 16 bits: day numbers until 2149, month numbers, minutes of a session). A ledger's columns
 * live outside the JS heap, and V8 starts a full collection whenever such memory grows by 64 MB:
 * halving them halves how often holding ledgers costs one.
 */
type Column = Uint16Array | Int16Array | Int32Array

/**
 * Copies `src[0, n)`, whose values lie in `[lo, hi]`, into the narrowest column (a native copy).
 * @param src - the values
 * @param n - how many
 * @param lo - a lower bound of the values
 * @param hi - an upper bound of the values
 * @returns the column
 */
function narrow(src: Int32Array, n: number, lo: number, hi: number): Column {
  const out = lo >= 0 && hi <= 0xffff ? new Uint16Array(n) : lo >= -0x8000 && hi <= 0x7fff ? new Int16Array(n) : new Int32Array(n)
  out.set(src.subarray(0, n))
  return out
}

/**
 * Pieces `[p0, p1)` summed by key → a frozen record with keys in ascending order, zeros dropped.
 * Keys are usually already ascending (time order); otherwise the pieces are sorted first.
 */
function bucketObject(
  keys: Column, mins: Column, p0: number, p1: number, name: (k: number) => string,
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

const EMPTY = new Uint16Array(0)

/** Keyed minutes grouped by volunteer line, copied out of scratch: line `v` owns `[from[v], from[v + 1])`. */
interface Cells {
  key: Column
  min: Column
  readonly from: Int32Array
}

/** What the lines of one ledger share: their month cells and day pieces, and the objects made of them so far. */
interface LineSource {
  readonly months: Cells
  readonly days: Cells
  byMonth: (Readonly<Record<string, number>> | undefined)[] | undefined
  byDay: (Readonly<Record<string, number>> | undefined)[] | undefined
}

/** A line's month or day object, made on first read and kept. */
function bucketsOf(s: LineSource, which: 'byMonth' | 'byDay', line: number): Readonly<Record<string, number>> {
  const c = which === 'byMonth' ? s.months : s.days
  const made = (s[which] ??= new Array<Readonly<Record<string, number>> | undefined>(c.from.length - 1))
  return (made[line] ??= bucketObject(c.key, c.min, c.from[line]!, c.from[line + 1]!, which === 'byMonth' ? monthKey : dayKey))
}

/**
 * One volunteer's line: a fixed shape (all lines share one hidden class). `byMonth` and `byDay`
 * are own enumerable accessors that turn the line's month cells (summed when the ledger is built)
 * and day pieces into frozen objects on first read and keep them: 100,000 month objects cost a
 * third of the whole computation, and most readers open a few lines.
 */
class VolunteerLine implements VolunteerHours {
  // One descriptor each for every line: accessors shared by all instances keep them on one map.
  static readonly #byMonthDescriptor: PropertyDescriptor = {
    enumerable: true,
    get(this: VolunteerLine): Readonly<Record<string, number>> {
      return bucketsOf(this.#source, 'byMonth', this.#line)
    },
  }

  static readonly #byDayDescriptor: PropertyDescriptor = {
    enumerable: true,
    get(this: VolunteerLine): Readonly<Record<string, number>> {
      return bucketsOf(this.#source, 'byDay', this.#line)
    },
  }

  // Declared, not defined as class fields: the constructor creates the properties in the order
  // of the contract, accessors included.
  declare readonly volunteerId: string
  declare readonly rawMinutes: number
  declare readonly creditedMinutes: number
  declare readonly adjustments: HoursAdjustments
  declare readonly byMonth: Readonly<Record<string, number>>
  declare readonly sessions: number
  declare readonly firstAt: string | null
  declare readonly lastAt: string | null
  declare readonly byDay: Readonly<Record<string, number>>
  readonly #source: LineSource
  readonly #line: number

  constructor(
    volunteerId: string, rawMinutes: number, creditedMinutes: number, adjustments: HoursAdjustments, sessions: number,
    firstAt: string | null, lastAt: string | null, source: LineSource, line: number,
  ) {
    this.#source = source
    this.#line = line
    this.volunteerId = volunteerId
    this.rawMinutes = rawMinutes
    this.creditedMinutes = creditedMinutes
    this.adjustments = adjustments
    Object.defineProperty(this, 'byMonth', VolunteerLine.#byMonthDescriptor)
    this.sessions = sessions
    this.firstAt = firstAt
    this.lastAt = lastAt
    Object.defineProperty(this, 'byDay', VolunteerLine.#byDayDescriptor)
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
    const visit = (key: number, v: number): void => {
      if (v !== 0) fn(Math.floor(key / this.span), (key % this.span) + this.m0, v)
    }
    if (this.dense !== null) for (let key = 0; key < this.dense.length; key++) visit(key, this.dense[key]!)
    else for (const [key, v] of this.sparse) visit(key, v)
  }
}

/** What the lazy `credits` view needs, copied out of scratch. */
interface CreditSource {
  /** The ledger's lines (their volunteer ids). */
  readonly lines: readonly VolunteerHours[]
  readonly teamIds: readonly string[]
  /**
   * Ordered accepted records: record id and credited minutes. The ids were read once, with the
   * record: the ledger keeps no input record alive and no later change to one reaches it.
   */
  readonly ids: readonly string[]
  readonly credited: Column
  /** Team index (−1: none) of the ordered records, run-length coded: a run starts at each `teamAt`. */
  readonly teamAt: Int32Array
  readonly teamOf: Column
  /** Per volunteer (in line order): [from, to) into the ordered records. */
  readonly from: Int32Array
  /**
   * The non-zero adjustments of the ordered records, by ascending position: the position, and
   * `value × 8 + kind` (kind: an `A_…` index). Most records have none, most others one.
   */
  readonly adjAt: Int32Array
  readonly adjValue: Column
}

function buildCredits(s: CreditSource): readonly RecordCredit[] {
  const out = new Array<RecordCredit>(s.ids.length)
  const cache = new AdjustmentsCache()
  const { adjAt, adjValue, teamAt, teamOf } = s
  const a = new Int32Array(7)
  let next = 0
  let run = -1
  let t = -1
  for (let v = 0; v + 1 < s.from.length; v++) {
    const volunteerId = s.lines[v]!.volunteerId
    for (let k = s.from[v]!; k < s.from[v + 1]!; k++) {
      let adjustments = ZERO_ADJ
      let removed = 0
      if (next < adjAt.length && adjAt[next] === k) {
        a.fill(0)
        for (; next < adjAt.length && adjAt[next] === k; next++) {
          const x = adjValue[next]!
          a[x & 7] = x >> 3
          removed += x >> 3
        }
        adjustments = cache.of(
          a[A_OVERLAP]!, a[A_BREAKS]!, a[A_TRAVEL]!, a[A_SESSION_CAP]!, a[A_DAILY_CAP]!, a[A_MINIMUM]!, a[A_ROUNDING]!,
        )
      }
      while (run + 1 < teamAt.length && teamAt[run + 1]! <= k) t = teamOf[++run]!
      const credited = s.credited[k]!
      out[k] = Object.freeze({
        recordId: at(s.ids, k),
        volunteerId,
        teamId: t < 0 ? null : s.teamIds[t]!,
        rawMinutes: credited + removed,
        creditedMinutes: credited,
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
  const { order, volFrom, volByRank, team, raw, credited, adj, adjusted, zero, pRec, pDay, pMin, pMonth, pFrom, pieces } = res
  const { idText, startText, endText } = b
  const bEnd = b.end
  // Rejections are kept as ids and codes; the entries are made on first read.
  const invalid = b.scratch.i32(I32.invalidAt, b.n)
  let nInvalid = 0
  const code = b.code
  for (let i = 0; i < b.n; i++) if (code[i] !== 0) invalid[nInvalid++] = i
  const invalidIds = new Array<string>(nInvalid)
  const invalidVolunteers = new Array<string>(nInvalid)
  const invalidCode = new Uint8Array(nInvalid)
  for (let j = 0; j < nInvalid; j++) {
    const i = invalid[j]!
    invalidIds[j] = at(idText, i)
    invalidVolunteers[j] = at(b.volIds, b.vol[i]!)
    invalidCode[j] = code[i]!
  }
  let zeroAt = b.scratch.i32(I32.zeroAt, 1024)
  let nZero = 0
  // Months of the batch's range (pieces lie within it: local days are within 25 h of UTC ones).
  const m0 = pieces === 0 ? 0 : monthOfDay(Math.floor((b.minMin - 1500) / 1440))
  const m1 = pieces === 0 ? 0 : monthOfDay(Math.floor((b.maxMin + 1500) / 1440))
  const teamMonths = new TeamMonths(b.teamIds.length, m0, m1)
  const monthTotals = new Float64Array(pieces === 0 ? 0 : m1 - m0 + 1)
  // Each line's month cells: its pieces summed by month, in time order (a month may recur when
  // overlapping sessions are counted twice; the lazy object sums it again).
  const cellMonth = b.scratch.i32(I32.cellMonth, pieces)
  const cellMin = b.scratch.i32(I32.cellMinutes, pieces)
  const cellFrom = new Int32Array(volByRank.length + 1)
  const dayFrom = new Int32Array(volByRank.length + 1)
  let cells = 0
  // Filled in once every line is built (the lines only keep references).
  const months: Cells = { key: EMPTY, min: EMPTY, from: cellFrom }
  const days: Cells = { key: EMPTY, min: EMPTY, from: dayFrom }
  const lineSource: LineSource = { months, days, byMonth: undefined, byDay: undefined }
  // Bounds of the kept columns, for their narrowest types.
  let cellMax = 0
  let pieceMax = 0
  let creditedMax = 0
  const accepted = order.length
  const ids = new Array<string>(accepted)
  const keptFrom = new Int32Array(volByRank.length + 1)
  const sc = b.scratch
  let adjAt = sc.i32(I32.adjustmentAt, 1024)
  let adjValue = sc.i32(I32.adjustmentValue, 1024)
  let nAdj = 0
  let teamAt = sc.i32(I32.teamRunAt, 1024)
  let teamOf = sc.i32(I32.teamRunTeam, 1024)
  let teamRuns = 0
  let runTeamOf = -2
  const adjustmentsCache = new AdjustmentsCache()
  const volunteers = new Array<VolunteerHours>(volByRank.length)
  let lines = 0
  let total = 0
  let creditedRecords = 0
  let withMinutes = 0
  const nv = volByRank.length
  for (let r = 0; r < nv; r++) {
    const a = volFrom[r]!
    const z = volFrom[r + 1]!
    if (z === a) continue
    keptFrom[lines] = a
    cellFrom[lines] = cells
    dayFrom[lines] = pFrom[r]!
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
      if (c > creditedMax) creditedMax = c
      const i = order[k]!
      ids[k] = at(idText, i)
      rawSum += raw[k]!
      credSum += c
      const t = team[k]!
      if (t !== runTeamOf) {
        if (teamRuns === teamAt.length) {
          teamAt = sc.i32(I32.teamRunAt, teamRuns * 2, false, teamRuns)
          teamOf = sc.i32(I32.teamRunTeam, teamRuns * 2, false, teamRuns)
        }
        teamAt[teamRuns] = k
        teamOf[teamRuns++] = t
        runTeamOf = t
      }
      if (adjusted[k] !== 0) {
        const q = k * 7
        const o = adj[q + A_OVERLAP]!
        const br = adj[q + A_BREAKS]!
        const tr = adj[q + A_TRAVEL]!
        const cap = adj[q + A_SESSION_CAP]!
        const dc = adj[q + A_DAILY_CAP]!
        const mi = adj[q + A_MINIMUM]!
        const ro = adj[q + A_ROUNDING]!
        if (nAdj + 7 > adjAt.length) {
          adjAt = sc.i32(I32.adjustmentAt, nAdj * 2 + 7, false, nAdj)
          adjValue = sc.i32(I32.adjustmentValue, nAdj * 2 + 7, false, nAdj)
        }
        for (let j = 0; j < 7; j++) {
          const x = adj[q + j]!
          if (x !== 0) {
            adjAt[nAdj] = k
            adjValue[nAdj++] = x * 8 + j
          }
        }
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
        if (nZero === zeroAt.length) zeroAt = sc.i32(I32.zeroAt, nZero * 2, false, nZero)
        zeroAt[nZero++] = k
      }
    }
    creditedRecords += sessions
    if (credSum > 0) withMinutes++
    total += credSum
    const p0 = pFrom[r]!
    const p1 = pFrom[r + 1]!
    // Runs of pieces with the same (team, month) are summed before touching the tables; runs of
    // the same month make the line's month cells.
    let runTeam = -2
    let runMonth = -1
    let runMin = 0
    let cellKey = -1
    let cellSum = 0
    for (let p = p0; p <= p1; p++) {
      const atEnd = p === p1
      const month = atEnd ? -1 : pMonth[p]!
      const t = atEnd ? -2 : team[pRec[p]!]!
      if (atEnd || t !== runTeam || month !== runMonth) {
        if (runMin !== 0) {
          monthTotals[runMonth - m0] = monthTotals[runMonth - m0]! + runMin
          if (runTeam >= 0) teamMonths.add(runTeam, runMonth, runMin)
        }
        if (month !== cellKey) {
          if (cellSum !== 0) {
            cellMonth[cells] = cellKey
            cellMin[cells++] = cellSum
            if (cellSum > cellMax) cellMax = cellSum
          }
          cellKey = month
          cellSum = 0
        }
        runTeam = t
        runMonth = month
        runMin = 0
      }
      if (!atEnd) {
        const m = pMin[p]!
        runMin += m
        cellSum += m
        if (m > pieceMax) pieceMax = m
      }
    }
    const adjustments = adjustmentsCache.of(sO, sB, sT, sS, sD, sM, sR)
    volunteers[lines] = new VolunteerLine(
      volunteerId, rawSum, credSum, adjustments, sessions, first < 0 ? null : at(startText, first),
      last < 0 ? null : at(endText, last), lineSource, lines,
    )
    lines++
  }
  volunteers.length = lines
  keptFrom[lines] = accepted
  cellFrom[lines] = cells
  dayFrom[lines] = pieces
  // Month numbers (year × 12 + month − 1) and local day numbers of the batch's range.
  months.key = narrow(cellMonth, cells, m0, m1)
  months.min = narrow(cellMin, cells, 0, cellMax)
  days.key = narrow(pDay, pieces, Math.floor((b.minMin - 1500) / 1440), Math.floor((b.maxMin + 1500) / 1440))
  days.min = narrow(pMin, pieces, 0, pieceMax)
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
  const zeroKept = zeroAt.slice(0, nZero)
  const zeroCode = new Uint8Array(nZero)
  for (let j = 0; j < nZero; j++) zeroCode[j] = zero[zeroKept[j]!]!
  const source: CreditSource = {
    lines: volunteers,
    teamIds: b.teamIds.slice(),
    ids,
    teamAt: teamAt.slice(0, teamRuns),
    teamOf: narrow(teamOf, teamRuns, -1, b.teamIds.length - 1),
    credited: narrow(credited, accepted, 0, creditedMax),
    from: keptFrom.subarray(0, lines + 1),
    adjAt: adjAt.slice(0, nAdj),
    // No adjustment of a record exceeds its raw minutes (≤ the policy's maximum session); only
    // rounding up gives a negative one: less than the unit for each day (or month) it touches.
    adjValue: narrow(
      adjValue, nAdj, (1 - policy.rounding.unit) * (Math.ceil(policy.maxSessionMinutes / 1440) + 1) * 8, policy.maxSessionMinutes * 8 + 7,
    ),
  }
  return freezeLedger(Object.freeze(volunteers), totals, policy, source, {
    invalidIds, invalidVolunteers, invalidCode, zeroAt: zeroKept, zeroCode,
  })
}

/** What the lazy `rejected` view needs besides the credit source. */
interface RejectionSource {
  /** Records rejected before crediting: their ids, volunteer ids and codes. */
  readonly invalidIds: readonly string[]
  readonly invalidVolunteers: readonly string[]
  readonly invalidCode: Uint8Array
  /** Ordered positions of accepted records that earned nothing, and their codes. */
  readonly zeroAt: Int32Array
  readonly zeroCode: Uint8Array
}

function buildRejected(s: CreditSource, z: RejectionSource): readonly RejectedRecord[] {
  const out: RejectedRecord[] = []
  for (let j = 0; j < z.invalidIds.length; j++) {
    out.push(Object.freeze({
      recordId: at(z.invalidIds, j), volunteerId: at(z.invalidVolunteers, j), code: codeOf(z.invalidCode[j]!), stage: 'validation',
    }))
  }
  let line = 0
  for (let j = 0; j < z.zeroAt.length; j++) {
    const k = z.zeroAt[j]!
    while (s.from[line + 1]! <= k) line++
    const recordId = at(s.ids, k)
    out.push(Object.freeze({ recordId, volunteerId: s.lines[line]!.volunteerId, code: codeOf(z.zeroCode[j]!), stage: 'crediting' }))
  }
  return Object.freeze(out.sort(byRecordThenCode))
}

/**
 * Assembles and freezes the ledger. `rejected` and `credits` are per-record lists, materialised
 * on first read (a million frozen objects cost more than the whole computation); their values
 * are fixed, so the ledger stays immutable. (A function of its own: a getter made inside
 * `buildLedger` would share its closure context and keep the batch, and with it the working
 * buffers, alive.)
 */
function freezeLedger(
  volunteers: readonly VolunteerHours[], totals: HoursTotals, policy: HoursPolicy, source: CreditSource, rejections: RejectionSource,
): HoursLedger {
  let rejected: readonly RejectedRecord[] | undefined
  let credits: readonly RecordCredit[] | undefined
  // Properties in the contract's order: volunteers, rejected, totals, policy, credits.
  const ledger = { volunteers }
  Object.defineProperty(ledger, 'rejected', { enumerable: true, get: () => (rejected ??= buildRejected(source, rejections)) })
  Object.assign(ledger, { totals, policy })
  Object.defineProperty(ledger, 'credits', { enumerable: true, get: () => (credits ??= buildCredits(source)) })
  return Object.freeze(ledger) as HoursLedger
}
