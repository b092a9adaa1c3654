import type { District } from './types'

/**
 * Serialises a district to JSON text for storage: the full, unmasked form that
 * `parseDistrict` reads back to an equal district. For anything shown to people, publish
 * `toPublicDistrict(d)` instead, which masks personal data.
 *
 * @param district - a district
 * @param space - indentation for `JSON.stringify` (default none)
 * @returns JSON text
 * @example
 * parseDistrict(serializeDistrict(d)) // deep-equals d
 */
export function serializeDistrict(district: District, space?: number): string {
  return JSON.stringify(district, null, space)
}
