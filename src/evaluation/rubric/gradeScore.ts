import { TongxinError } from '../../errors/TongxinError'
import { checkGradeScheme } from './internal/compile'
import { guard, isFiniteNumber } from './internal/fail'
import { roundTo } from './internal/round'
import type { GradeScheme } from './types'

/**
 * The result of banding one score.
 * @example
 * const g: GradeResult = { rounded: 90, grade: 'excellent' }
 */
export interface GradeResult {
  /** The score after the scheme's rounding step (what was banded). */
  readonly rounded: number
  /** The grade id, or `null` below every band without a `below` grade. */
  readonly grade: string | null
}

/**
 * Bands a score on a grade scheme: first the scheme's rounding step, then the first band whose
 * edge it reaches (≥ `min`, or > `min` when not inclusive), else the `below` grade.
 *
 * @param scheme - a grade scheme, e.g. `GRADE_SCHEMES.excellentGoodPassFail`
 * @param score - a score on the scheme's scale
 * @returns the rounded score and the grade
 * @throws TongxinError `EVAL_RUBRIC_INVALID` for a bad scheme, `EVAL_ARGUMENT_INVALID` for a non-finite score
 * @example
 * gradeScore(GRADE_SCHEMES.excellentGoodPassFail, 89.5).grade //=> 'excellent' (89.5 rounds to 90)
 */
export function gradeScore(scheme: GradeScheme, score: number): GradeResult {
  return guard('EVAL_RUBRIC_INVALID', () => {
    checkGradeScheme(scheme, 'scheme')
    if (!isFiniteNumber(score)) throw new TongxinError('EVAL_ARGUMENT_INVALID', { name: 'score', reason: 'must be a finite number' })
    const rounded = roundTo(score, scheme.rounding.mode, scheme.rounding.decimals)
    let grade: string | null = scheme.below?.id ?? null
    for (const b of scheme.bands) {
      if (b.inclusive ? rounded >= b.min : rounded > b.min) {
        grade = b.id
        break
      }
    }
    return Object.freeze({ rounded, grade })
  })
}
