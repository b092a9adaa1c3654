// Calendar helpers shared by the schemas and the calculators. No zod here.

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/
const TIME_RE = /^(\d{2}):(\d{2})$/
const DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/

/**
 * Whether `year-month-day` is a real Gregorian calendar date.
 * @param year - e.g. 2024
 * @param month - 1–12
 * @param day - 1–31
 * @returns true for a date that exists (2024-02-29 yes, 2023-02-29 no)
 * @example
 * isRealDate(2024, 2, 29) //=> true
 */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0
  return day <= days
}

/**
 * Whether a string is a real `YYYY-MM-DD` calendar date.
 * @param value - the string
 * @returns true for `2024-02-29`, false for `2023-02-29` or `2024-2-1`
 * @example
 * isLocalDate('2025-02-30') //=> false
 */
export function isLocalDate(value: string): boolean {
  const m = DATE_RE.exec(value)
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))
}

/**
 * Whether a string is a time of day `HH:mm` from 00:00 to 24:00 (24:00 = end of day).
 * @param value - the string
 * @returns true for `08:30` and `24:00`, false for `25:00` or `12:60`
 * @example
 * isTimeOfDay('25:00') //=> false
 */
export function isTimeOfDay(value: string): boolean {
  const m = TIME_RE.exec(value)
  if (m === null) return false
  const h = Number(m[1])
  const min = Number(m[2])
  return (h < 24 && min < 60) || (h === 24 && min === 0)
}

/**
 * Minutes since midnight of an `HH:mm` time (24:00 → 1440).
 * @param value - a valid time of day
 * @returns minutes since midnight
 * @example
 * timeOfDayToMinutes('08:30') //=> 510
 */
export function timeOfDayToMinutes(value: string): number {
  return Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5))
}

/**
 * Parses an ISO 8601 date-time that carries its offset (`Z` or `±hh:mm`) into epoch milliseconds,
 * or returns `undefined` when the text is not such an instant or names a date or time that does
 * not exist (Feb 30, 25:00, offset beyond ±18:00).
 * @param value - e.g. `2025-03-08T09:00:00+08:00`
 * @returns epoch milliseconds, or undefined
 * @example
 * parseInstant('2025-03-08T09:00+08:00') //=> 1741395600000
 */
export function parseInstant(value: string): number | undefined {
  const m = DATETIME_RE.exec(value)
  if (m === null) return undefined
  const [, y, mo, d, h, mi, s, frac, off] = m
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  const hour = Number(h)
  const minute = Number(mi)
  const second = s === undefined ? 0 : Number(s)
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined
  let offsetMinutes = 0
  if (off !== undefined && off !== 'Z') {
    const oh = Number(off.slice(1, 3))
    const om = Number(off.slice(4, 6))
    if (oh > 18 || om > 59 || (oh === 18 && om > 0)) return undefined
    offsetMinutes = (off.startsWith('-') ? -1 : 1) * (oh * 60 + om)
  }
  const ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000)
  // Date.UTC maps years 0–99 to 1900–1999, so set the full year explicitly.
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  date.setUTCHours(hour, minute, second, ms)
  return date.getTime() - offsetMinutes * 60_000
}

/**
 * Whether a string names an IANA time zone this runtime knows.
 * @param value - e.g. `Asia/Shanghai`
 * @returns true when `Intl` accepts it
 * @example
 * isTimeZone('Asia/Shanghai') //=> true
 */
export function isTimeZone(value: string): boolean {
  if (value.length === 0 || value.length > 64) return false
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value })
    return true
  } catch {
    return false
  }
}
