/* eslint-disable @typescript-eslint/no-non-null-assertion -- hot loops index typed arrays within their bounds */
// Fast instant parsing and local-calendar arithmetic for the crediting pipeline.
// Time is integer epoch minutes (UTC). Local days are integer day numbers since 1970-01-01 local.

const MINUTE_MS = 60_000

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48
  return c >= 0 && c <= 9 ? c : -1
}

function two(s: string, i: number): number {
  const a = digit(s, i)
  const b = digit(s, i + 1)
  return a < 0 || b < 0 ? -1 : a * 10 + b
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
 * @param y - year
 * @param m - month 1–12
 * @param d - day 1–31
 * @returns the day number
 */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y
  const era = Math.floor(yy / 400)
  const yoe = yy - era * 400
  const mp = (m + 9) % 12
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/**
 * The civil date of a day number, packed as `year * 10000 + month * 100 + day` (civil_from_days).
 * @param z - days since 1970-01-01
 * @returns packed YYYYMMDD
 */
export function civilFromDays(z: number): number {
  const zz = z + 719468
  const era = Math.floor(zz / 146097)
  const doe = zz - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0)
  return y * 10000 + m * 100 + d
}

// Day numbers of recently parsed dates, direct-mapped by the packed date: a million records
// fall on a few hundred dates, so the calendar arithmetic and checks run once per date.
const DATE_CACHE_SIZE = 1024
const cachedDate = new Int32Array(DATE_CACHE_SIZE).fill(-1)
const cachedDay = new Int32Array(DATE_CACHE_SIZE)

/** Day number of a packed date `y * 10000 + m * 100 + d` (y ≥ 1), or NaN when it is not a real date. */
function dayOfDate(packed: number, year: number, month: number, day: number): number {
  const slot = packed & (DATE_CACHE_SIZE - 1)
  if (cachedDate[slot] === packed) return cachedDay[slot]!
  if (year < 1 || month < 1 || month > 12 || day < 1) return NaN
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!)) return NaN
  const z = daysFromCivil(year, month, day)
  cachedDate[slot] = packed
  cachedDay[slot] = z
  return z
}

/**
 * Parses `YYYY-MM-DDTHH:mm[:ss[.fff…]](Z|±hh:mm)` into the epoch minute and the milliseconds
 * within it, with exactly the rules of `parseInstant` in src/model/calendar.ts, without a regular
 * expression. The two parts are written into `out[at]` and `out[at + 1]` rather than returned: a
 * double returned from a call that is not inlined is boxed on the heap, and a million records made
 * two million such boxes. Crediting counts whole minutes, so the minute comes without a division.
 * @param s - the text
 * @param out - where the parts go
 * @param at - the slot of `out` for the epoch minute (floored); `at + 1` gets the milliseconds
 *   past it (0–59,999)
 * @returns whether the text is a valid instant (`out` is untouched when not)
 */
export function parseInstantInto(s: string, out: Float64Array, at: number): boolean {
  const n = s.length
  if (n < 17 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58) return false
  // Digits as c − 48; `(x >>> 0) > 9` is true for anything that is not a digit.
  const y0 = s.charCodeAt(0) - 48
  const y1 = s.charCodeAt(1) - 48
  const y2 = s.charCodeAt(2) - 48
  const y3 = s.charCodeAt(3) - 48
  const mo0 = s.charCodeAt(5) - 48
  const mo1 = s.charCodeAt(6) - 48
  const d0 = s.charCodeAt(8) - 48
  const d1 = s.charCodeAt(9) - 48
  const h0 = s.charCodeAt(11) - 48
  const h1 = s.charCodeAt(12) - 48
  const mi0 = s.charCodeAt(14) - 48
  const mi1 = s.charCodeAt(15) - 48
  if (
    (y0 >>> 0) > 9 || (y1 >>> 0) > 9 || (y2 >>> 0) > 9 || (y3 >>> 0) > 9 || (mo0 >>> 0) > 9 || (mo1 >>> 0) > 9 ||
    (d0 >>> 0) > 9 || (d1 >>> 0) > 9 || (h0 >>> 0) > 9 || (h1 >>> 0) > 9 || (mi0 >>> 0) > 9 || (mi1 >>> 0) > 9
  ) return false
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3
  const month = mo0 * 10 + mo1
  const dd = d0 * 10 + d1
  const hour = h0 * 10 + h1
  const minute = mi0 * 10 + mi1
  if (hour > 23 || minute > 59) return false
  const days = dayOfDate(year * 10000 + month * 100 + dd, year, month, dd)
  if (Number.isNaN(days)) return false
  let i = 16
  let second = 0
  let ms = 0
  if (s.charCodeAt(i) === 58) {
    second = two(s, i + 1)
    if (second < 0 || second > 59) return false
    i += 3
    if (s.charCodeAt(i) === 46) {
      i++
      const from = i
      let frac = 0
      let scale = 1
      while (i < n) {
        const c = digit(s, i)
        if (c < 0) break
        if (i - from < 3) {
          frac = frac * 10 + c
          scale *= 10
        }
        i++
      }
      const len = i - from
      if (len < 1 || len > 9) return false
      ms = Math.floor((frac * 1000) / scale)
    }
  }
  let offset = 0
  const c = s.charCodeAt(i)
  if (c === 90) {
    if (i + 1 !== n) return false
  } else if (c === 43 || c === 45) {
    if (i + 6 !== n || s.charCodeAt(i + 3) !== 58) return false
    const oh = two(s, i + 1)
    const om = two(s, i + 4)
    if (oh < 0 || om < 0 || oh > 18 || om > 59 || (oh === 18 && om > 0)) return false
    offset = (c === 45 ? -1 : 1) * (oh * 60 + om)
  } else {
    return false
  }
  out[at] = days * 1440 + hour * 60 + minute - offset
  out[at + 1] = second * 1000 + ms
  return true
}

const PARSED = new Float64Array(2)

/**
 * {@link parseInstantInto}, returning the epoch milliseconds (for callers off the hot path).
 * @param s - the text
 * @returns epoch milliseconds, or NaN when the text is not a valid instant
 */
export function parseInstantMs(s: string): number {
  return parseInstantInto(s, PARSED, 0) ? PARSED[0]! * MINUTE_MS + PARSED[1]! : NaN
}

const DAY_KEYS = new Map<number, string>()
const MONTH_KEYS = new Map<number, string>()

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0')
}

/**
 * `YYYY-MM-DD` of a local day number (memoised).
 * @param day - local day number
 * @returns the key
 */
export function dayKey(day: number): string {
  let k = DAY_KEYS.get(day)
  if (k === undefined) {
    const c = civilFromDays(day)
    k = `${pad(Math.floor(c / 10000), 4)}-${pad(Math.floor(c / 100) % 100, 2)}-${pad(c % 100, 2)}`
    if (DAY_KEYS.size < 100_000) DAY_KEYS.set(day, k)
  }
  return k
}

/**
 * Month index (`year * 12 + month − 1`) of a local day number.
 * @param day - local day number
 * @returns the month index
 */
export function monthOfDay(day: number): number {
  const c = civilFromDays(day)
  return Math.floor(c / 10000) * 12 + (Math.floor(c / 100) % 100) - 1
}

/**
 * `YYYY-MM` of a month index (memoised).
 * @param month - `year * 12 + month − 1`
 * @returns the key
 */
export function monthKey(month: number): string {
  let k = MONTH_KEYS.get(month)
  if (k === undefined) {
    k = `${pad(Math.floor(month / 12), 4)}-${pad((month % 12) + 1, 2)}`
    if (MONTH_KEYS.size < 100_000) MONTH_KEYS.set(month, k)
  }
  return k
}

interface YearSegment {
  /** First epoch minute of the UTC year. */
  readonly lo: number
  /** First epoch minute of the next UTC year. */
  readonly hi: number
  /** Offset in force at `lo`. */
  readonly start: number
  /** Transition instants inside (lo, hi), ascending. */
  readonly at: Float64Array
  /** Offsets from each transition on. */
  readonly offs: Float64Array
}

/**
 * A zone's UTC offsets as per-year tables of transitions, built from `Intl` once per zone and
 * year (daily samples, then a binary search to the minute) and only for the years asked about,
 * so that each record needs no `Intl` call.
 */
export class ZoneTable {
  /** The IANA zone. */
  readonly zone: string
  private readonly fmt: Intl.DateTimeFormat
  private readonly years = new Map<number, YearSegment>()
  private cur: YearSegment = { lo: 0, hi: 0, start: 0, at: new Float64Array(0), offs: new Float64Array(0) }

  constructor(zone: string) {
    this.zone = zone
    this.fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
  }

  /** Offset in whole minutes (local − UTC) at an epoch minute, straight from Intl. */
  private intlOffset(min: number): number {
    const parts = this.fmt.formatToParts(new Date(min * MINUTE_MS))
    let y = 0
    let mo = 0
    let d = 0
    let h = 0
    let mi = 0
    let bc = false
    for (const p of parts) {
      if (p.type === 'year') y = Number(p.value)
      else if (p.type === 'month') mo = Number(p.value)
      else if (p.type === 'day') d = Number(p.value)
      else if (p.type === 'hour') h = Number(p.value)
      else if (p.type === 'minute') mi = Number(p.value)
      else if (p.type === 'era') bc = p.value.startsWith('B')
    }
    if (bc) y = 1 - y
    const off = daysFromCivil(y, mo, d) * 1440 + h * 60 + mi - min
    return Number.isFinite(off) && Math.abs(off) <= 1500 ? off : 0
  }

  private buildYear(y: number): YearSegment {
    const lo = daysFromCivil(y, 1, 1) * 1440
    const hi = daysFromCivil(y + 1, 1, 1) * 1440
    const at: number[] = []
    const offs: number[] = []
    const start = this.intlOffset(lo)
    let prev = start
    let t = lo
    while (t < hi) {
      const next = Math.min(t + 1440, hi - 1)
      const o = this.intlOffset(next)
      if (o !== prev) {
        let a = t
        let b = next
        while (b - a > 1) {
          const m = Math.floor((a + b) / 2)
          if (this.intlOffset(m) === prev) a = m
          else b = m
        }
        at.push(b)
        offs.push(o)
        prev = o
      }
      if (next === hi - 1) break
      t = next
    }
    const seg = { lo, hi, start, at: Float64Array.from(at), offs: Float64Array.from(offs) }
    this.years.set(y, seg)
    return seg
  }

  /** The year segment holding an epoch minute. */
  private segment(min: number): YearSegment {
    const c = this.cur
    if (min >= c.lo && min < c.hi) return c
    const y = Math.floor(civilFromDays(Math.floor(min / 1440)) / 10000)
    this.cur = this.years.get(y) ?? this.buildYear(y)
    return this.cur
  }

  /**
   * Offset (local − UTC, minutes) at an epoch minute.
   * @param min - epoch minute
   * @returns the offset in minutes
   */
  offsetAt(min: number): number {
    const s = this.segment(min)
    const i = lastAtOrBefore(s.at, min)
    return i < 0 ? s.start : s.offs[i]!
  }

  /**
   * The next instant after `min` at which the offset may change (a transition or a year
   * boundary), or the end of its year.
   * @param min - epoch minute
   * @returns epoch minute
   */
  nextTransition(min: number): number {
    const s = this.segment(min)
    return s.at[lastAtOrBefore(s.at, min) + 1] ?? s.hi
  }

  /**
   * The offset, when it is the same at every minute of `[lo, hi]` (no transition in between).
   * Looks at three years at most: a wider range answers null (a year's table costs a year of
   * `Intl` probes, and the caller then splits by the tables of the years it meets).
   * @param lo - epoch minute
   * @param hi - epoch minute (≥ lo)
   * @returns the offset in minutes, or null
   */
  fixedOffset(lo: number, hi: number): number | null {
    let s = this.segment(lo)
    const off = s.start
    for (let years = 1; years <= 3; years++) {
      if (s.at.length !== 0 || s.start !== off) return null
      if (hi < s.hi) return off
      s = this.segment(s.hi)
    }
    return null
  }

  /**
   * Calls `emit(day, minutes)` for each local day that `[a, b)` touches, in time order;
   * consecutive parts on the same day are joined.
   * @param a - start, epoch minute
   * @param b - end, epoch minute (> a)
   * @param emit - receives the local day number and the minutes in it
   */
  split(a: number, b: number, emit: (day: number, minutes: number) => void): void {
    let t = a
    let lastDay = NaN
    let acc = 0
    while (t < b) {
      const s = this.segment(t)
      const i = lastAtOrBefore(s.at, t)
      const off = i < 0 ? s.start : s.offs[i]!
      const nextT = s.at[i + 1] ?? s.hi
      const day = Math.floor((t + off) / 1440)
      const end = Math.min(b, (day + 1) * 1440 - off, nextT)
      if (day === lastDay) acc += end - t
      else {
        if (acc > 0) emit(lastDay, acc)
        lastDay = day
        acc = end - t
      }
      t = end
    }
    if (acc > 0) emit(lastDay, acc)
  }
}

function lastAtOrBefore(at: Float64Array, min: number): number {
  let lo = 0
  let hi = at.length
  while (lo < hi) {
    const m = (lo + hi) >>> 1
    if (at[m]! <= min) lo = m + 1
    else hi = m
  }
  return lo - 1
}

const TABLES = new Map<string, ZoneTable>()

/**
 * The (memoised) offset table of a zone.
 * @param zone - a valid IANA zone
 * @returns the table
 */
export function zoneTable(zone: string): ZoneTable {
  let t = TABLES.get(zone)
  if (t === undefined) {
    t = new ZoneTable(zone)
    if (TABLES.size > 64) TABLES.clear()
    TABLES.set(zone, t)
  }
  return t
}
