import { NATIONAL_REGION_CODE, PROVINCE_CODES, RESIDENCE_PERMIT_REGION_CODES } from '../regions'

const SIX_DIGITS = /^\d{6}$/

/** Provinces whose code may start a 居民身份证号 (81 and 82 only as residence permits). */
function isResidentProvince(two: string): boolean {
  return Object.hasOwn(PROVINCE_CODES, two) && two !== '81' && two !== '82'
}

/** What an identity-number address code is: a resident region, a residence permit, or neither. */
export function classifyIdRegion(region: string): 'resident' | 'residence-permit' | undefined {
  if (!SIX_DIGITS.test(region)) return undefined
  if (RESIDENCE_PERMIT_REGION_CODES.includes(region)) return 'residence-permit'
  return isResidentProvince(region.slice(0, 2)) ? 'resident' : undefined
}

/** Whether a credit code's region (chars 3–8) is a GB/T 2260 code or the national 100000. */
export function isCreditRegion(region: string): boolean {
  return SIX_DIGITS.test(region) && (region === NATIONAL_REGION_CODE || Object.hasOwn(PROVINCE_CODES, region.slice(0, 2)))
}
