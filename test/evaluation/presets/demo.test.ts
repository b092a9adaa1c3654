import { describe, expect, it } from 'vitest'
import { communityMinutes, evaluationRows, evaluationSection } from '../../../examples/demo/evaluation'
import { smallDistrict } from './fixture'

describe('demo evaluation section', () => {
  const d = smallDistrict()
  it('ranks every community, explains the verdicts in Chinese and leaves room for extra lines', () => {
    const text = evaluationSection(d, { minutes: { creditedMinutesByCommunity: { c1: 60_000 }, guidedMinutesByCommunity: { c1: 30_000 } }, extraLines: ['AHP CR = 0.02'] })
    expect(text).toContain('## 评估 · evaluation')
    expect(text).toContain('| 1 | 示范一社区 | 试点 | 95.59 | 优秀 |')
    expect(text).toContain('不予评定')
    expect(text).toContain('✅ 示范一社区 (c1): 符合示范社区条件（95.59 分，优秀）')
    expect(text).toContain('❌ 二社区 (c2): 总分')
    expect(text).toContain('AHP CR = 0.02')
    expect(evaluationSection(d, { minScore: 100 })).toContain('试点社区总分 ≥ 100')
  })
  it('rows: competition ranks, not-rated last; minutes default to none without records', () => {
    const rows = evaluationRows(d, { extra: { c2: { fundMisuse: true } } })
    expect(rows.map((r) => [r.communityId, r.rank])).toEqual([['c1', 1], ['c2', 2], ['c3', null]])
    expect(rows[1]!.sheet.grade).toBe('fail')
    expect(communityMinutes(d)).toBeUndefined()
  })
})
