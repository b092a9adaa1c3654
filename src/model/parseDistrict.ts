import { safeParseDistrict } from './safeParseDistrict'
import type { District } from './types'

/**
 * Validates a district (an object or its JSON text) and returns it frozen, with defaults
 * applied. This does not check references between entities: see `checkIntegrity`.
 *
 * @param input - the district as JSON text or as a parsed value
 * @returns the frozen, typed district
 * @throws TongxinError `MODEL_INVALID_JSON`, or `MODEL_VALIDATION_FAILED` carrying every issue with its path
 * @example
 * const d = parseDistrict('{"id":"laoshan","name":"崂山区"}')
 * d.streets //=> []
 */
export function parseDistrict(input: unknown): District {
  const r = safeParseDistrict(input)
  if (!r.ok) throw r.error
  return r.value
}
