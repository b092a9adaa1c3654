import { TongxinError } from '../errors/TongxinError'
import { typeName } from './internal/describe'
import { EARLIEST_BIRTH_DATE, isIsoDate, todayInShanghai } from './internal/dates'
import { fail } from './internal/fail'
import { idCheckCharacter } from './internal/gb11643'
import { classifyIdRegion } from './internal/regions'
import type { IdNumberCheck, IdNumberInfo } from './types'

/**
 * Options of `checkIdNumber`.
 * @example
 * checkIdNumber(value, { today: '2026-01-01' } satisfies CheckIdNumberOptions)
 */
export interface CheckIdNumberOptions {
  /**
   * Today's date, `YYYY-MM-DD`: a birth date after it is refused. Defaults to the current date in
   * Asia/Shanghai (the one place tongxin reads the clock; pass it for reproducible results).
   */
  readonly today?: string | undefined
}

const DIGIT = /^\d$/
const FIFTEEN_DIGITS = /^\d{15}$/
const EIGHTEEN_CHARACTERS = /^\d{17}[\dXx]$/

/** Why a trimmed, non-empty string has neither valid shape: its length, or its first bad character. */
function shapeFailure(trimmed: string): IdNumberCheck {
  const chars = Array.from(trimmed)
  if (chars.length !== 18 && chars.length !== 15) return fail('ID_BAD_LENGTH', { actual: chars.length })
  const i = chars.findIndex((ch, k) => !DIGIT.test(ch) && !(k === 17 && (ch === 'X' || ch === 'x')))
  return fail('ID_BAD_CHARACTERS', { position: i + 1, character: String(chars[i]) })
}

function resolveToday(options: unknown): string {
  if (options === undefined) return todayInShanghai()
  if (typeof options !== 'object' || options === null) {
    throw new TongxinError('ID_INVALID_ARGUMENT', { name: 'options', expected: '{ today?: "YYYY-MM-DD" }' })
  }
  const today = (options as { today?: unknown }).today
  if (today === undefined) return todayInShanghai()
  if (typeof today !== 'string' || !isIsoDate(today)) {
    throw new TongxinError('ID_INVALID_TODAY', { today: typeof today === 'string' ? today : typeName(today) })
  }
  return today
}

/**
 * Checks a 居民身份证号 (GB 11643-1999), a 港澳台居民居住证 number, or a legacy 15-digit number
 * (GB 11643-1989, upgraded to 18 characters with the 19YY century and a computed check character).
 *
 * Checks, in order: a string, not empty, 18 (or 15) characters, digits (plus a final `X` in the
 * 18-character form), a valid province code (GB/T 2260; `810000`/`820000`/`830000` only as residence
 * permits), a real birth date not before 1800-01-01 and not after `today`, and the ISO 7064
 * MOD 11-2 check character. Surrounding whitespace and a lower-case final `x` are normalised;
 * nothing else is guessed. Never throws for a bad `value`: the failure comes back as a code.
 *
 * @param value - the number to check (anything; non-strings fail with `ID_NOT_STRING`)
 * @param options - `today` (`YYYY-MM-DD`), default the current date in Asia/Shanghai
 * @returns `{ ok: true, normalized, kind, regionCode, birthDate, sex, upgradedFrom? }` or `{ ok: false, code, params }`
 * @throws TongxinError `ID_INVALID_TODAY` for a `today` that is not a real `YYYY-MM-DD` date, `ID_INVALID_ARGUMENT` for options that are not an object
 * @see notes/domain.md §3.2 (GB 11643-1999: layout, weights, check characters, residence permits, test vectors)
 * @example
 * checkIdNumber('11010519491231002x', { today: '2026-01-01' })
 * //=> { ok: true, normalized: '11010519491231002X', kind: 'resident', regionCode: '110105',
 * //     birthDate: '1949-12-31', sex: 'female' }
 * checkIdNumber('110105194912310021', { today: '2026-01-01' })
 * //=> { ok: false, code: 'ID_BAD_CHECK_CHARACTER', params: { expected: 'X', actual: '1' } }
 */
export function checkIdNumber(value: unknown, options?: CheckIdNumberOptions): IdNumberCheck {
  const today = resolveToday(options)
  if (typeof value !== 'string') return fail('ID_NOT_STRING', { type: typeName(value) })
  const trimmed = value.trim()
  if (trimmed === '') return fail('ID_EMPTY')
  const legacy = FIFTEEN_DIGITS.test(trimmed)
  if (!legacy && !EIGHTEEN_CHARACTERS.test(trimmed)) return shapeFailure(trimmed)
  const text = legacy ? trimmed : trimmed.slice(0, 17) + trimmed.charAt(17).toUpperCase()

  const regionCode = text.slice(0, 6)
  const region = classifyIdRegion(regionCode)
  if (region === undefined || (legacy && region === 'residence-permit')) return fail('ID_BAD_REGION', { regionCode })

  const compactDate = legacy ? `19${text.slice(6, 12)}` : text.slice(6, 14)
  const birthDate = `${compactDate.slice(0, 4)}-${compactDate.slice(4, 6)}-${compactDate.slice(6, 8)}`
  if (!isIsoDate(birthDate)) return fail('ID_BAD_BIRTH_DATE', { birthDate })
  if (birthDate < EARLIEST_BIRTH_DATE) return fail('ID_BIRTH_DATE_TOO_EARLY', { birthDate, earliest: EARLIEST_BIRTH_DATE })
  if (birthDate > today) return fail('ID_BIRTH_DATE_IN_FUTURE', { birthDate, today })

  const body17 = legacy ? `${regionCode}${compactDate}${text.slice(12, 15)}` : text.slice(0, 17)
  const expected = idCheckCharacter(body17)
  if (!legacy && text.charAt(17) !== expected) {
    return fail('ID_BAD_CHECK_CHARACTER', { expected, actual: text.charAt(17) })
  }
  const sex = Number(body17.charAt(16)) % 2 === 1 ? 'male' : 'female'
  const info: IdNumberInfo = legacy
    ? { ok: true, normalized: body17 + expected, kind: 'legacy-15', regionCode, birthDate, sex, upgradedFrom: text }
    : { ok: true, normalized: text, kind: region, regionCode, birthDate, sex }
  return Object.freeze(info)
}
