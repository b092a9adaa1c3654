import { safeParseRubric } from './safeParseRubric'
import type { Rubric } from './types'

/**
 * Validates a rubric (an object or its JSON text) and returns it frozen and typed.
 *
 * @param input - the rubric as JSON text or a parsed value
 * @returns the rubric
 * @throws TongxinError `EVAL_RUBRIC_JSON_INVALID`, `EVAL_RUBRIC_VALIDATION_FAILED` (with every issue and its path) or `EVAL_RUBRIC_INVALID` (inconsistent rubric)
 * @example
 * const rubric = parseRubric(rubricToJson(eightSRubric()))
 * rubric.id //=> '8s-vaccination-clinic'
 */
export function parseRubric(input: unknown): Rubric {
  const r = safeParseRubric(input)
  if (!r.ok) throw r.error
  return r.value
}
