import { TongxinError } from '../../errors/TongxinError'
import type { SafeResult } from '../../model/safeParseDistrict'
import { toTongxinIssues } from '../../model/toTongxinIssues'
import { compileRubric } from './internal/compile'
import { describe } from './internal/fail'
import { RubricSchema } from './schemas'
import type { Rubric } from './types'

const MAX_JSON_LENGTH = 16 * 1024 * 1024

/**
 * The result of `safeParseRubric`: the rubric, or the error `parseRubric` would have thrown.
 * @example
 * const r: SafeRubricResult = safeParseRubric('{}') // { ok: false, error }
 */
export type SafeRubricResult = SafeResult<Rubric>

/**
 * Validates a rubric (an object or its JSON text) without throwing: its structure (zod), then
 * its consistency (unique ids, weights or full marks per sibling group, rule parameters, grades
 * named by vetoes and caps). Unknown keys are dropped.
 *
 * @param input - the rubric as JSON text or a parsed value
 * @returns `{ ok: true, value }` with the frozen rubric, or `{ ok: false, error }`
 * @example
 * const r = safeParseRubric(rubricToJson(demonstrationCommunityRubric()))
 * r.ok //=> true
 */
export function safeParseRubric(input: unknown): SafeRubricResult {
  let value = input
  if (typeof input === 'string') {
    if (input.length > MAX_JSON_LENGTH) return { ok: false, error: new TongxinError('EVAL_RUBRIC_JSON_INVALID', { reason: 'too long' }) }
    try {
      value = JSON.parse(input)
    } catch (e) {
      return { ok: false, error: new TongxinError('EVAL_RUBRIC_JSON_INVALID', { reason: e instanceof Error ? e.message : describe(e) }) }
    }
  }
  try {
    const result = RubricSchema.safeParse(value)
    if (!result.success) {
      const issues = toTongxinIssues(result.error.issues)
      return { ok: false, error: new TongxinError('EVAL_RUBRIC_VALIDATION_FAILED', { count: issues.length }, issues) }
    }
    const rubric = result.data as unknown as Rubric
    compileRubric(rubric)
    return { ok: true, value: rubric }
  } catch (e) {
    if (e instanceof TongxinError) return { ok: false, error: e }
    // Hostile input (deep nesting, throwing getters) ends here rather than escaping raw.
    return { ok: false, error: new TongxinError('EVAL_RUBRIC_INVALID', { path: '', reason: e instanceof Error ? e.message : describe(e) }) }
  }
}
