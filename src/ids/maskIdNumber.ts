import { maskableChars, maskChars, resolveMaskPolicy } from './internal/mask'
import { DEFAULT_ID_NUMBER_MASK } from './maskPolicy'
import type { MaskPolicy } from './maskPolicy'

/**
 * Masks a 身份证号 (identity number) for display (脱敏): by default keeps the 6-digit address code and the last 4 characters and replaces
 * the rest with `*`. The value is masked as given: pass the `normalized` form of a check.
 * A value too short for the policy is masked entirely, so the mask never shows more than the
 * policy allows.
 *
 * @param value - the string to mask
 * @param policy - overrides of {@link DEFAULT_ID_NUMBER_MASK} (`keepStart`, `keepEnd`, `maskChar`)
 * @returns the masked string, as many characters (code points) long as `value`
 * @throws TongxinError `MASK_NOT_STRING` for a non-string value, `MASK_INVALID_POLICY` for a negative or non-integer count or a `maskChar` that is not one character
 * @see notes/domain.md §3.4 (masking formats are conventions, not a national rule)
 * @example
 * maskIdNumber('11010519491231002X') //=> '110105********002X'
 */
export function maskIdNumber(value: string, policy?: Partial<MaskPolicy>): string {
  const { keepStart, keepEnd, maskChar } = resolveMaskPolicy(policy, DEFAULT_ID_NUMBER_MASK)
  return maskChars(maskableChars(value), keepStart, keepEnd, maskChar)
}
