import type { Rubric, ScoreSheet, SubjectData } from './types'
import { aggregate } from './internal/aggregate'
import { compileRubric } from './internal/compile'
import { guard, invalidData, isPlainObject } from './internal/fail'
import { evaluateLeaves, newWork } from './internal/leaf'

/**
 * Scores one subject against a rubric and returns its score sheet (评分表): the total, the
 * grade, and for every node the raw value → normalised value → weighted contribution, with
 * deductions and their evidence, the missing-data handling applied, the vetoes fired, the caps
 * applied, the gates failed and the rubric version.
 *
 * Order of decisions: a failed eligibility gate makes the subject `not-rated` (no grade); else a
 * fired 一票否决 forces its grade whatever the score; else caps lower the grade from the score.
 * The rubric is validated once and cached per object (treat rubrics as immutable).
 *
 * @param rubric - a typed rubric (from code or `parseRubric`)
 * @param data - the subject's indicator values by leaf id, plus any facts conditions refer to
 * @returns the frozen score sheet
 * @throws TongxinError `EVAL_RUBRIC_INVALID` for an inconsistent rubric, `EVAL_DATA_INVALID` for a value of the wrong type, NaN or Infinity
 * @see notes/evaluation.md §3 and §6 (item types, missing data, explanation trail)
 * @example
 * const sheet = scoreRubric(demonstrationCommunityRubric(), { venueCount: 2, weeklyOpenHours: 40 })
 * sheet.total // points out of 100
 */
export function scoreRubric(rubric: Rubric, data: SubjectData): ScoreSheet {
  return guard('EVAL_DATA_INVALID', () => {
    const c = compileRubric(rubric)
    if (!isPlainObject(data)) invalidData('', 'subject data must be an object')
    const w = newWork(c, true)
    evaluateLeaves(c, data, w)
    return aggregate(c, w, [data])
  })
}
