import { GRADE_SCHEMES } from '../rubric/gradeSchemes'
import type { Rubric } from '../rubric/types'
import { L, deepFreeze, dim, leaf, steps } from './internal/build'

let cached: Rubric | undefined

/**
 * A 服务品牌 rubric, 100 points — **a model** (Laoshan aims at "a batch of influential service
 * brands" without published criteria): 品牌定位 15 (程度分), 专业支撑 20 (teams led by social
 * workers), 服务成效 30 (beneficiaries against plan in bands ≥ 100 % / [80, 100) / [60, 80),
 * satisfaction), 持续发展 15 (years since established), 社会影响 20 (media reports, capped
 * bonus; awards checklist). Grades 90/80/60.
 *
 * @returns the frozen rubric (the same object on every call)
 * @see notes/domain.md §0 (服务品牌 target), notes/evaluation.md §4.1 (banded ratio to plan)
 * @example
 * scoreRubric(serviceBrandRubric(), { positioning: 'full', beneficiaryRatio: 1.1 }).total
 */
export function serviceBrandRubric(): Rubric {
  cached ??= deepFreeze(build())
  return cached
}

function build(): Rubric {
  return {
    id: 'service-brand',
    version: '2025.1',
    name: L('服务品牌评估细则（模型）', 'service brand rubric (model)'),
    fullMark: 100,
    missing: { policy: 'zero' },
    rounding: { mode: 'half-up', decimals: 2, at: 'each-level' },
    grades: GRADE_SCHEMES.excellentGoodPassFail,
    source: 'model; notes/domain.md §0; notes/evaluation.md §4.1',
    children: [
      dim('brandPositioning', '品牌定位', 'positioning', 15, [
        leaf('positioning', '名称、标识、服务对象清晰（程度分）', 'clear name, logo and target group (degree)', 15, { kind: 'degree', full: 15, partial: 8 }),
      ]),
      dim('professional', '专业支撑', 'professional support', 20, [
        leaf('ledTeamCount', '社工引领的服务队数', 'teams led by social workers', 20, steps([[3, 20], [2, 15], [1, 10]]), { unit: '支' }),
      ]),
      dim('effect', '服务成效', 'effect', 30, [
        leaf('beneficiaryRatio', '服务人数完成率（实际/计划）', 'beneficiaries, actual ÷ plan', 15, steps([[1, 15], [0.8, 10], [0.6, 5]]), {
          source: 'notes/evaluation.md §4.1 (公益招投标: ≥100% 3, [80,100) 2, [60,80) 1, scaled)',
        }),
        leaf('satisfaction', '服务对象满意度', 'beneficiary satisfaction', 15, { kind: 'goalposts', lower: 60, upper: 95, direction: 'benefit' }, { unit: '%' }),
      ]),
      dim('continuity', '持续发展', 'continuity', 15, [leaf('yearsEstablished', '品牌创立年数', 'years since established', 15, steps([[5, 15], [3, 10], [1, 5]]), { unit: '年' })]),
      dim('influence', '社会影响', 'influence', 20, [
        leaf('mediaReports', '媒体报道（每篇2分，最高10分）', 'media reports (2 each, up to 10)', 10, { kind: 'bonus', perItem: 2, cap: 10 }),
        leaf('awards', '获得表彰（组合分）', 'awards (checklist)', 10, {
          kind: 'checklist',
          items: [
            { id: 'district', name: L('区级表彰', 'district award'), points: 3 },
            { id: 'city', name: L('市级表彰', 'city award'), points: 3 },
            { id: 'province', name: L('省级及以上表彰', 'provincial or national award'), points: 4 },
          ],
        }),
      ]),
    ],
  }
}
