import { TongxinError } from '../errors/TongxinError'
import { freezeSummary } from './internal/accumulator'
import type { HoursRejectionCode, HoursSummary, HoursSummaryLine } from './types'

function invalid(reason: string): TongxinError {
  return new TongxinError('HOURS_INVALID_SUMMARY', { reason })
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0
}

function checkMonths(v: unknown, where: string): Readonly<Record<string, number>> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw invalid(`${where}: byMonth must be an object`)
  for (const [k, n] of Object.entries(v)) {
    if (!/^\d{4}-\d{2}$/.test(k) || !isCount(n)) throw invalid(`${where}: byMonth ${k}`)
  }
  return v as Readonly<Record<string, number>>
}

function checkLines(v: unknown, where: string): readonly HoursSummaryLine[] {
  if (!Array.isArray(v)) throw invalid(`${where} must be an array`)
  let last: string | null = null
  for (const line of v as unknown[]) {
    if (typeof line !== 'object' || line === null) throw invalid(`${where}: a line must be an object`)
    const l = line as Record<string, unknown>
    if (typeof l.id !== 'string' || !isCount(l.minutes)) throw invalid(`${where}: a line needs id and minutes`)
    if (last !== null && !(last < l.id)) throw invalid(`${where}: lines must be sorted by id without repeats`)
    last = l.id
    checkMonths(l.byMonth, where)
  }
  return v as readonly HoursSummaryLine[]
}

function checkSummary(s: unknown, name: string): HoursSummary {
  if (typeof s !== 'object' || s === null) throw invalid(`${name} is not an object`)
  const x = s as Record<string, unknown>
  if (x.timeZone !== null && typeof x.timeZone !== 'string') throw invalid(`${name}.timeZone`)
  if (!isCount(x.minutes) || !isCount(x.inputRecords) || !isCount(x.creditedRecords)) throw invalid(`${name}: counts`)
  checkMonths(x.byMonth, name)
  for (const key of ['volunteers', 'teams', 'communities', 'streets']) checkLines(x[key], `${name}.${key}`)
  const r = x.rejectedByCode
  if (typeof r !== 'object' || r === null || Array.isArray(r)) throw invalid(`${name}.rejectedByCode`)
  for (const [k, n] of Object.entries(r)) if (!k.startsWith('HOURS_') || !isCount(n)) throw invalid(`${name}.rejectedByCode.${k}`)
  return s as HoursSummary
}

function sum(a: number, b: number): number {
  const s = a + b
  if (!Number.isSafeInteger(s)) throw new TongxinError('NUMBER_OVERFLOW', { name: 'minutes' })
  return s
}

function mergeMonths(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): Record<string, number> {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()
  const out: Record<string, number> = {}
  for (const k of keys) out[k] = sum(a[k] ?? 0, b[k] ?? 0)
  return out
}

function mergeLines(a: readonly HoursSummaryLine[], b: readonly HoursSummaryLine[]): readonly HoursSummaryLine[] {
  const out: HoursSummaryLine[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    const x = a[i]
    const y = b[j]
    if (x !== undefined && (y === undefined || x.id < y.id)) {
      out.push(x)
      i++
    } else if (y !== undefined && (x === undefined || y.id < x.id)) {
      out.push(y)
      j++
    } else if (x !== undefined && y !== undefined) {
      out.push(Object.freeze({ id: x.id, minutes: sum(x.minutes, y.minutes), byMonth: Object.freeze(mergeMonths(x.byMonth, y.byMonth)) }))
      i++
      j++
    }
  }
  return Object.freeze(out)
}

/**
 * Combines two hours summaries (合并汇总): minutes, lines and counts add up. Summaries form a
 * commutative monoid — associative, commutative, with {@link emptySummary} as identity — and the
 * summaries of a partition of the records by volunteer, combined, equal the summary of all of
 * them. This is how a host shards a city or a province: by district or volunteer range, on any
 * worker pool, then combine.
 * @param a - a summary
 * @param b - another summary, in the same time zone (or empty)
 * @returns the combined, frozen summary
 * @throws TongxinError `HOURS_INVALID_SUMMARY` for a malformed summary; `HOURS_SUMMARY_ZONE_MISMATCH` for two zones; `NUMBER_OVERFLOW` beyond 2^53 minutes
 * @example
 * const whole = combineSummaries(summarizeHours(creditHours(partA)), summarizeHours(creditHours(partB)))
 */
export function combineSummaries(a: HoursSummary, b: HoursSummary): HoursSummary {
  const x = checkSummary(a, 'a')
  const y = checkSummary(b, 'b')
  if (x.timeZone !== null && y.timeZone !== null && x.timeZone !== y.timeZone) {
    throw new TongxinError('HOURS_SUMMARY_ZONE_MISMATCH', { a: x.timeZone, b: y.timeZone })
  }
  const codes = [...new Set([...Object.keys(x.rejectedByCode), ...Object.keys(y.rejectedByCode)])].sort() as HoursRejectionCode[]
  const rejectedByCode: Partial<Record<HoursRejectionCode, number>> = {}
  for (const c of codes) rejectedByCode[c] = sum(x.rejectedByCode[c] ?? 0, y.rejectedByCode[c] ?? 0)
  return freezeSummary({
    timeZone: x.timeZone ?? y.timeZone,
    minutes: sum(x.minutes, y.minutes),
    byMonth: mergeMonths(x.byMonth, y.byMonth),
    volunteers: mergeLines(x.volunteers, y.volunteers),
    teams: mergeLines(x.teams, y.teams),
    communities: mergeLines(x.communities, y.communities),
    streets: mergeLines(x.streets, y.streets),
    inputRecords: sum(x.inputRecords, y.inputRecords),
    creditedRecords: sum(x.creditedRecords, y.creditedRecords),
    rejectedByCode,
  })
}
