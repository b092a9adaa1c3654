import { maskableChars, maskChars, resolveMaskPolicy } from './internal/mask'
import { DEFAULT_CREDIT_CODE_MASK } from './maskPolicy'
import type { MaskPolicy } from './maskPolicy'

/**
 * Masks a 统一社会信用代码 (credit code) for display (脱敏): by default keeps 8 + 2 characters and replaces
 * the rest with `*`. The value is masked as given: pass the `normalized` form of a check.
 * A value too short for the policy is masked entirely, so the mask never shows more than the
 * policy allows.
 *
 * @param value - the string to mask
 * @param policy - overrides of {@link DEFAULT_CREDIT_CODE_MASK} (`keepStart`, `keepEnd`, `maskChar`)
 * @returns the masked string, as many characters (code points) long as `value`
 * @throws TongxinError `MASK_NOT_STRING` for a non-string value, `MASK_INVALID_POLICY` for a negative or non-integer count or a `maskChar` that is not one character
 * @see notes/domain.md §3.4 (masking formats are conventions, not a national rule)
 * @example
 * maskCreditCode('91110108551385082Q') //=> '91110108********2Q'
 */
export function maskCreditCode(value: string, policy?: Partial<MaskPolicy>): string {
  const { keepStart, keepEnd, maskChar } = resolveMaskPolicy(policy, DEFAULT_CREDIT_CODE_MASK)
  return maskChars(maskableChars(value), keepStart, keepEnd, maskChar)
}
