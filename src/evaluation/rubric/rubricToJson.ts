import { compileRubric } from './internal/compile'
import type { Rubric } from './types'

/**
 * Serialises a rubric to JSON text (validated first); `parseRubric` reads it back deep-equal.
 *
 * @param rubric - a typed rubric
 * @param indent - spaces of indentation (default 2; 0 for one line)
 * @returns the JSON text
 * @throws TongxinError `EVAL_RUBRIC_INVALID` for an inconsistent rubric
 * @example
 * parseRubric(rubricToJson(streetStationRubric())).id //=> 'street-station'
 */
export function rubricToJson(rubric: Rubric, indent = 2): string {
  compileRubric(rubric)
  const n = Number.isInteger(indent) && indent >= 0 && indent <= 10 ? indent : 2
  return JSON.stringify(rubric, null, n)
}
