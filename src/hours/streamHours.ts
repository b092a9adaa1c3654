import { TongxinError } from '../errors/TongxinError'
import type { ServiceRecord } from '../model/types'
import { SummaryAccumulator } from './internal/accumulator'
import { Batch, checkRecordFields, resolveContext, runEngine, type ResolvedContext } from './internal/engine'
import { guard } from './internal/ingest'
import { withScratch } from './internal/scratch'
import { monthOfDay, parseInstantInto, zoneTable, type ZoneTable } from './internal/time'
import { resolveHoursPolicy } from './policy'
import type { HoursContext, HoursPolicy, HoursPolicyInput, HoursSummary } from './types'

/** Start and end of the record arriving: epoch minute, then milliseconds past it (unboxed: see parseInstantInto). */
const PARSED = new Float64Array(4)

/**
 * Options of the streaming form.
 * @example
 * const o: HoursStreamOptions = { order: 'by-start-per-volunteer', poolSize: 65536 }
 */
export interface HoursStreamOptions {
  /**
   * `by-start-per-volunteer` (default, the usual export order): each volunteer's records arrive by
   * start time, give or take within one open period, so each volunteer's settled periods are
   * credited and dropped as soon as a later period starts — memory ∝ volunteers × periods. A record
   * that starts before a settled period throws `HOURS_STREAM_OUT_OF_ORDER`. `any`: no order assumed;
   * every record is buffered until `finish` (memory ∝ records).
   */
  readonly order?: 'by-start-per-volunteer' | 'any'
  /** How many settled records are credited together (default 65,536). */
  readonly poolSize?: number
}

/**
 * A streaming hours computation: add records in chunks, then finish into a summary.
 * @example
 * const s = createHoursStream()
 * s.add(chunk1); s.add(chunk2)
 * const summary = s.finish()
 */
export interface HoursStream {
  /**
   * Adds a chunk of records (or one record).
   * @param chunk - records
   * @throws TongxinError `HOURS_INVALID_RECORD`, `HOURS_STREAM_OUT_OF_ORDER`, `HOURS_STREAM_FINISHED`
   */
  add(chunk: ServiceRecord | readonly ServiceRecord[] | Iterable<ServiceRecord>): void
  /**
   * Credits what is still buffered and returns the summary; the stream cannot be used after.
   * @returns the summary
   * @throws TongxinError `HOURS_STREAM_FINISHED` when called twice
   */
  finish(): HoursSummary
}

interface Open {
  /** Buffered records (the open segment). */
  recs: unknown[]
  /** Latest end (epoch minute) of a record that may earn time. */
  maxEnd: number
  /** Settled boundary: later records must start at or after this minute and in a later period. */
  settledEnd: number
  /** Period (day or month number) of the settled boundary. */
  settledPeriod: number
}

class Stream implements HoursStream {
  private readonly policy: HoursPolicy
  private readonly ctx: ResolvedContext
  private readonly acc: SummaryAccumulator
  private readonly zone: ZoneTable
  private readonly ordered: boolean
  private readonly poolSize: number
  private readonly byMonth: boolean
  private readonly open = new Map<string, Open>()
  private readonly counted: ReadonlySet<string>
  /** Settled segments waiting to be credited together, and how many records they hold. */
  private pool: [segment: number, records: unknown[]][] = []
  private pooled = 0
  private segment = 0
  private index = 0
  private done = false

  constructor(policy: HoursPolicy, ctx: ResolvedContext, options: HoursStreamOptions) {
    this.policy = policy
    this.ctx = ctx
    this.acc = new SummaryAccumulator(policy.timeZone, ctx)
    this.zone = zoneTable(policy.timeZone)
    this.ordered = options.order !== 'any'
    this.poolSize = options.poolSize ?? 65_536
    this.byMonth = policy.rounding.unit > 1 && policy.rounding.scope === 'month'
    this.counted = new Set(policy.countedStatuses)
  }

  /** Local period (day number, or month index when month rounding needs whole months) of an epoch minute. */
  private period(min: number): number {
    const day = Math.floor((min + this.zone.offsetAt(min)) / 1440)
    if (!this.byMonth) return day
    return monthOfDay(day)
  }

  add(records: ServiceRecord | readonly ServiceRecord[] | Iterable<ServiceRecord>): void {
    const chunk: unknown = records
    if (this.done) throw new TongxinError('HOURS_STREAM_FINISHED')
    guard('HOURS_INVALID_RECORDS', () => {
      if (Array.isArray(chunk)) for (const r of chunk as readonly unknown[]) this.one(r)
      else if (typeof chunk === 'object' && chunk !== null && typeof (chunk as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function') {
        for (const r of chunk as Iterable<unknown>) this.one(r)
      } else this.one(chunk)
    })
  }

  private one(raw: unknown): void {
    const index = this.index++
    if (typeof raw !== 'object' || raw === null) throw new TongxinError('HOURS_INVALID_RECORD', { index, field: 'record' })
    const r = raw as Partial<ServiceRecord>
    const volunteerId = r.volunteerId as unknown
    if (typeof volunteerId !== 'string' || volunteerId.length === 0) throw new TongxinError('HOURS_INVALID_RECORD', { index, field: 'volunteerId' })
    if (typeof r.start !== 'string' || !parseInstantInto(r.start, PARSED, 0)) throw new TongxinError('HOURS_INVALID_RECORD', { index, field: 'start' })
    if (typeof r.end !== 'string' || !parseInstantInto(r.end, PARSED, 2)) throw new TongxinError('HOURS_INVALID_RECORD', { index, field: 'end' })
    const s = PARSED[0] ?? NaN
    const e = PARSED[2] ?? NaN
    const eMs = e * 60_000 + (PARSED[3] ?? NaN)
    checkRecordFields(r as ServiceRecord, index)
    const act = typeof r.activityId === 'string' ? this.ctx.activities.get(r.activityId) : undefined
    const mayEarn =
      e > s && e - s <= this.policy.maxSessionMinutes && !(eMs > this.ctx.nowMs) && act?.volunteer !== false &&
      typeof r.status === 'string' && this.counted.has(r.status)
    let o = this.open.get(volunteerId)
    if (o === undefined) {
      o = { recs: [], maxEnd: -Infinity, settledEnd: -Infinity, settledPeriod: -Infinity }
      this.open.set(volunteerId, o)
    }
    if (this.ordered && mayEarn) {
      if (s < o.settledEnd || this.period(s) <= o.settledPeriod) {
        throw new TongxinError('HOURS_STREAM_OUT_OF_ORDER', { recordId: String(r.id), volunteerId })
      }
      if (o.recs.length > 0 && s >= o.maxEnd && o.maxEnd > -Infinity) {
        const last = this.period(o.maxEnd - 1)
        if (this.period(s) > last) {
          this.settle(o)
          o.settledEnd = o.maxEnd
          o.settledPeriod = last
          o.maxEnd = -Infinity
        }
      }
    }
    o.recs.push(raw)
    if (mayEarn && e > o.maxEnd) o.maxEnd = e
  }

  /** Moves an open segment into the pool (records keyed by segment for duplicate detection). */
  private settle(o: Open): void {
    const seg = this.segment++
    this.pool.push([seg, o.recs])
    this.pooled += o.recs.length
    o.recs = []
    if (this.pooled >= this.poolSize) this.flush()
  }

  private flush(): void {
    if (this.pool.length === 0) return
    const pool = this.pool
    const size = this.pooled
    this.pool = []
    this.pooled = 0
    withScratch((scratch) => {
      const b = new Batch(this.policy, this.ctx, scratch, size)
      let index = 0
      for (const [seg, recs] of pool) for (const r of recs) b.add(r, index++, seg)
      b.settle()
      this.acc.fold(b, runEngine(b, this.policy, false))
    })
  }

  finish(): HoursSummary {
    if (this.done) throw new TongxinError('HOURS_STREAM_FINISHED')
    this.done = true
    return guard('HOURS_INVALID_RECORDS', () => {
      for (const o of this.open.values()) if (o.recs.length > 0) this.settle(o)
      this.open.clear()
      this.flush()
      return this.acc.toSummary()
    })
  }
}

/**
 * Starts a streaming hours computation (流式计算): records arrive in chunks; settled periods are
 * credited and dropped as they close, so memory stays ∝ volunteers × periods when each
 * volunteer's records arrive by start time. Results equal `summarizeHours(creditHours(all))`,
 * except that duplicate record ids are detected only within one volunteer's open period.
 * @param policy - a partial policy
 * @param context - `now`, activities, teams
 * @param options - order assumption and pool size
 * @returns the stream
 * @throws TongxinError `HOURS_INVALID_POLICY`, `HOURS_INVALID_CONTEXT`
 * @example
 * const s = createHoursStream({ timeZone: 'Asia/Shanghai' })
 * for (const chunk of chunks) s.add(chunk)
 * const summary = s.finish()
 */
export function createHoursStream(policy?: HoursPolicyInput, context?: HoursContext, options?: HoursStreamOptions): HoursStream {
  return guard('HOURS_INVALID_POLICY', () => {
    const p = resolveHoursPolicy(policy)
    const ctx = resolveContext(context)
    const o: unknown = options ?? {}
    if (typeof o !== 'object' || o === null) throw new TongxinError('HOURS_INVALID_POLICY', { field: 'options', reason: 'an object' })
    const { order, poolSize } = o as Record<string, unknown>
    if (order !== undefined && order !== 'any' && order !== 'by-start-per-volunteer') {
      throw new TongxinError('HOURS_INVALID_POLICY', { field: 'options.order', reason: 'by-start-per-volunteer or any' })
    }
    if (poolSize !== undefined && (typeof poolSize !== 'number' || !Number.isInteger(poolSize) || poolSize < 1 || poolSize > 10_000_000)) {
      throw new TongxinError('HOURS_INVALID_POLICY', { field: 'options.poolSize', reason: 'an integer from 1 to 10,000,000' })
    }
    return new Stream(p, ctx, { ...(order === undefined ? {} : { order }), ...(poolSize === undefined ? {} : { poolSize }) })
  })
}

/**
 * Streams an (async) iterable of records or chunks of records into a summary — see
 * {@link createHoursStream}. This is the per-shard computation of a province: shard by district
 * or volunteer range on any worker pool, then `combineSummaries`.
 * @param source - records, or arrays of records, sync or async
 * @param policy - a partial policy
 * @param context - `now`, activities, teams
 * @param options - order assumption and pool size
 * @returns a promise of the summary
 * @throws TongxinError (as a rejected promise) for invalid input or out-of-order records
 * @example
 * const summary = await streamHours(readChunks(), { timeZone: 'Asia/Shanghai' })
 */
export async function streamHours(
  source: AsyncIterable<ServiceRecord | readonly ServiceRecord[]> | Iterable<ServiceRecord | readonly ServiceRecord[]>,
  policy?: HoursPolicyInput,
  context?: HoursContext,
  options?: HoursStreamOptions,
): Promise<HoursSummary> {
  const s = createHoursStream(policy, context, options)
  const src = source as unknown
  const isAsync = typeof src === 'object' && src !== null && typeof (src as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function'
  const isSync = typeof src === 'object' && src !== null && typeof (src as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function'
  if (!isAsync && !isSync) throw new TongxinError('HOURS_INVALID_RECORDS', { reason: 'not iterable' })
  try {
    for await (const chunk of src as AsyncIterable<unknown>) s.add(chunk as ServiceRecord)
  } catch (e) {
    if (e instanceof TongxinError) throw e
    throw new TongxinError('HOURS_INVALID_RECORDS', { reason: e instanceof Error ? e.message : String(e) })
  }
  return s.finish()
}
