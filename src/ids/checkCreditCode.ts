import { CREDIT_CODE_ALPHABET, CREDIT_CODE_DEPARTMENTS } from './creditCodeTables'
import type { CreditCodeDepartment } from './creditCodeTables'
import { typeName } from './internal/describe'
import { fail } from './internal/fail'
import { creditCheckCharacter, organizationCheckCharacter } from './internal/gb32100'
import { isCreditRegion } from './internal/regions'
import type { CreditCodeCheck } from './types'

const EIGHTEEN_SYMBOLS = new RegExp(`^[${CREDIT_CODE_ALPHABET}]{18}$`)

/** Why a string is not 18 symbols of the alphabet: its length, or its first bad character. */
function shapeFailure(code: string): CreditCodeCheck {
  const chars = Array.from(code)
  if (chars.length !== 18) return fail('CREDIT_BAD_LENGTH', { actual: chars.length })
  const i = chars.findIndex((ch) => ch.length !== 1 || !CREDIT_CODE_ALPHABET.includes(ch))
  return fail('CREDIT_BAD_CHARACTERS', { position: i + 1, character: String(chars[i]) })
}

/**
 * Checks a 统一社会信用代码 (unified social credit code, GB 32100-2015).
 *
 * Checks, in order: a string, not empty, 18 characters, all from the 31-symbol alphabet (no I, O,
 * Z, S, V), a known 登记管理部门 and a 机构类别 of that department, a GB/T 2260 region code (or
 * `100000` for a national authority), the GB 11714 check character of the organisation code
 * (character 17), and the mod-31 check character (character 18). Surrounding whitespace is
 * trimmed and ASCII lower-case letters are upper-cased. Never throws: a bad value comes back as a code.
 *
 * @param value - the code to check (anything; non-strings fail with `CREDIT_NOT_STRING`)
 * @returns `{ ok: true, normalized, registrationAuthority, category, regionCode, organizationCode }` or `{ ok: false, code, params }`
 * @see notes/domain.md §3.3 (alphabet, layout, weights, GB 11714 inner check, department codes, test vectors)
 * @example
 * checkCreditCode('91350100M000100Y43')
 * //=> { ok: true, normalized: '91350100M000100Y43',
 * //     registrationAuthority: { code: '9', label: { 'zh-CN': '工商', en: 'industry and commerce' } },
 * //     category: { code: '1', label: { 'zh-CN': '企业', en: 'enterprise' } },
 * //     regionCode: '350100', organizationCode: 'M000100Y4' }
 * checkCreditCode('91350100M000100Y44').ok //=> false (CREDIT_BAD_CHECK_CHARACTER)
 */
export function checkCreditCode(value: unknown): CreditCodeCheck {
  if (typeof value !== 'string') return fail('CREDIT_NOT_STRING', { type: typeName(value) })
  const trimmed = value.trim()
  if (trimmed === '') return fail('CREDIT_EMPTY')
  const code = trimmed.replace(/[a-z]/g, (c) => c.toUpperCase())
  if (!EIGHTEEN_SYMBOLS.test(code)) return shapeFailure(code)

  const department = code.charAt(0)
  const category = code.charAt(1)
  const departments: Readonly<Record<string, CreditCodeDepartment>> = CREDIT_CODE_DEPARTMENTS
  const dept = Object.hasOwn(departments, department) ? departments[department] : undefined
  if (dept === undefined) return fail('CREDIT_BAD_DEPARTMENT', { department })
  const cat = Object.hasOwn(dept.categories, category) ? dept.categories[category] : undefined
  if (cat === undefined) return fail('CREDIT_BAD_CATEGORY', { department, category })

  const regionCode = code.slice(2, 8)
  if (!isCreditRegion(regionCode)) return fail('CREDIT_BAD_REGION', { regionCode })

  const orgExpected = organizationCheckCharacter(code.slice(8, 16))
  if (code.charAt(16) !== orgExpected) {
    return fail('CREDIT_BAD_ORGANIZATION_CHECK', { expected: orgExpected, actual: code.charAt(16) })
  }
  const expected = creditCheckCharacter(code.slice(0, 17))
  if (code.charAt(17) !== expected) return fail('CREDIT_BAD_CHECK_CHARACTER', { expected, actual: code.charAt(17) })

  return Object.freeze({
    ok: true,
    normalized: code,
    registrationAuthority: Object.freeze({ code: department, label: dept.label }),
    category: Object.freeze({ code: category, label: cat }),
    regionCode,
    organizationCode: code.slice(8, 17),
  })
}
