const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** Whether year/month/day (integers) is a real day of the proleptic Gregorian calendar. */
export function isRealDay(year: number, month: number, day: number): boolean {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/** Whether a string is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value)
  return m !== null && isRealDay(Number(m[1]), Number(m[2]), Number(m[3]))
}

/** The earliest birth date accepted in an identity number (an assumption, see docs/identifiers.md). */
export const EARLIEST_BIRTH_DATE = '1800-01-01'

/**
 * Today's date in Asia/Shanghai (UTC+8 all year: China has had no daylight saving time since
 * 1991), as `YYYY-MM-DD`. The one place in tongxin that reads the clock (DESIGN.md §2.1).
 */
export function todayInShanghai(): string {
  // eslint-disable-next-line no-restricted-syntax -- DESIGN.md §2.1: an identity check defaults `today` to the current date, the one sanctioned clock read in the library
  const now = new Date()
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)
}
