import { TongxinError } from '../../errors/TongxinError'
import { aggregate, newScratch, newStore } from './internal/aggregate'
import { compileRubric } from './internal/compile'
import { guard, invalidData, isPlainObject } from './internal/fail'
import { evaluateLeaves, newWork } from './internal/leaf'
import type { Rubric, ScoreSheet, SubjectData } from './types'

/**
 * A subject to score: an id and its data.
 * @example
 * const s: Subject = { id: 'c01', data: { teamCount: 3 } }
 */
export interface Subject {
  /** Subject id (community, team, station …). */
  readonly id: string
  /** Its indicator values and facts. */
  readonly data: SubjectData
}

/**
 * A subject's score sheet.
 * @example
 * const s: ScoredSubject = scoreSubjects(rubric, subjects)[0]
 */
export interface ScoredSubject {
  /** Subject id. */
  readonly id: string
  /** Its score sheet. */
  readonly sheet: ScoreSheet
}

/**
 * Scores many subjects against one rubric (validated once). Subjects are independent, so
 * results come back in input order: permuting the subjects permutes the results.
 *
 * @param rubric - a typed rubric
 * @param subjects - subjects with unique ids
 * @returns one sheet per subject, in input order
 * @throws TongxinError `EVAL_RUBRIC_INVALID`, `EVAL_DATA_INVALID` (naming the subject), `EVAL_ARGUMENT_INVALID` for duplicate ids
 * @example
 * scoreSubjects(rubric, [{ id: 'a', data: {} }, { id: 'b', data: {} }]).map((s) => s.sheet.total)
 */
export function scoreSubjects(rubric: Rubric, subjects: readonly Subject[]): readonly ScoredSubject[] {
  const c = compileRubric(rubric)
  return guard('EVAL_DATA_INVALID', () => {
    if (!Array.isArray(subjects)) throw new TongxinError('EVAL_ARGUMENT_INVALID', { name: 'subjects', reason: 'must be an array' })
    const seen = new Set<string>()
    const out: ScoredSubject[] = []
    if (subjects.length * c.nodes.length > 50_000_000) {
      throw new TongxinError('EVAL_ARGUMENT_INVALID', { name: 'subjects', reason: 'too many subjects × nodes for one batch (50 million); split it' })
    }
    const w = newWork(c, true)
    const store = newStore(c, subjects.length)
    const scratch = newScratch(c)
    for (const s of subjects as readonly unknown[]) {
      if (!isPlainObject(s) || typeof s.id !== 'string') throw new TongxinError('EVAL_ARGUMENT_INVALID', { name: 'subjects', reason: 'each subject needs a string id' })
      if (seen.has(s.id)) throw new TongxinError('EVAL_ARGUMENT_INVALID', { name: 'subjects', reason: `duplicate id ${s.id}` })
      seen.add(s.id)
      const data = s.data
      if (!isPlainObject(data)) invalidData('', `the data of subject ${s.id} must be an object`)
      try {
        evaluateLeaves(c, data as SubjectData, w)
      } catch (e) {
        if (e instanceof TongxinError && e.code === 'EVAL_DATA_INVALID') {
          throw new TongxinError('EVAL_DATA_INVALID', { ...e.params, indicator: `${s.id}/${String(e.params.indicator)}` })
        }
        throw e
      }
      out.push(Object.freeze({ id: s.id, sheet: aggregate(c, w, [data as SubjectData], store, out.length, scratch) }))
    }
    return Object.freeze(out)
  })
}
