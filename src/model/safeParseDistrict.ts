import { TongxinError } from '../errors/TongxinError'
import { DistrictSchema } from './schemas'
import { toTongxinIssues } from './toTongxinIssues'
import type { District } from './types'

/**
 * The result of a `safe*` function: the value, or the error it would have thrown.
 * @example
 * const r: SafeResult<District> = safeParseDistrict(json)
 */
export type SafeResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: TongxinError }

const MAX_JSON_LENGTH = 512 * 1024 * 1024

/**
 * Validates a district (an object or its JSON text) without throwing.
 * Unknown keys are dropped, so `__proto__` or `constructor` in the input never reach a
 * prototype; every problem is reported with its path.
 *
 * @param input - the district as JSON text or as a parsed value
 * @returns `{ ok: true, value }` with a frozen `District`, or `{ ok: false, error }`
 * @example
 * const r = safeParseDistrict({ id: 'd1', name: '示例区' })
 * if (r.ok) console.log(r.value.timeZone) //=> 'Asia/Shanghai'
 */
export function safeParseDistrict(input: unknown): SafeResult<District> {
  let value = input
  if (typeof input === 'string') {
    if (input.length > MAX_JSON_LENGTH) {
      return { ok: false, error: new TongxinError('MODEL_INVALID_JSON', { reason: 'too long' }) }
    }
    try {
      value = JSON.parse(input)
    } catch (e) {
      return { ok: false, error: new TongxinError('MODEL_INVALID_JSON', { reason: e instanceof Error ? e.message : String(e) }) }
    }
  }
  let result
  try {
    result = DistrictSchema.safeParse(value)
  } catch (e) {
    // Hostile objects (throwing getters, proxies) end here rather than escaping as raw errors.
    return { ok: false, error: new TongxinError('MODEL_INVALID', { reason: e instanceof Error ? e.message : String(e) }) }
  }
  if (result.success) return { ok: true, value: result.data }
  const issues = toTongxinIssues(result.error.issues)
  return { ok: false, error: new TongxinError('MODEL_VALIDATION_FAILED', { count: issues.length }, issues) }
}
