import { TongxinError } from '../errors/TongxinError'
import { EARLIEST_BIRTH_DATE, isIsoDate } from './internal/dates'
import { idCheckCharacter } from './internal/gb11643'
import { classifyIdRegion } from './internal/regions'

/**
 * The parts of a 居民身份证号 for `makeIdNumber`.
 * @example
 * const parts: IdNumberParts = { regionCode: '370212', birthDate: '1990-05-01', sequence: 123 }
 */
export interface IdNumberParts {
  /** 6-digit address code: a GB/T 2260 code of a valid province, or 810000/820000/830000 for a residence permit. */
  readonly regionCode: string
  /** Birth date `YYYY-MM-DD`, a real date from 1800-01-01 on. */
  readonly birthDate: string
  /** The 3-digit sequence code as an integer 0–999: odd for men, even for women. */
  readonly sequence: number
}

/**
 * Builds a valid 18-character 居民身份证号 (or residence-permit number) from its parts, computing
 * the ISO 7064 MOD 11-2 check character. For test data and the sample generator: the caller
 * supplies the (seeded) choices, this function is deterministic. The result passes
 * `checkIdNumber` for any `today` on or after `birthDate`.
 *
 * @param parts - `{ regionCode, birthDate, sequence }`
 * @returns the 18-character number
 * @throws TongxinError `ID_BAD_REGION`, `ID_BAD_BIRTH_DATE`, `ID_BIRTH_DATE_TOO_EARLY`, `ID_BAD_SEQUENCE`, or `ID_INVALID_ARGUMENT` when `parts` is not an object
 * @see notes/domain.md §3.2
 * @example
 * makeIdNumber({ regionCode: '110105', birthDate: '1949-12-31', sequence: 2 }) //=> '11010519491231002X'
 */
export function makeIdNumber(parts: IdNumberParts): string {
  if (typeof parts !== 'object' || (parts as unknown) === null) {
    throw new TongxinError('ID_INVALID_ARGUMENT', { name: 'parts', expected: '{ regionCode, birthDate, sequence }' })
  }
  const { regionCode, birthDate, sequence } = parts as { regionCode: unknown; birthDate: unknown; sequence: unknown }
  if (typeof regionCode !== 'string' || classifyIdRegion(regionCode) === undefined) {
    throw new TongxinError('ID_BAD_REGION', { regionCode: typeof regionCode === 'string' ? regionCode : typeof regionCode })
  }
  if (typeof birthDate !== 'string' || !isIsoDate(birthDate)) {
    throw new TongxinError('ID_BAD_BIRTH_DATE', { birthDate: typeof birthDate === 'string' ? birthDate : typeof birthDate })
  }
  if (birthDate < EARLIEST_BIRTH_DATE) {
    throw new TongxinError('ID_BIRTH_DATE_TOO_EARLY', { birthDate, earliest: EARLIEST_BIRTH_DATE })
  }
  if (typeof sequence !== 'number' || !Number.isInteger(sequence) || sequence < 0 || sequence > 999) {
    throw new TongxinError('ID_BAD_SEQUENCE', { sequence: typeof sequence === 'number' ? sequence : typeof sequence })
  }
  const body17 = `${regionCode}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`
  return body17 + idCheckCharacter(body17)
}
