// Generators of valid identifiers for the property tests. The check characters are computed here
// independently of src/ (weights from their definitions, not copied tables).
import { fc } from '@fast-check/vitest'

export const TODAY = '2026-11-28'

const RESIDENT_PROVINCES = [
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71',
]
const PERMIT_REGIONS = ['810000', '820000', '830000']

/** ISO 7064 MOD 11-2: weight of position i (0-based, 17 body digits) is 2^(17−i) mod 11. */
export function refIdCheck(body17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(body17[i]) * (2 ** (17 - i) % 11)
  // choose c with sum + c ≡ 1 (mod 11)
  const c = (12 - (sum % 11)) % 11
  return c === 10 ? 'X' : String(c)
}

function isoFromDayNumber(day: number): string {
  return new Date(Date.UTC(1800, 0, 1) + day * 86_400_000).toISOString().slice(0, 10)
}
const DAYS_1800_TO_TODAY = Math.floor((Date.UTC(2026, 10, 28) - Date.UTC(1800, 0, 1)) / 86_400_000)

export const birthDateArb = (from = 0, to = DAYS_1800_TO_TODAY): fc.Arbitrary<string> =>
  fc.integer({ min: from, max: to }).map(isoFromDayNumber)

export const residentRegionArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...RESIDENT_PROVINCES), fc.stringMatching(/^\d{4}$/))
  .map(([p, rest]) => p + rest)

export const idRegionArb: fc.Arbitrary<string> = fc.oneof(residentRegionArb, fc.constantFrom(...PERMIT_REGIONS))

export interface ValidId {
  readonly id: string
  readonly region: string
  readonly birthDate: string
  readonly sequence: number
}

export const validIdArb: fc.Arbitrary<ValidId> = fc
  .record({ region: idRegionArb, birthDate: birthDateArb(), sequence: fc.integer({ min: 0, max: 999 }) })
  .map(({ region, birthDate, sequence }) => {
    const body = region + birthDate.replaceAll('-', '') + String(sequence).padStart(3, '0')
    return { id: body + refIdCheck(body), region, birthDate, sequence }
  })

/** Valid resident numbers born 1900–1999, the only ones with a legacy 15-digit form. */
export const legacyEligibleIdArb: fc.Arbitrary<ValidId> = fc
  .record({
    region: residentRegionArb,
    birthDate: birthDateArb(
      Math.round((Date.UTC(1900, 0, 1) - Date.UTC(1800, 0, 1)) / 86_400_000),
      Math.round((Date.UTC(1999, 11, 31) - Date.UTC(1800, 0, 1)) / 86_400_000),
    ),
    sequence: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ region, birthDate, sequence }) => {
    const body = region + birthDate.replaceAll('-', '') + String(sequence).padStart(3, '0')
    return { id: body + refIdCheck(body), region, birthDate, sequence }
  })

export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const DEPT_CATEGORIES = [
  '11', '12', '13', '19', '21', '29', '31', '32', '33', '34', '35', '39', '41', '49', '51', '52', '53', '59',
  '61', '62', '69', '71', '72', '79', '81', '89', '91', '92', '93', 'A1', 'A9', 'N1', 'N2', 'N3', 'N9', 'Y1',
]

function refOrgCheck(body8: string): string {
  const w = [3, 7, 9, 10, 5, 8, 4, 2]
  let sum = 0
  for (let i = 0; i < 8; i++) sum += parseInt(body8[i]!, 36) * w[i]!
  const r = 11 - (sum % 11)
  return r === 10 ? 'X' : r === 11 ? '0' : String(r)
}

function refCreditCheck(body17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(body17[i]!) * (3 ** i % 31)
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!
}

export interface ValidCredit {
  readonly code: string
  readonly department: string
  readonly category: string
  readonly region: string
  readonly body8: string
}

export const validCreditArb: fc.Arbitrary<ValidCredit> = fc
  .record({
    dc: fc.constantFrom(...DEPT_CATEGORIES),
    region: fc.oneof(residentRegionArb, fc.constant('100000')),
    body8: fc.array(fc.constantFrom(...Array.from(USCC_ALPHABET)), { minLength: 8, maxLength: 8 }).map((a) => a.join('')),
  })
  .map(({ dc, region, body8 }) => {
    const body17 = dc + region + body8 + refOrgCheck(body8)
    return { code: body17 + refCreditCheck(body17), department: dc[0]!, category: dc[1]!, region, body8 }
  })
