import { TongxinError } from '../errors/TongxinError'
import { CREDIT_CODE_ALPHABET, CREDIT_CODE_DEPARTMENTS } from './creditCodeTables'
import type { CreditCodeDepartment } from './creditCodeTables'
import { creditCheckCharacter, organizationCheckCharacter } from './internal/gb32100'
import { isCreditRegion } from './internal/regions'

/**
 * The parts of a 统一社会信用代码 for `makeCreditCode`.
 * @example
 * const parts: CreditCodeParts = { department: '5', category: '2', regionCode: '370212', body8: 'MA3C4D5E' }
 */
export interface CreditCodeParts {
  /** 登记管理部门代码, one character of {@link CREDIT_CODE_DEPARTMENTS} (e.g. `'5'` 民政). */
  readonly department: string
  /** 机构类别代码, one of that department's categories (e.g. `'2'` 民办非企业单位). */
  readonly category: string
  /** 6-digit GB/T 2260 region code of the registration authority (or `'100000'`, national). */
  readonly regionCode: string
  /** The first 8 characters of the organisation code, from {@link CREDIT_CODE_ALPHABET}. */
  readonly body8: string
}

const BODY8 = new RegExp(`^[${CREDIT_CODE_ALPHABET}]{8}$`)

/**
 * Builds a valid 统一社会信用代码 from its parts, computing the GB 11714 check character of the
 * organisation code (character 17) and the GB 32100 mod-31 check character (character 18). For
 * test data and the sample generator: the caller supplies the (seeded) choices, this function
 * is deterministic. The result always passes `checkCreditCode`.
 *
 * @param parts - `{ department, category, regionCode, body8 }`
 * @returns the 18-character code
 * @throws TongxinError `CREDIT_BAD_DEPARTMENT`, `CREDIT_BAD_CATEGORY`, `CREDIT_BAD_REGION`, `CREDIT_BAD_CHARACTERS` (body8), or `CREDIT_INVALID_ARGUMENT` when `parts` is not an object
 * @see notes/domain.md §3.3
 * @example
 * makeCreditCode({ department: '9', category: '1', regionCode: '110108', body8: '55138508' })
 * //=> '91110108551385082Q'
 */
export function makeCreditCode(parts: CreditCodeParts): string {
  if (typeof parts !== 'object' || (parts as unknown) === null) {
    throw new TongxinError('CREDIT_INVALID_ARGUMENT', { name: 'parts', expected: '{ department, category, regionCode, body8 }' })
  }
  const { department, category, regionCode, body8 } = parts as Record<'department' | 'category' | 'regionCode' | 'body8', unknown>
  const departments: Readonly<Record<string, CreditCodeDepartment>> = CREDIT_CODE_DEPARTMENTS
  const dept = typeof department === 'string' && Object.hasOwn(departments, department) ? departments[department] : undefined
  if (dept === undefined || typeof department !== 'string') {
    throw new TongxinError('CREDIT_BAD_DEPARTMENT', { department: typeof department === 'string' ? department : typeof department })
  }
  if (typeof category !== 'string' || !Object.hasOwn(dept.categories, category)) {
    throw new TongxinError('CREDIT_BAD_CATEGORY', { department, category: typeof category === 'string' ? category : typeof category })
  }
  if (typeof regionCode !== 'string' || !isCreditRegion(regionCode)) {
    throw new TongxinError('CREDIT_BAD_REGION', { regionCode: typeof regionCode === 'string' ? regionCode : typeof regionCode })
  }
  if (typeof body8 !== 'string' || !BODY8.test(body8)) {
    throw new TongxinError('CREDIT_BAD_CHARACTERS', { position: '9–16', character: typeof body8 === 'string' ? body8 : typeof body8 })
  }
  const body16 = `${department}${category}${regionCode}${body8}`
  const body17 = body16 + organizationCheckCharacter(body8)
  return body17 + creditCheckCharacter(body17)
}
