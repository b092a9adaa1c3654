// Mask policies as data. Display masking is a convention, not a national rule
// (notes/domain.md §3.4, ❌ as a rule / 🟡 as a convention), so every mask is configurable.

/**
 * How a mask shows a value: the first `keepStart` and the last `keepEnd` characters stay, every
 * other character becomes `maskChar`. Characters are Unicode code points. A value too short to
 * hide anything under the policy (length ≤ keepStart + keepEnd) is masked entirely: a mask never
 * shows more than its policy allows.
 * @example
 * const policy: MaskPolicy = { keepStart: 3, keepEnd: 4, maskChar: '*' }
 */
export interface MaskPolicy {
  /** How many leading characters stay visible (a non-negative integer). */
  readonly keepStart: number
  /** How many trailing characters stay visible (a non-negative integer). */
  readonly keepEnd: number
  /** The character that replaces each hidden character (exactly one code point). */
  readonly maskChar: string
}

/**
 * 身份证号 mask: keeps the 6-digit address code and the last 4 characters, hiding the birth date
 * (`110105********002X`).
 * @see notes/domain.md §3.4 (convention, hutool `DesensitizedUtil.idCardNum(…, 6, 4)`)
 * @example
 * DEFAULT_ID_NUMBER_MASK //=> { keepStart: 6, keepEnd: 4, maskChar: '*' }
 */
export const DEFAULT_ID_NUMBER_MASK: MaskPolicy = Object.freeze({ keepStart: 6, keepEnd: 4, maskChar: '*' })

/**
 * 手机号码 mask: keeps 3 + 4 (`138****5678`).
 * @see notes/domain.md §3.4 (convention)
 * @example
 * DEFAULT_PHONE_MASK //=> { keepStart: 3, keepEnd: 4, maskChar: '*' }
 */
export const DEFAULT_PHONE_MASK: MaskPolicy = Object.freeze({ keepStart: 3, keepEnd: 4, maskChar: '*' })

/**
 * 姓名 mask: shows the surname only (`张*`, `欧阳**`). For names, `keepStart` caps the surname
 * shown: a one-character surname shows 1, a compound surname 2 (if `keepStart` ≥ 2).
 * @see notes/domain.md §3.4 (convention)
 * @example
 * DEFAULT_NAME_MASK //=> { keepStart: 2, keepEnd: 0, maskChar: '*' }
 */
export const DEFAULT_NAME_MASK: MaskPolicy = Object.freeze({ keepStart: 2, keepEnd: 0, maskChar: '*' })

/**
 * 统一社会信用代码 mask: keeps 8 + 2 (`91110108********2Q`): department, category and region stay.
 * @see notes/domain.md §3.4 (convention)
 * @example
 * DEFAULT_CREDIT_CODE_MASK //=> { keepStart: 8, keepEnd: 2, maskChar: '*' }
 */
export const DEFAULT_CREDIT_CODE_MASK: MaskPolicy = Object.freeze({ keepStart: 8, keepEnd: 2, maskChar: '*' })
