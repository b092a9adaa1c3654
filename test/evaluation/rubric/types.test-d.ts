import { describe, expectTypeOf, it } from 'vitest'
import type { CommunityFacts } from '../../../src/evaluation/presets'
import { parseRubric, scoreRubric } from '../../../src/evaluation/rubric'
import type { IndicatorValue, Rubric, RubricNode, ScoreSheet, SubjectData } from '../../../src/evaluation/rubric'

describe('rubric types', () => {
  it('parseRubric returns a Rubric and scoreRubric a ScoreSheet', () => {
    expectTypeOf(parseRubric).returns.toEqualTypeOf<Rubric>()
    expectTypeOf(scoreRubric).returns.toEqualTypeOf<ScoreSheet>()
    expectTypeOf(scoreRubric).parameter(1).toEqualTypeOf<SubjectData>()
  })
  it('community facts are subject data; values are indicator values', () => {
    expectTypeOf<CommunityFacts['data']>().toExtend<SubjectData>()
    expectTypeOf<number>().toExtend<IndicatorValue>()
    expectTypeOf<{ defects: { reason: string }[] }>().toExtend<IndicatorValue>()
    expectTypeOf<{ id: string; fullMark: number }>().not.toExtend<RubricNode>()
    expectTypeOf<ScoreSheet['grade']>().toEqualTypeOf<string | null>()
  })
})
