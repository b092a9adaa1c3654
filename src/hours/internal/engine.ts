/* eslint-disable @typescript-eslint/no-non-null-assertion -- hot loops index typed arrays within their bounds */
// The crediting engine: ingest (validate, parse, reject), sort once, then one linear pass per
// volunteer over typed arrays. Shared by creditHours (ledger) and the stream (summaries).
import { TongxinError } from '../../errors/TongxinError'
import type { ServiceRecord } from '../../model/types'
import type { HoursContext, HoursPolicy, HoursRejectionCode } from '../types'
import { F64, I32, STR, U8, type Scratch } from './scratch'
import { monthOfDay, parseInstantInto, parseInstantMs, zoneTable } from './time'

/** Rejection codes by index (0 = accepted). */
export const CODES_BY_INDEX: readonly (HoursRejectionCode | null)[] = [
  null,
  'HOURS_DUPLICATE',
  'HOURS_CONFLICTING_DUPLICATE',
  'HOURS_STATUS_NOT_COUNTED',
  'HOURS_END_NOT_AFTER_START',
  'HOURS_LESS_THAN_A_MINUTE',
  'HOURS_TOO_LONG',
  'HOURS_IN_FUTURE',
  'HOURS_NOT_VOLUNTEER_SERVICE',
  'HOURS_FULLY_OVERLAPPED',
  'HOURS_NOTHING_AFTER_DEDUCTIONS',
  'HOURS_BELOW_MINIMUM_SESSION',
  'HOURS_CAPPED_TO_ZERO',
  'HOURS_ROUNDED_TO_ZERO',
]
const C_DUP = 1
const C_CONFLICT = 2
const C_STATUS = 3
const C_END = 4
const C_MINUTE = 5
const C_LONG = 6
const C_FUTURE = 7
const C_NOT_VOL = 8
const C_OVERLAP = 9
const C_DEDUCT = 10
const C_MIN = 11
const C_CAP = 12
const C_ROUND = 13

/** Resolved context: lookups by id. */
export interface ResolvedContext {
  /** `now` in epoch ms, or NaN. */
  readonly nowMs: number
  /** Activity id → [teamId, isVolunteerService]. */
  readonly activities: ReadonlyMap<string, { readonly teamId: string | null; readonly volunteer: boolean }>
  /** Team id → [streetId, communityId]. */
  readonly teams: ReadonlyMap<string, { readonly streetId: string | null; readonly communityId: string | null }>
}

function ctxError(field: string, reason: string): TongxinError {
  return new TongxinError('HOURS_INVALID_CONTEXT', { field, reason })
}

function optString(v: unknown): string | null {
  return typeof v === 'string' && v.length > 0 ? v : null
}

/**
 * Validates and indexes the context.
 * @param context - the caller's context
 * @returns lookups
 */
export function resolveContext(context: HoursContext | undefined): ResolvedContext {
  const ctx: unknown = context
  if (ctx === undefined) return { nowMs: NaN, activities: new Map(), teams: new Map() }
  if (typeof ctx !== 'object' || ctx === null || Array.isArray(ctx)) throw ctxError('context', 'an object')
  const c = ctx as Record<string, unknown>
  let nowMs = NaN
  const now = Object.prototype.hasOwnProperty.call(c, 'now') ? c.now : undefined
  if (typeof now === 'string') {
    nowMs = parseInstantMs(now)
    if (Number.isNaN(nowMs)) throw ctxError('now', 'an ISO 8601 instant with offset')
  } else if (typeof now === 'number') {
    if (!Number.isFinite(now)) throw ctxError('now', 'finite epoch milliseconds')
    nowMs = now
  } else if (now !== undefined) throw ctxError('now', 'an instant')
  const activities = new Map<string, { teamId: string | null; volunteer: boolean }>()
  const acts = Object.prototype.hasOwnProperty.call(c, 'activities') ? c.activities : undefined
  if (acts !== undefined) {
    if (!Array.isArray(acts)) throw ctxError('activities', 'an array')
    for (const a of acts as unknown[]) {
      if (typeof a !== 'object' || a === null) throw ctxError('activities', 'objects with an id')
      const r = a as Record<string, unknown>
      const id = optString(r.id)
      if (id === null) throw ctxError('activities', 'objects with an id')
      activities.set(id, { teamId: optString(r.teamId), volunteer: r.isVolunteerService !== false })
    }
  }
  const teams = new Map<string, { streetId: string | null; communityId: string | null }>()
  const ts = Object.prototype.hasOwnProperty.call(c, 'teams') ? c.teams : undefined
  if (ts !== undefined) {
    if (!Array.isArray(ts)) throw ctxError('teams', 'an array')
    for (const t of ts as unknown[]) {
      if (typeof t !== 'object' || t === null) throw ctxError('teams', 'objects with an id')
      const r = t as Record<string, unknown>
      const id = optString(r.id)
      if (id === null) throw ctxError('teams', 'objects with an id')
      teams.set(id, { streetId: optString(r.streetId), communityId: optString(r.communityId) })
    }
  }
  return { nowMs, activities, teams }
}

function recordError(index: number, field: string): TongxinError {
  return new TongxinError('HOURS_INVALID_RECORD', { index, field })
}

function minutesOf(v: unknown, index: number, field: string): number {
  if (v === undefined) return 0
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 100_000) throw recordError(index, field)
  return v
}

function orZero(v: unknown): unknown {
  return v === undefined ? 0 : v
}

/**
 * The element at `i` of a list the caller knows is in range.
 * @param list - the list
 * @param i - an index in range
 * @returns the element
 */
export function at<T>(list: readonly T[], i: number): T {
  return list[i] as T
}

/**
 * The rejection code of an index (non-zero).
 * @param c - the code index
 * @returns the code
 */
export function codeOf(c: number): HoursRejectionCode {
  return CODES_BY_INDEX[c] ?? 'HOURS_DUPLICATE'
}

/**
 * Checks the fields `creditHours` reads besides the times: id, minutes, status, team, activity,
 * recorder (the stream checks a record as it arrives, with its input index).
 * @param r - the record
 * @param index - its position in the input
 * @throws TongxinError `HOURS_INVALID_RECORD`
 */
export function checkRecordFields(r: ServiceRecord, index: number): void {
  const id = r.id as unknown
  if (typeof id !== 'string' || id.length === 0) throw recordError(index, 'id')
  minutesOf(r.breakMinutes, index, 'breakMinutes')
  minutesOf(r.travelMinutes, index, 'travelMinutes')
  const status = r.status as unknown
  if (status !== 'confirmed' && status !== 'pending' && status !== 'rejected' && status !== 'void') throw recordError(index, 'status')
  checkOptionalFields(r, index)
}

function checkOptionalFields(r: ServiceRecord, index: number): void {
  const teamId = r.teamId as unknown
  const activityId = r.activityId as unknown
  if (teamId !== undefined && (typeof teamId !== 'string' || teamId.length === 0)) throw recordError(index, 'teamId')
  if (activityId !== undefined && (typeof activityId !== 'string' || activityId.length === 0)) throw recordError(index, 'activityId')
  if (r.recordedBy !== undefined && typeof r.recordedBy !== 'string') throw recordError(index, 'recordedBy')
  if (r.recordedAt !== undefined && typeof r.recordedAt !== 'string') throw recordError(index, 'recordedAt')
}

function sameRecord(a: ServiceRecord, b: ServiceRecord): boolean {
  return (
    a.volunteerId === b.volunteerId &&
    a.teamId === b.teamId &&
    a.activityId === b.activityId &&
    a.start === b.start &&
    a.end === b.end &&
    orZero(a.breakMinutes) === orZero(b.breakMinutes) &&
    orZero(a.travelMinutes) === orZero(b.travelMinutes) &&
    a.status === b.status &&
    a.recordedBy === b.recordedBy &&
    a.recordedAt === b.recordedAt
  )
}

/**
 * FNV-1a of a string mixed with a scope number, written into `out[at]` (an int32 outside the small
 * integer range, returned from a call, would be boxed on the heap).
 */
function hashIdInto(s: string, scope: number, out: Int32Array, at: number): void {
  let h = 0x811c9dc5 ^ scope
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619)
  out[at] = h
}

/**
 * Indices `[0, n)` sorted by `hash` with a stable three-pass radix sort (equal hashes keep index
 * order), in scratch buffers.
 * @returns the sorted hashes and the indices
 */
function sortByHash(hash: Int32Array, n: number, sc: Scratch): { keys: Int32Array; idx: Int32Array } {
  let keys = sc.i32(I32.sortKeys, n)
  let idx = sc.i32(I32.sortIndex, n)
  let keys2 = sc.i32(I32.sortKeys2, n)
  let idx2 = sc.i32(I32.sortIndex2, n)
  keys.set(hash.subarray(0, n))
  for (let i = 0; i < n; i++) idx[i] = i
  const count = new Int32Array((1 << 11) + 1)
  for (const [shift, bits] of [[0, 11], [11, 11], [22, 10]] as const) {
    const mask = (1 << bits) - 1
    count.fill(0)
    for (let j = 0; j < n; j++) {
      const d = ((keys[j]! >>> shift) & mask) + 1
      count[d] = count[d]! + 1
    }
    for (let d = 0; d < mask + 1; d++) count[d + 1] = count[d + 1]! + count[d]!
    for (let j = 0; j < n; j++) {
      const k = keys[j]!
      const d = (k >>> shift) & mask
      const at = count[d]!
      count[d] = at + 1
      keys2[at] = k
      idx2[at] = idx[j]!
    }
    ;[keys, keys2] = [keys2, keys]
    ;[idx, idx2] = [idx2, idx]
  }
  return { keys, idx }
}

const EMPTY_I32 = new Int32Array(0)

/**
 * Runs of consecutive records with one id (a volunteer's, a team's). Inputs usually list them
 * together, so each run gets a number as it is read, and `resolve` then finds the runs of one id
 * by sorting the runs' hashes, instead of a Map lookup (a cache miss each) per run.
 */
class Runs {
  private ids: string[]
  private hash: Int32Array
  private count = 0
  private lastId = ''
  private last = -1

  /**
   * @param sc - where the lists live
   * @param idSlot - the string-list slot for the ids
   * @param hashSlot - the Int32 slot for their hashes
   * @param firstSlot - the Int32 slot for each run's first run of its id
   */
  constructor(
    private readonly sc: Scratch,
    private readonly idSlot: number,
    private readonly hashSlot: number,
    private readonly firstSlot: number,
  ) {
    this.ids = sc.strings(idSlot, 1024)
    this.hash = sc.i32(hashSlot, 1024)
  }

  /**
   * The run of a record with this id (never empty): a new run when it differs from the previous
   * record's.
   * @param id - the id
   * @returns the run number
   */
  of(id: string): number {
    if (id === this.lastId) return this.last
    const run = this.count++
    if (run === this.hash.length) this.hash = this.sc.i32(this.hashSlot, run * 2, false, run)
    if (run === this.ids.length) this.ids = this.sc.strings(this.idSlot, run * 2)
    this.ids[run] = id
    hashIdInto(id, 0, this.hash, run)
    this.lastId = id
    this.last = run
    return run
  }

  /**
   * Gives each distinct id one index, in order of first appearance; only runs with equal hashes
   * are compared.
   * @returns the distinct ids, and the index of each run's id
   */
  resolve(): { distinct: string[]; indexOf: Int32Array } {
    const runs = this.count
    const ids = this.ids
    const { keys, idx } = sortByHash(this.hash, runs, this.sc)
    // The first run of each id (the sort is stable, so the earliest run of a hash group comes first).
    const firstRun = this.sc.i32(this.firstSlot, runs)
    for (let j = 0; j < runs; ) {
      let e = j + 1
      while (e < runs && keys[e] === keys[j]) e++
      if (e - j === 1) firstRun[idx[j]!] = idx[j]!
      else {
        const seen = new Map<string, number>()
        for (let q = j; q < e; q++) {
          const run = idx[q]!
          const id = at(ids, run)
          const first = seen.get(id)
          if (first === undefined) seen.set(id, run)
          firstRun[run] = first ?? run
        }
      }
      j = e
    }
    const indexOf = firstRun // rewritten in place: firstRun[run] ≤ run, so it is already resolved
    const distinct = new Array<string>(runs)
    let count = 0
    for (let run = 0; run < runs; run++) {
      const first = firstRun[run]!
      if (first === run) {
        indexOf[run] = count
        distinct[count++] = at(ids, run)
      } else indexOf[run] = indexOf[first]!
    }
    distinct.length = count
    return { distinct, indexOf }
  }
}

/** Start and end of the record being added: epoch minute, then milliseconds past it (unboxed: see parseInstantInto). */
const PARSED = new Float64Array(4)

/** Columns of validated records, in scratch buffers: valid until the scratch set is reused. */
export class Batch {
  /** Number of records. */
  n = 0
  /** The records, by batch index (the caller's array when the input was one: read, never written). */
  readonly recs: ServiceRecord[]
  /** Start, epoch minutes (seconds floored). */
  start: Float64Array
  /** End, epoch minutes (seconds floored). */
  end: Float64Array
  /** Break minutes. */
  brk: Int32Array
  /** Travel minutes. */
  trv: Int32Array
  /** Rejection code index, 0 = accepted. */
  code: Uint8Array
  /** Volunteer index (a run index until `settle` resolves runs to volunteers). */
  vol: Int32Array
  /** Team index or −1. */
  team: Int32Array
  /** Record ids by batch index (what the ledger's views show, read without going back to the records). */
  idText: string[]
  /** Start and end texts by batch index (what `firstAt` and `lastAt` show). */
  startText: string[]
  /** End texts. */
  endText: string[]
  /** Volunteer ids by index. */
  volIds: string[] = []
  /** Team ids by index. */
  teamIds: string[] = []
  /** The scratch set holding the columns. */
  readonly scratch: Scratch
  /** Runs of consecutive records of one volunteer, and of one team. */
  private readonly volunteerRuns: Runs
  private readonly teamRuns: Runs
  /** Hash of each record's (scope, id). */
  private hash: Int32Array
  /** Duplicate scope of each record (the stream's segment); kept only once a scope other than 0 arrives. */
  private scope: Int32Array
  private scoped = false
  /** Whether `recs` is the batch's own array (else the caller's). */
  readonly ownsRecords: boolean
  /** Earliest and latest minute of accepted-looking records. */
  minMin = Infinity
  /** Latest minute. */
  maxMin = -Infinity
  private readonly counted: ReadonlySet<string>
  private readonly countConfirmed: boolean
  private readonly policy: HoursPolicy
  private readonly ctx: ResolvedContext

  /**
   * @param policy - the complete policy
   * @param ctx - the resolved context
   * @param scratch - where the columns live
   * @param capacity - expected number of records
   * @param records - the input array, when the input is one (then `add` must be called for its
   *   elements in order, from index 0)
   */
  constructor(policy: HoursPolicy, ctx: ResolvedContext, scratch: Scratch, capacity = 1024, records?: readonly ServiceRecord[]) {
    const cap = Math.max(16, Math.min(capacity, 1 << 26))
    this.scratch = scratch
    this.start = scratch.f64(F64.start, cap)
    this.end = scratch.f64(F64.end, cap)
    this.brk = scratch.i32(I32.breaks, cap)
    this.trv = scratch.i32(I32.travel, cap)
    this.code = scratch.u8(U8.code, cap)
    this.vol = scratch.i32(I32.volunteer, cap)
    this.team = scratch.i32(I32.team, cap)
    this.hash = scratch.i32(I32.hash, cap)
    this.scope = EMPTY_I32
    this.idText = scratch.strings(STR.ids, cap)
    this.startText = scratch.strings(STR.start, cap)
    this.endText = scratch.strings(STR.end, cap)
    this.volunteerRuns = new Runs(scratch, STR.runIds, I32.runHash, I32.firstRun)
    this.teamRuns = new Runs(scratch, STR.teamRunIds, I32.teamRunHash, I32.teamFirstRun)
    this.ownsRecords = records === undefined
    this.recs = records === undefined ? [] : (records as ServiceRecord[])
    this.policy = policy
    this.ctx = ctx
    this.counted = new Set(policy.countedStatuses)
    this.countConfirmed = this.counted.has('confirmed')
  }

  /** Doubles the columns' capacity (iterable input of unknown length). */
  private grow(): void {
    const n = this.n
    const cap = this.start.length * 2
    const s = this.scratch
    this.start = s.f64(F64.start, cap, n)
    this.end = s.f64(F64.end, cap, n)
    this.brk = s.i32(I32.breaks, cap, false, n)
    this.trv = s.i32(I32.travel, cap, false, n)
    this.code = s.u8(U8.code, cap, false, n)
    this.vol = s.i32(I32.volunteer, cap, false, n)
    this.team = s.i32(I32.team, cap, false, n)
    this.hash = s.i32(I32.hash, cap, false, n)
    if (this.scoped) this.scope = s.i32(I32.scope, cap, false, n)
    this.idText = s.strings(STR.ids, cap)
    this.startText = s.strings(STR.start, cap)
    this.endText = s.strings(STR.end, cap)
  }

  /**
   * Validates one record and appends it.
   * @param raw - the record
   * @param index - its position in the input (for errors)
   * @param scope - duplicate scope (the stream's segment): records of different scopes never
   *   count as duplicates of each other
   * @throws TongxinError `HOURS_INVALID_RECORD` on a structurally invalid record
   */
  add(raw: unknown, index: number, scope = 0): void {
    if (typeof raw !== 'object' || raw === null) throw recordError(index, 'record')
    const r = raw as ServiceRecord
    const id = r.id as unknown
    const volunteerId = r.volunteerId as unknown
    if (typeof id !== 'string' || id.length === 0) throw recordError(index, 'id')
    if (typeof volunteerId !== 'string' || volunteerId.length === 0) throw recordError(index, 'volunteerId')
    const s = r.start as unknown
    const e = r.end as unknown
    if (typeof s !== 'string' || !parseInstantInto(s, PARSED, 0)) throw recordError(index, 'start')
    if (typeof e !== 'string' || !parseInstantInto(e, PARSED, 2)) throw recordError(index, 'end')
    const sm = PARSED[0]!
    const sSub = PARSED[1]!
    const em = PARSED[2]!
    const eSub = PARSED[3]!
    const brk = minutesOf(r.breakMinutes, index, 'breakMinutes')
    const trv = minutesOf(r.travelMinutes, index, 'travelMinutes')
    const status = r.status as unknown
    const statusCounted =
      status === 'confirmed' ? this.countConfirmed : status === 'pending' || status === 'rejected' || status === 'void' ? this.counted.has(status) : null
    if (statusCounted === null) throw recordError(index, 'status')
    checkOptionalFields(r, index)
    const teamId = r.teamId
    const activityId = r.activityId

    if (this.n === this.start.length) this.grow()
    const i = this.n++
    if (this.ownsRecords) this.recs.push(r)
    this.start[i] = sm
    this.end[i] = em
    this.idText[i] = id
    this.startText[i] = s
    this.endText[i] = e
    this.brk[i] = brk
    this.trv[i] = trv
    this.vol[i] = this.volunteerRuns.of(volunteerId)
    const act = activityId === undefined ? undefined : this.ctx.activities.get(activityId)
    const tId = teamId ?? act?.teamId ?? null
    this.team[i] = tId === null ? -1 : this.teamRuns.of(tId)

    let code = 0
    if (!statusCounted) code = C_STATUS
    else if (em < sm || (em === sm && eSub <= sSub)) code = C_END
    else if (em === sm) code = C_MINUTE
    else if (em - sm > this.policy.maxSessionMinutes) code = C_LONG
    else if (em * 60_000 + eSub > this.ctx.nowMs) code = C_FUTURE
    else if (act !== undefined && !act.volunteer) code = C_NOT_VOL
    this.code[i] = code
    if (code === 0) {
      if (sm < this.minMin) this.minMin = sm
      if (em > this.maxMin) this.maxMin = em
    }
    hashIdInto(id, scope, this.hash, i)
    if (scope !== 0 && !this.scoped) {
      this.scope = this.scratch.i32(I32.scope, this.start.length, true)
      this.scoped = true
    }
    if (this.scoped) this.scope[i] = scope
  }

  /**
   * Finishes the batch once every record is added: resolves runs to volunteers and teams, then
   * settles duplicates.
   */
  settle(): void {
    const vols = this.volunteerRuns.resolve()
    this.volIds = vols.distinct
    const vol = this.vol
    for (let i = 0; i < this.n; i++) vol[i] = vols.indexOf[vol[i]!]!
    const teams = this.teamRuns.resolve()
    this.teamIds = teams.distinct
    const team = this.team
    for (let i = 0; i < this.n; i++) {
      const t = team[i]!
      if (t >= 0) team[i] = teams.indexOf[t]!
    }
    this.settleDuplicates()
  }

  /**
   * Marks duplicates: identical → all but the first `HOURS_DUPLICATE`; conflicting → all
   * `HOURS_CONFLICTING_DUPLICATE`. A bit set over the id hashes (8 bits a record) finds the few
   * records whose hash bit another record shares; only those are sorted by hash, and only equal
   * hashes are compared. Sequential passes instead of a million random probes into a hash table.
   */
  private settleDuplicates(): void {
    const n = this.n
    const hash = this.hash
    const sc = this.scratch
    let bits = 1 << 10
    while (bits < n * 8 && bits < 1 << 28) bits *= 2
    const mask = bits - 1
    const seen = sc.i32(I32.seenBits, bits >>> 5, true)
    const clash = sc.i32(I32.clashBits, bits >>> 5, true)
    for (let j = 0; j < n; j++) {
      const b = hash[j]! & mask
      const w = b >>> 5
      const m = 1 << (b & 31)
      if ((seen[w]! & m) !== 0) clash[w] = clash[w]! | m
      else seen[w] = seen[w]! | m
    }
    // Records whose bit clashed, in input order, and their hashes.
    let cand = sc.i32(I32.candidates, 1024)
    let candHash = sc.i32(I32.candidateHash, 1024)
    let nc = 0
    for (let j = 0; j < n; j++) {
      const h = hash[j]!
      const b = h & mask
      if ((clash[b >>> 5]! & (1 << (b & 31))) !== 0) {
        if (nc === cand.length) {
          cand = sc.i32(I32.candidates, nc * 2, false, nc)
          candHash = sc.i32(I32.candidateHash, nc * 2, false, nc)
        }
        cand[nc] = j
        candHash[nc++] = h
      }
    }
    const { keys, idx } = sortByHash(candHash, nc, sc)
    for (let j = 0; j < nc; ) {
      let e = j + 1
      while (e < nc && keys[e] === keys[j]) e++
      if (e - j > 1) {
        const group: number[] = []
        for (let q = j; q < e; q++) group.push(cand[idx[q]!]!)
        this.settleGroup(group)
      }
      j = e
    }
  }

  /** Settles records with one id hash (ascending indices): equal (scope, id) are duplicates. */
  private settleGroup(group: readonly number[]): void {
    const byKey = new Map<string, number[]>()
    for (const k of group) {
      const key = `${String(this.scoped ? this.scope[k] : 0)}\u0000${at(this.idText, k)}`
      const list = byKey.get(key)
      if (list === undefined) byKey.set(key, [k])
      else list.push(k)
    }
    for (const list of byKey.values()) {
      if (list.length < 2) continue
      const a = at(this.recs, list[0]!)
      if (list.every((k) => sameRecord(a, at(this.recs, k)))) {
        // Keep the first; the others are the duplicates (all identical, so which one is kept does not show).
        for (let k = 1; k < list.length; k++) this.code[list[k]!] = C_DUP
      } else for (const k of list) this.code[k] = C_CONFLICT
    }
  }
}

/** The engine's output, in the sorted order of accepted records. */
export interface EngineResult {
  /** Accepted record indices (into the batch) in order: volunteer rank, start, end, id. */
  readonly order: Int32Array
  /** Per volunteer rank: [from, to) into `order`. */
  readonly volFrom: Int32Array
  /** Volunteer index per rank (sorted by id). */
  readonly volByRank: Int32Array
  /** Per ordered record: team index or −1. */
  readonly team: Int32Array
  /** Per ordered record: raw minutes. */
  readonly raw: Int32Array
  /** Per ordered record: credited minutes. */
  readonly credited: Int32Array
  /**
   * Per ordered record, seven adjustments side by side (`adj[k * 7 + A_…]`): overlap, breaks,
   * travel, sessionCap, dailyCap, minimumSession, rounding; written only where `adjusted` is 1.
   */
  readonly adj: Int32Array
  /** Per ordered record: 1 when it has an adjustment (its values in `adj` are written), else 0. */
  readonly adjusted: Uint8Array
  /** Per ordered record: zero-credit code index or 0. */
  readonly zero: Uint8Array
  /** Pieces: ordered record position, local day, minutes, month index; grouped by volunteer rank in time order. */
  readonly pRec: Int32Array
  /** Local day of each piece. */
  readonly pDay: Int32Array
  /** Minutes of each piece (after caps and rounding). */
  readonly pMin: Int32Array
  /** Month index of each piece. */
  readonly pMonth: Int32Array
  /** Pieces per volunteer rank: [from, to). */
  readonly pFrom: Int32Array
  /** Number of pieces. */
  readonly pieces: number
}

/** Adjustment column indices. */
export const A_OVERLAP = 0
/** Breaks. */
export const A_BREAKS = 1
/** Travel. */
export const A_TRAVEL = 2
/** Session cap. */
export const A_SESSION_CAP = 3
/** Daily cap. */
export const A_DAILY_CAP = 4
/** Minimum session. */
export const A_MINIMUM = 5
/** Rounding. */
export const A_ROUNDING = 6

function roundTo(x: number, unit: number, mode: HoursPolicy['rounding']['mode']): number {
  if (unit === 1) return x
  const r = x % unit
  if (r === 0) return x
  if (mode === 'floor') return x - r
  if (mode === 'ceil') return x - r + unit
  return r * 2 >= unit ? x - r + unit : x - r
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Runs the pipeline over a validated batch. The result's columns live in the batch's scratch set:
 * read them before the set is reused (copy what must outlive the call).
 * @param b - the batch (duplicates settled)
 * @param policy - the complete policy
 * @param byId - rank volunteers by id (a ledger lists them so); else in order of first appearance
 *   (enough for a summary, which sorts at the end: the stream's pools)
 * @returns columns of the result
 */
export function runEngine(b: Batch, policy: HoursPolicy, byId = true): EngineResult {
  const n = b.n
  const nv = b.volIds.length
  // Rank volunteers by id.
  const ranks = new Array<number>(nv)
  for (let i = 0; i < nv; i++) ranks[i] = i
  const ids = b.volIds
  // Inputs usually list volunteers in id order already: then there is nothing to sort.
  let sorted = true
  for (let i = 1; byId && i < nv && sorted; i++) sorted = compareIds(ids[i - 1] ?? '', ids[i] ?? '') < 0
  if (!sorted) ranks.sort((x, y) => compareIds(ids[x] ?? '', ids[y] ?? ''))
  // Per-volunteer columns in scratch too: off-heap memory allocated afresh on every call brings
  // V8's next full collection closer.
  const sc = b.scratch
  const volByRank = sc.i32(I32.volunteerByRank, nv).subarray(0, nv)
  volByRank.set(ranks)
  const rankOf = sc.i32(I32.rankOf, nv)
  for (let r = 0; r < nv; r++) rankOf[volByRank[r]!] = r
  // Counting sort of accepted records by rank (columns read through locals: loads stay out of the loops).
  const code = b.code
  const vol = b.vol
  const count = sc.i32(I32.volunteerFrom, nv + 1, true).subarray(0, nv + 1)
  let accepted = 0
  for (let i = 0; i < n; i++) {
    if (code[i] === 0) {
      const slot = (rankOf[vol[i]!] ?? 0) + 1
      count[slot] = count[slot]! + 1
      accepted++
    }
  }
  for (let r = 0; r < nv; r++) count[r + 1] = count[r + 1]! + count[r]!
  const volFrom = count
  const fill = sc.i32(I32.volunteerFill, nv)
  fill.set(count.subarray(0, nv))
  const order = sc.i32(I32.order, accepted).subarray(0, accepted)
  for (let i = 0; i < n; i++) {
    if (code[i] === 0) {
      const r = rankOf[vol[i]!] ?? 0
      const at = fill[r]!
      order[at] = i
      fill[r] = at + 1
    }
  }
  const start = b.start
  const end = b.end
  const idText = b.idText
  const cmp = (x: number, y: number): number => start[x]! - start[y]! || end[x]! - end[y]! || compareIds(at(idText, x), at(idText, y))
  for (let r = 0; r < nv; r++) {
    const a = volFrom[r]!
    const z = volFrom[r + 1]!
    if (z - a > 1) {
      // Insertion sort for the usual small groups; a real sort for big ones.
      if (z - a <= 32) {
        for (let k = a + 1; k < z; k++) {
          const x = order[k]!
          const sx = start[x]!
          let m = k - 1
          // The start compared inline (nearly always decisive); the full order on a tie.
          for (; m >= a; m--) {
            const y = order[m]!
            const sy = start[y]!
            if (sy < sx || (sy === sx && cmp(y, x) <= 0)) break
            order[m + 1] = y
          }
          order[m + 1] = x
        }
      } else order.set(Array.from(order.subarray(a, z)).sort(cmp), a)
    }
  }

  const team = sc.i32(I32.orderedTeam, accepted).subarray(0, accepted)
  const raw = sc.i32(I32.raw, accepted).subarray(0, accepted)
  const credited = sc.i32(I32.credited, accepted).subarray(0, accepted)
  // The seven adjustments of a record side by side: one stream to write and read, not seven.
  const adj = sc.i32(I32.adj, accepted * 7).subarray(0, accepted * 7)
  // Whether a record's seven values in `adj` are written (else they are all zero).
  const adjusted = sc.u8(U8.adjusted, accepted).subarray(0, accepted)
  const adjust = (k: number, kind: number, by: number): void => {
    const q = k * 7
    if (adjusted[k] === 0) {
      adj.fill(0, q, q + 7)
      adjusted[k] = 1
    }
    adj[q + kind] = adj[q + kind]! + by
  }
  const zero = sc.u8(U8.zero, accepted).subarray(0, accepted)
  const zone = zoneTable(policy.timeZone)
  const fixed = b.minMin <= b.maxMin ? zone.fixedOffset(b.minMin, b.maxMin) : null
  let pRec = sc.i32(I32.pieceRecord, accepted + (accepted >> 2))
  let pDay = sc.i32(I32.pieceDay, pRec.length)
  let pMin = sc.i32(I32.pieceMinutes, pRec.length)
  let pCap = Math.min(pRec.length, pDay.length, pMin.length)
  let pieces = 0
  const pFrom = sc.i32(I32.pieceFrom, nv + 1)
  const merge = policy.overlap === 'merge'
  const { brk, trv } = b
  const bTeam = b.team
  const subtractBreaks = policy.subtractBreaks
  const excludeTravel = policy.excludeTravel
  const minSession = policy.minimumSessionMinutes
  const sessionCap = policy.sessionCapMinutes
  const dailyCap = policy.dailyCapMinutes
  const { unit, mode, scope } = policy.rounding
  const sessionRound = unit > 1 && scope === 'session'
  let curRec = 0
  const emit = (day: number, minutes: number): void => {
    if (pieces === pCap) {
      pRec = sc.i32(I32.pieceRecord, pCap * 2, false, pieces)
      pDay = sc.i32(I32.pieceDay, pCap * 2, false, pieces)
      pMin = sc.i32(I32.pieceMinutes, pCap * 2, false, pieces)
      pCap = Math.min(pRec.length, pDay.length, pMin.length)
    }
    pRec[pieces] = curRec
    pDay[pieces] = day
    pMin[pieces] = minutes
    pieces++
  }

  for (let r = 0; r < nv; r++) {
    pFrom[r] = pieces
    let covered = -Infinity
    const a = volFrom[r]!
    const z = volFrom[r + 1]!
    for (let k = a; k < z; k++) {
      const i = order[k]!
      const s = start[i]!
      const e = end[i]!
      const rawMin = e - s
      raw[k] = rawMin
      team[k] = bTeam[i]!
      let from = s
      if (merge && covered > s) from = covered < e ? covered : e
      if (e > covered) covered = e
      const avail = e - from
      const overlap = rawMin - avail
      let rem = avail
      // Every column is written for every record (no buffer needs clearing first); `adj` only
      // where `adjusted` is set.
      let why = rem === 0 ? C_OVERLAP : 0
      const br = subtractBreaks ? Math.min(brk[i]!, rem) : 0
      rem -= br
      const tr = excludeTravel ? Math.min(trv[i]!, rem) : 0
      rem -= tr
      if (rem === 0 && why === 0) why = C_DEDUCT
      let below = 0
      if (rem > 0 && rem < minSession) {
        below = rem
        rem = 0
        why = C_MIN
      }
      let capped = 0
      if (sessionCap !== null && rem > sessionCap) {
        capped = rem - sessionCap
        rem = sessionCap
      }
      let extra = 0
      let rounded = 0
      if (sessionRound && rem > 0) {
        const rr = roundTo(rem, unit, mode)
        rounded = rem - rr
        if (rr < rem) rem = rr
        else extra = rr - rem
        if (rr === 0) why = C_ROUND
      }
      // Most records have no adjustment: their seven values are not written (nor read back).
      if ((overlap | br | tr | below | capped | rounded) !== 0) {
        const q = k * 7
        adj[q + A_OVERLAP] = overlap
        adj[q + A_BREAKS] = br
        adj[q + A_TRAVEL] = tr
        adj[q + A_SESSION_CAP] = capped
        adj[q + A_DAILY_CAP] = 0
        adj[q + A_MINIMUM] = below
        adj[q + A_ROUNDING] = rounded
        adjusted[k] = 1
      } else adjusted[k] = 0
      zero[k] = why
      credited[k] = rem + extra
      if (rem > 0) {
        curRec = k
        if (fixed !== null) {
          // No offset change in the batch's range (most zones, most years): split at local midnight here.
          const stop = from + rem
          let day = Math.floor((from + fixed) / 1440)
          let next = (day + 1) * 1440 - fixed
          let t = from
          while (next < stop) {
            emit(day, next - t)
            t = next
            next += 1440
            day++
          }
          emit(day, stop - t)
        } else zone.split(from, from + rem, emit)
        if (extra > 0) pMin[pieces - 1] = pMin[pieces - 1]! + extra
      }
    }
  }
  pFrom[nv] = pieces
  const pMonth = sc.i32(I32.pieceMonth, pieces).subarray(0, pieces)
  // Month of each local day from a table over the batch's day range (one civil conversion per
  // day, not per piece); a direct conversion when the range is too wide for a table.
  const dayLo = Math.floor((b.minMin - 1500) / 1440)
  const span = Math.floor((b.maxMin + 1500) / 1440) - dayLo + 1
  const monthTable = pieces > 0 && span <= 1 << 16 ? new Int32Array(span) : null
  if (monthTable !== null) for (let d = 0; d < span; d++) monthTable[d] = monthOfDay(dayLo + d)
  let lastDay = NaN
  let lastMonth = 0
  for (let p = 0; p < pieces; p++) {
    const d = pDay[p]!
    if (d !== lastDay) {
      lastDay = d
      const t = d - dayLo
      lastMonth = monthTable !== null && t >= 0 && t < span ? monthTable[t]! : monthOfDay(d)
    }
    pMonth[p] = lastMonth
  }

  // Group-level steps: daily cap, then day or month rounding (over each volunteer's pieces).
  const groupRound = unit > 1 && scope !== 'session'
  if (dailyCap !== null || groupRound) {
    for (let r = 0; r < nv; r++) {
      const p0 = pFrom[r]!
      const p1 = pFrom[r + 1]!
      if (p1 === p0) continue
      if (dailyCap !== null) {
        for (const [, list] of groupPieces(p0, p1, pDay)) {
          let total = 0
          for (const p of list) total += pMin[p]!
          let excess = total - dailyCap
          for (let q = list.length - 1; q >= 0 && excess > 0; q--) {
            const p = list[q]!
            const take = Math.min(excess, pMin[p]!)
            pMin[p] = pMin[p]! - take
            const k = pRec[p]!
            adjust(k, A_DAILY_CAP, take)
            credited[k] = credited[k]! - take
            if (credited[k] === 0 && zero[k] === 0) zero[k] = C_CAP
            excess -= take
          }
        }
      }
      if (groupRound) {
        for (const [, list] of groupPieces(p0, p1, scope === 'day' ? pDay : pMonth)) {
          let total = 0
          for (const p of list) total += pMin[p]!
          const rr = roundTo(total, unit, mode)
          if (rr > total) {
            const p = list[list.length - 1]!
            const k = pRec[p]!
            pMin[p] = pMin[p]! + rr - total
            adjust(k, A_ROUNDING, total - rr)
            credited[k] = credited[k]! + rr - total
          }
          let excess = total - rr
          for (let q = list.length - 1; q >= 0 && excess > 0; q--) {
            const p = list[q]!
            const take = Math.min(excess, pMin[p]!)
            pMin[p] = pMin[p]! - take
            const k = pRec[p]!
            adjust(k, A_ROUNDING, take)
            credited[k] = credited[k]! - take
            if (credited[k] === 0 && zero[k] === 0) zero[k] = C_ROUND
            excess -= take
          }
        }
      }
    }
    for (let k = 0; k < accepted; k++) if (credited[k]! > 0) zero[k] = 0
  }
  return {
    order, volFrom, volByRank, team, raw, credited, adj, adjusted, zero,
    pRec: pRec.subarray(0, pieces), pDay: pDay.subarray(0, pieces), pMin: pMin.subarray(0, pieces),
    pMonth, pFrom, pieces,
  }
}

/** Piece indices in [p0, p1) grouped by key, each group in time order; groups by ascending key. */
function groupPieces(p0: number, p1: number, keys: Float64Array | Int32Array): [number, number[]][] {
  const m = new Map<number, number[]>()
  for (let p = p0; p < p1; p++) {
    const key = keys[p]!
    const list = m.get(key)
    if (list === undefined) m.set(key, [p])
    else list.push(p)
  }
  return [...m.entries()].sort((x, y) => x[0] - y[0])
}
