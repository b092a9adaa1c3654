// Per-day tables for one sample year (plus a tail into the next year): local date text, ISO
// weekday, UTC offset text, and whether the offset is constant all day. Built once per call, so
// instants are cheap string concatenations.

const DAY_MS = 86_400_000

function at<T>(a: ArrayLike<T>, i: number): T {
  return a[i] as T
}

/** `HH:mm:00` for every minute of a day, index = minutes since midnight. */
export const CLOCK: readonly string[] = Array.from({ length: 1440 }, (_, m) => {
  const h = Math.floor(m / 60)
  const mm = m % 60
  return `${h < 10 ? '0' : ''}${h}:${mm < 10 ? '0' : ''}${mm}:00`
})

/** The day tables of a year. */
export interface DayTable {
  /** Number of days of the year itself (365 or 366); entries beyond it are the tail. */
  readonly yearDays: number
  /** `YYYY-MM-DD` per day index (day 0 = 1 January). */
  readonly date: readonly string[]
  /** `YYYY-MM-DDT` per day index. */
  readonly prefix: readonly string[]
  /** ISO weekday (1 = Monday … 7 = Sunday) per day index. */
  readonly weekday: Uint8Array
  /** The zone's offset text (`+08:00`) per day index. */
  readonly offset: readonly string[]
  /** 1 when the offset does not change during that local day. */
  readonly stable: Uint8Array
}

const TWO_DIGITS: readonly string[] = Array.from({ length: 32 }, (_, i) => (i < 10 ? `0${i}` : String(i)))

/** `YYYY-MM-DD` of a UTC epoch-millisecond date (pure arithmetic, no Date object). */
export function isoDate(ms: number): string {
  // days → civil date (H. Hinnant's algorithm), valid for the proleptic Gregorian calendar
  const z = Math.floor(ms / DAY_MS) + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor((doe - Math.floor(doe / 1_460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0)
  return `${y}-${at(TWO_DIGITS, m)}-${at(TWO_DIGITS, d)}`
}

/** Days from 1970-01-01 to 1 January of `year` (proleptic Gregorian). */
function yearStartDay(year: number): number {
  const y = year - 1
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + 306 - 719_468
}

/** `YYYY-MM-DD` of a date given as year and day-of-year index (may spill into neighbouring years). */
export function dateOf(year: number, dayIndex: number): string {
  return isoDate((yearStartDay(year) + dayIndex) * DAY_MS)
}

const FIRST_CACHED_DAY = yearStartDay(1800)

/** `dateOf` with the texts shared: one string per distinct date (a generator makes many). */
export class DateTexts {
  private readonly cache: (string | undefined)[] = []

  /** Same as `dateOf(year, dayIndex)`. */
  of(year: number, dayIndex: number): string {
    const day = yearStartDay(year) + dayIndex
    const key = day - FIRST_CACHED_DAY
    if (key < 0) return isoDate(day * DAY_MS)
    let text = this.cache[key]
    if (text === undefined) {
      text = isoDate(day * DAY_MS)
      this.cache[key] = text
    }
    return text
  }
}

/** The offset text of an instant from a `longOffset` formatter (`+08:00`; a bare `GMT` is zero). */
export function offsetText(format: Intl.DateTimeFormat, ms: number): string {
  // 'm/d/yyyy, GMT+08:00', or '…, GMT' for a zero offset
  const text = format.format(ms)
  const offset = text.slice(text.lastIndexOf('GMT') + 3)
  return offset === '' ? '+00:00' : offset
}


/**
 * Builds the day tables of `year` in `timeZone`, with `tail` extra days into the next year.
 * @param year - the sample year
 * @param timeZone - a valid IANA zone
 * @param tail - extra days after 31 December
 */
export function buildDayTable(year: number, timeZone: string, tail: number): DayTable {
  const start = Date.UTC(year, 0, 1)
  const yearDays = Math.round((Date.UTC(year + 1, 0, 1) - start) / DAY_MS)
  const n = yearDays + tail
  const format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
  // Offsets at UTC noon from two days before the first day to two days after the last; a weekly
  // pre-scan skips the daily one for zones whose offset does not change during the period.
  const noonOf = (i: number): number => start + i * DAY_MS + DAY_MS / 2
  const first = offsetText(format, noonOf(-2))
  let constant = true
  for (let i = -2; i <= n + 2 && constant; i += 7) constant = offsetText(format, noonOf(i)) === first
  constant &&= offsetText(format, noonOf(n + 2)) === first
  const noon: string[] = []
  for (let i = -2; i <= n + 2; i++) noon.push(constant ? first : offsetText(format, noonOf(i)))
  // A local day lies within [day-1 00:00Z, day+2 00:00Z] for every offset from -12:00 to +14:00;
  // an offset change between two noon samples makes the days around it unstable.
  const stable = new Uint8Array(n).fill(1)
  for (let i = -2; i < n + 2; i++) {
    if (at(noon, i + 2) !== at(noon, i + 3)) for (let d = i - 1; d <= i + 2; d++) if (d >= 0 && d < n) stable[d] = 0
  }
  const date: string[] = []
  const prefix: string[] = []
  const offset: string[] = []
  const weekday = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    const ms = start + i * DAY_MS
    const text = isoDate(ms)
    date.push(text)
    prefix.push(`${text}T`)
    weekday[i] = ((new Date(ms).getUTCDay() + 6) % 7) + 1
    offset.push(at(noon, i + 2))
  }
  return { yearDays, date, prefix, weekday, offset, stable }
}
