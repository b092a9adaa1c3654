import { COMPOUND_SURNAMES } from './compoundSurnames'
import { maskableChars, maskChars, resolveMaskPolicy } from './internal/mask'
import { DEFAULT_NAME_MASK } from './maskPolicy'
import type { MaskPolicy } from './maskPolicy'

/**
 * Masks a person's name for display (姓名脱敏): shows the surname and hides the given name
 * (`张三` → `张*`, `欧阳娜娜` → `欧阳**`).
 *
 * The surname is two characters when the name has at least three characters and starts with one
 * of {@link COMPOUND_SURNAMES}, otherwise one character. `keepStart` caps how much of the surname
 * shows (default 2, so a compound surname shows whole; `keepStart: 1` shows `欧**`); `keepEnd`
 * keeps trailing characters as for the other masks. A name too short to hide anything — a
 * one-character name — is masked entirely (`张` → `*`), so the mask never shows more than
 * `keepStart + keepEnd` characters. Names in other scripts are treated alike (`John` → `J***`).
 *
 * @param value - the name to mask
 * @param policy - overrides of {@link DEFAULT_NAME_MASK} (`keepStart`, `keepEnd`, `maskChar`)
 * @returns the masked name, as many characters (code points) long as `value`
 * @throws TongxinError `MASK_NOT_STRING` for a non-string value, `MASK_INVALID_POLICY` for a negative or non-integer count or a `maskChar` that is not one character
 * @see notes/domain.md §3.4 (`张*` is a convention, not a national rule)
 * @example
 * maskName('张三') //=> '张*'
 * maskName('欧阳娜娜') //=> '欧阳**'
 * maskName('张') //=> '*'
 */
export function maskName(value: string, policy?: Partial<MaskPolicy>): string {
  const { keepStart, keepEnd, maskChar } = resolveMaskPolicy(policy, DEFAULT_NAME_MASK)
  const chars = maskableChars(value)
  const compound = chars.length >= 3 && COMPOUND_SURNAMES.includes(chars.slice(0, 2).join(''))
  return maskChars(chars, Math.min(compound ? 2 : 1, keepStart), keepEnd, maskChar)
}
