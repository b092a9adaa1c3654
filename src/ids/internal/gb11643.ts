/** ISO 7064 MOD 11-2 weights for the 17 body digits (2^(17−i) mod 11). @see notes/domain.md §3.2 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const
const CHECK_CHARACTERS = '10X98765432'

/** The GB 11643 check character of 17 digits (the caller guarantees 17 ASCII digits). */
export function idCheckCharacter(body17: string): string {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + (body17.charCodeAt(i) - 48) * w, 0)
  return CHECK_CHARACTERS.charAt(sum % 11)
}
