import { typeName } from './internal/describe'
import { fail } from './internal/fail'
import type { PhoneCheck } from './types'

const SEPARATORS = /[\s-]/g
const NON_DIGIT = /\D/u
const MOBILE_PREFIX = /^1[3-9]/

/**
 * Checks a mainland China mobile number (手机号码): 11 digits starting with 13–19, optionally
 * written with a `+86` or `0086` country prefix, spaces and dashes. The normalised form is the
 * 11 digits alone. Never throws: a bad value comes back as a code.
 *
 * @param value - the number to check (anything; non-strings fail with `PHONE_NOT_STRING`)
 * @returns `{ ok: true, normalized }` or `{ ok: false, code, params }`
 * @see docs/identifiers.md (the 13–19 segments are the MIIT numbering plan's mobile ranges; the
 * same pattern is used by the model schema)
 * @example
 * checkPhone('+86 138-1234-5678') //=> { ok: true, normalized: '13812345678' }
 * checkPhone('12345678901') //=> { ok: false, code: 'PHONE_BAD_PREFIX', params: { prefix: '12' } }
 */
export function checkPhone(value: unknown): PhoneCheck {
  if (typeof value !== 'string') return fail('PHONE_NOT_STRING', { type: typeName(value) })
  let digits = value.replace(SEPARATORS, '')
  if (digits === '') return fail('PHONE_EMPTY')
  if (digits.startsWith('+86')) digits = digits.slice(3)
  else if (digits.startsWith('0086')) digits = digits.slice(4)
  const bad = NON_DIGIT.exec(digits)
  if (bad !== null) return fail('PHONE_BAD_CHARACTERS', { character: bad[0] })
  if (digits.length !== 11) return fail('PHONE_BAD_LENGTH', { actual: digits.length })
  if (!MOBILE_PREFIX.test(digits)) return fail('PHONE_BAD_PREFIX', { prefix: digits.slice(0, 2) })
  return Object.freeze({ ok: true, normalized: digits })
}
