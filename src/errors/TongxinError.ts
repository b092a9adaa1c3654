import { formatMessage } from '../i18n/formatMessage'
import type { CodedMessage } from '../i18n/types'

/**
 * One problem found while validating input: a code, where it is (`path`), and the values behind it.
 * @example
 * const issue: TongxinIssue = { code: 'MODEL_INVALID_TYPE', path: ['volunteers', 3, 'birthDate'], params: { expected: 'string' } }
 */
export interface TongxinIssue extends CodedMessage {
  /** Where the problem is, from the root of the input. */
  readonly path: readonly (string | number)[]
}

/**
 * The one error class of tongxin. Every public function given bad input throws it (or, for
 * `safe*` functions, returns it): never a bare `TypeError` or `RangeError`.
 * `message` is the English rendering; render `{ code, params }` with `formatMessage` for zh-CN.
 *
 * @example
 * try {
 *   parseDistrict('{')
 * } catch (e) {
 *   if (e instanceof TongxinError) console.log(e.code, formatMessage(e))
 * }
 */
export class TongxinError extends Error implements CodedMessage {
  /** Always `'TongxinError'`. */
  override readonly name = 'TongxinError'
  /** The stable code (see `CODES`). */
  readonly code: string
  /** Values that explain the error; also the placeholders of its message. */
  readonly params: Readonly<Record<string, unknown>>
  /** For validation errors, every problem with its path; otherwise empty. */
  readonly issues: readonly TongxinIssue[]

  /**
   * @param code - a stable code from `CODES`
   * @param params - values for the message
   * @param issues - validation issues with their paths
   */
  constructor(code: string, params: Readonly<Record<string, unknown>> = {}, issues: readonly TongxinIssue[] = []) {
    super(`[tongxin] ${code}: ${formatMessage({ code, params }, 'en')}`)
    this.code = code
    this.params = Object.freeze({ ...params })
    this.issues = Object.freeze([...issues])
  }
}

/**
 * Whether a value is a `TongxinError` (also across bundle copies, by name and code).
 * @param value - anything caught
 * @returns true for a TongxinError
 * @example
 * isTongxinError(new TongxinError('MODEL_INVALID_JSON')) //=> true
 */
export function isTongxinError(value: unknown): value is TongxinError {
  return (
    value instanceof TongxinError ||
    (value instanceof Error && value.name === 'TongxinError' && typeof (value as { code?: unknown }).code === 'string')
  )
}
