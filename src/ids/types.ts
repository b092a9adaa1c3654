// Result types of the identifier checks.

import type { Label } from '../model/labels'

/**
 * A failed check: a stable code and the values that explain it. It is a `CodedMessage`, so
 * `formatMessage(result)` renders it in zh-CN or en.
 * @example
 * const failure: CheckFailure<'ID_BAD_CHECK_CHARACTER'> = {
 *   ok: false, code: 'ID_BAD_CHECK_CHARACTER', params: { expected: 'X', actual: '1' },
 * }
 */
export interface CheckFailure<C extends string = string> {
  /** Always false. */
  readonly ok: false
  /** Why the value was refused. */
  readonly code: C
  /** Values for the message (e.g. `expected`, `actual`, `position`, `character`). */
  readonly params: Readonly<Record<string, string | number>>
}

/**
 * What an identity number is: an 18-character 居民身份证号, a 港澳台居民居住证 number, or a legacy 15-digit number upgraded to 18.
 * @example
 * const k: IdNumberKind = 'residence-permit'
 */
export type IdNumberKind = 'resident' | 'residence-permit' | 'legacy-15'

/**
 * Why `checkIdNumber` refused a value.
 * @example
 * const c: IdNumberErrorCode = 'ID_BAD_CHECK_CHARACTER'
 */
export type IdNumberErrorCode =
  | 'ID_NOT_STRING'
  | 'ID_EMPTY'
  | 'ID_BAD_LENGTH'
  | 'ID_BAD_CHARACTERS'
  | 'ID_BAD_REGION'
  | 'ID_BAD_BIRTH_DATE'
  | 'ID_BIRTH_DATE_TOO_EARLY'
  | 'ID_BIRTH_DATE_IN_FUTURE'
  | 'ID_BAD_CHECK_CHARACTER'

/**
 * A valid identity number and what it says.
 * @example
 * const info: IdNumberInfo = {
 *   ok: true, normalized: '11010519491231002X', kind: 'resident', regionCode: '110105',
 *   birthDate: '1949-12-31', sex: 'female',
 * }
 */
export interface IdNumberInfo {
  /** Always true. */
  readonly ok: true
  /** The 18-character form: trimmed, check character upper-case, legacy numbers upgraded. */
  readonly normalized: string
  /** Resident, residence permit, or upgraded legacy number. */
  readonly kind: IdNumberKind
  /** The 6-digit address code (GB/T 2260), e.g. `'110105'`; `'810000'` etc. for residence permits. */
  readonly regionCode: string
  /** The birth date, `YYYY-MM-DD`. */
  readonly birthDate: string
  /** From the sequence code: odd = male, even = female. */
  readonly sex: 'male' | 'female'
  /** The original 15-digit number, for `kind: 'legacy-15'` only. */
  readonly upgradedFrom?: string
}

/**
 * The result of `checkIdNumber`.
 * @example
 * const r: IdNumberCheck = checkIdNumber('11010519491231002X')
 */
export type IdNumberCheck = IdNumberInfo | CheckFailure<IdNumberErrorCode>

/**
 * Why `checkCreditCode` refused a value.
 * @example
 * const c: CreditCodeErrorCode = 'CREDIT_BAD_CHECK_CHARACTER'
 */
export type CreditCodeErrorCode =
  | 'CREDIT_NOT_STRING'
  | 'CREDIT_EMPTY'
  | 'CREDIT_BAD_LENGTH'
  | 'CREDIT_BAD_CHARACTERS'
  | 'CREDIT_BAD_DEPARTMENT'
  | 'CREDIT_BAD_CATEGORY'
  | 'CREDIT_BAD_REGION'
  | 'CREDIT_BAD_ORGANIZATION_CHECK'
  | 'CREDIT_BAD_CHECK_CHARACTER'

/**
 * A code with its zh-CN / en label, as read from a credit code.
 * @example
 * const part: CodeWithLabel = { code: '5', label: { 'zh-CN': '民政', en: 'civil affairs' } }
 */
export interface CodeWithLabel {
  /** The one-character code. */
  readonly code: string
  /** Its label. */
  readonly label: Label
}

/**
 * A valid 统一社会信用代码 and what it says.
 * @example
 * const info: CreditCodeInfo = {
 *   ok: true, normalized: '91350100M000100Y43',
 *   registrationAuthority: { code: '9', label: { 'zh-CN': '工商', en: 'industry and commerce' } },
 *   category: { code: '1', label: { 'zh-CN': '企业', en: 'enterprise' } },
 *   regionCode: '350100', organizationCode: 'M000100Y4',
 * }
 */
export interface CreditCodeInfo {
  /** Always true. */
  readonly ok: true
  /** The 18-character code: trimmed, letters upper-case. */
  readonly normalized: string
  /** 登记管理部门 (character 1). */
  readonly registrationAuthority: CodeWithLabel
  /** 机构类别 (character 2). */
  readonly category: CodeWithLabel
  /** 登记管理机关行政区划码 (characters 3–8, GB/T 2260; `'100000'` = national). */
  readonly regionCode: string
  /** 主体标识码 (characters 9–17): the GB 11714 organisation code including its check character. */
  readonly organizationCode: string
}

/**
 * The result of `checkCreditCode`.
 * @example
 * const r: CreditCodeCheck = checkCreditCode('91350100M000100Y43')
 */
export type CreditCodeCheck = CreditCodeInfo | CheckFailure<CreditCodeErrorCode>

/**
 * Why `checkPhone` refused a value.
 * @example
 * const c: PhoneErrorCode = 'PHONE_BAD_LENGTH'
 */
export type PhoneErrorCode = 'PHONE_NOT_STRING' | 'PHONE_EMPTY' | 'PHONE_BAD_CHARACTERS' | 'PHONE_BAD_LENGTH' | 'PHONE_BAD_PREFIX'

/**
 * A valid mainland mobile number.
 * @example
 * const info: PhoneInfo = { ok: true, normalized: '13812345678' }
 */
export interface PhoneInfo {
  /** Always true. */
  readonly ok: true
  /** The 11 digits, without country prefix, spaces or dashes. */
  readonly normalized: string
}

/**
 * The result of `checkPhone`.
 * @example
 * const r: PhoneCheck = checkPhone('+86 138-1234-5678')
 */
export type PhoneCheck = PhoneInfo | CheckFailure<PhoneErrorCode>
