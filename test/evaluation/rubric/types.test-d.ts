import { describe, expectTypeOf, it } from 'vitest'
import type { CommunityFacts } from '../../../src/evaluation/presets'
import type { FlatMatrix } from '../../../src/evaluation/mcdm'
import { parseRubric, scoreRubric, scoreSubjects } from '../../../src/evaluation/rubric'
import type { IndicatorValue, Rubric, RubricNode, ScoreBatch, ScoredSubject, ScoreMatrix, ScoreSheet, SheetField, SubjectData } from '../../../src/evaluation/rubric'

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
  it('scoreSubjects returns a ScoreBatch: iterable, with sheets, columns and a flat matrix', () => {
    expectTypeOf(scoreSubjects).returns.toEqualTypeOf<ScoreBatch>()
    expectTypeOf<ScoreBatch>().toExtend<Iterable<ScoredSubject>>()
    expectTypeOf<ScoreBatch['sheet']>().returns.toEqualTypeOf<ScoreSheet>()
    expectTypeOf<ScoreBatch['totals']>().returns.toEqualTypeOf<Float64Array>()
    expectTypeOf<ScoreBatch['column']>().parameter(1).toEqualTypeOf<SheetField | undefined>()
    expectTypeOf<ScoreMatrix>().toExtend<FlatMatrix>()
    expectTypeOf<'points'>().toExtend<SheetField>()
    expectTypeOf<'total'>().not.toExtend<SheetField>()
  })
})
