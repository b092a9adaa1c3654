import { CREDIT_CODE_ALPHABET } from '../creditCodeTables'

/** 3^i mod 31 for the first 17 characters. @see notes/domain.md §3.3 */
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const
/** GB 11714 weights for characters 9–16. */
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const

/** Value of a GB 11714 character: digits 0–9, letters A=10 … Z=35. */
function orgValue(ch: string): number {
  const c = ch.charCodeAt(0)
  return c <= 57 ? c - 48 : c - 55
}

/** The GB 11714 check character over 8 body characters (upper-case letters or digits). */
export function organizationCheckCharacter(body8: string): string {
  const sum = ORG_WEIGHTS.reduce((acc, w, i) => acc + orgValue(body8.charAt(i)) * w, 0)
  const r = 11 - (sum % 11)
  return r === 10 ? 'X' : r === 11 ? '0' : String(r)
}

/** The GB 32100 check character over 17 characters of the alphabet. */
export function creditCheckCharacter(body17: string): string {
  const sum = CREDIT_WEIGHTS.reduce((acc, w, i) => acc + CREDIT_CODE_ALPHABET.indexOf(body17.charAt(i)) * w, 0)
  const c = 31 - (sum % 31)
  return CREDIT_CODE_ALPHABET.charAt(c === 31 ? 0 : c)
}
