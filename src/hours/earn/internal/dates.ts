// Calendar arithmetic on `YYYY-MM-DD` strings and local days in an IANA zone. Never uses the
// process time zone.
import { TZDateMini } from '@date-fns/tz'

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    })
    formatters.set(timeZone, f)
  }
  return f
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

/** The zone's UTC offset (ms) at an instant, from Intl. */
function offsetAt(epochMs: number, timeZone: string): number {
  const p = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 }
  for (const part of formatter(timeZone).formatToParts(epochMs)) {
    if (part.type in p) p[part.type as keyof typeof p] = Number(part.value)
  }
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
  return wall - Math.floor(epochMs / 1000) * 1000
}

const BUCKET_MS = 15 * 60_000
const offsets = new Map<string, Map<number, number>>()

/**
 * The local calendar date of an instant in a zone. The zone's UTC offset is looked up once per
 * 15-minute bucket (real zones change their offset on a quarter hour), so a batch of records costs
 * one `Intl` call per distinct quarter hour, not one per record.
 */
export function localDateOf(epochMs: number, timeZone: string): string {
  let byBucket = offsets.get(timeZone)
  if (byBucket === undefined) {
    byBucket = new Map()
    offsets.set(timeZone, byBucket)
  }
  const bucket = Math.floor(epochMs / BUCKET_MS)
  let offset = byBucket.get(bucket)
  if (offset === undefined) {
    offset = offsetAt(bucket * BUCKET_MS, timeZone)
    if (byBucket.size >= 200_000) byBucket.clear()
    byBucket.set(bucket, offset)
  }
  return fromUtcDays(Math.floor((epochMs + offset) / 86_400_000))
}

/** The first instant of a local date in a zone (epoch ms). */
export function startOfLocalDay(date: string, timeZone: string): number {
  const [y, m, d] = splitDate(date)
  return new TZDateMini(y, m - 1, d, timeZone).getTime()
}

/** Year, month, day of a `YYYY-MM-DD` string. */
export function splitDate(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))]
}

function fromUtcDays(days: number): string {
  const dt = new Date(days * 86_400_000)
  return `${pad(dt.getUTCFullYear(), 4)}-${pad(dt.getUTCMonth() + 1, 2)}-${pad(dt.getUTCDate(), 2)}`
}

/** Days since 1970-01-01 of a date. */
export function dayNumber(date: string): number {
  const [y, m, d] = splitDate(date)
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000)
}

/** A date plus `n` days. */
export function addDays(date: string, n: number): string {
  return fromUtcDays(dayNumber(date) + n)
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const w = new Date(dayNumber(date) * 86_400_000).getUTCDay()
  return w === 0 ? 7 : w
}

/** A date plus whole years; Feb 29 becomes Feb 28 in a common year. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = splitDate(date)
  const ny = y + years
  const leap = (ny % 4 === 0 && ny % 100 !== 0) || ny % 400 === 0
  const day = m === 2 && d === 29 && !leap ? 28 : d
  return `${pad(ny, 4)}-${pad(m, 2)}-${pad(day, 2)}`
}

/** Whole calendar months from `from` to `to` (0 when `to` is before `from`). */
export function fullMonthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = splitDate(from)
  const [y2, m2, d2] = splitDate(to)
  const months = (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0)
  return Math.max(0, months)
}

/** Formats a date the Chinese way: 2025年3月8日. */
export function zhDate(date: string): string {
  const [y, m, d] = splitDate(date)
  return `${y}年${m}月${d}日`
}
