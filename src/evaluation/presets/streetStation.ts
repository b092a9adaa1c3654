import { GRADE_SCHEMES } from '../rubric/gradeSchemes'
import type { Rubric } from '../rubric/types'
import { L, deepFreeze, steps } from './internal/build'

let cached: Rubric | undefined

/**
 * A 街道社工站 operation rubric in the weight form, 100 points. Dimensions from 济南《街道(镇)社会
 * 工作服务站运营评估标准》: 行政管理 15 %, 财务管理 15 %, 服务执行与产出 40 %, 社会评价 20 %,
 * 宣传创新 10 % (the weights are **a model**; the source gives the dimensions only). Service output
 * is scored by actual ÷ plan in bands ≥ 100 % → 3, [80, 100) → 2, [60, 80) → 1, else 0
 * (公益招投标 绩效版). The 六有 checklist is the 济南 station standard. Veto: `financialViolation`
 * (违规使用资金) → 不合格. Grades 90/80/60.
 *
 * @returns the frozen rubric (the same object on every call)
 * @see notes/domain.md §5.2 (济南 dimensions), §4.3 (六有); notes/evaluation.md §4.1 (banded ratio)
 * @example
 * scoreRubric(streetStationRubric(), { servedRatio: 0.85 }).nodes.find((n) => n.id === 'servedRatio')?.points
 */
export function streetStationRubric(): Rubric {
  cached ??= deepFreeze(build())
  return cached
}

function build(): Rubric {
  const ratio = steps([[1, 3], [0.8, 2], [0.6, 1]])
  const six = (id: string, zh: string, en: string) => ({ id, name: L(zh, en), points: 1 })
  return {
    id: 'street-station',
    version: '2025.1',
    name: L('街道社工站运营评估细则', 'street social-work station operation rubric'),
    fullMark: 100,
    missing: { policy: 'zero' },
    rounding: { mode: 'half-up', decimals: 2, at: 'each-level' },
    grades: GRADE_SCHEMES.excellentGoodPassFail,
    source: '济南《街道(镇)社会工作服务站运营评估标准》 dimensions (notes/domain.md §5.2); weights are a model',
    children: [
      {
        id: 'admin',
        name: L('行政管理', 'administration'),
        weight: 15,
        children: [
          {
            id: 'sixHas',
            name: L('“六有”建设（组合分）', '"six haves" (checklist)'),
            weight: 60,
            rule: {
              kind: 'checklist',
              items: [
                six('site', '场地', 'site'),
                six('equipment', '设备', 'equipment'),
                six('staff', '人员', 'staff'),
                six('functions', '服务功能', 'service functions'),
                six('workflow', '工作流程', 'workflow'),
                six('rules', '规章制度', 'rules'),
              ],
            },
          },
          { id: 'certifiedShare', name: L('持证社工占比', 'share of certified social workers'), weight: 40, rule: { kind: 'benefit', target: 0.6 } },
        ],
      },
      {
        id: 'finance',
        name: L('财务管理', 'finance'),
        weight: 15,
        children: [
          { id: 'budgetExecution', name: L('预算执行率（中间型）', 'budget execution (target 100%)'), weight: 50, rule: { kind: 'target', target: 1, tolerance: 0.3 } },
          { id: 'accounts', name: L('账目规范（程度分）', 'proper accounts (degree)'), weight: 50, rule: { kind: 'degree', full: 2, partial: 1 } },
        ],
      },
      {
        id: 'service',
        name: L('服务执行与产出', 'service delivery and output'),
        weight: 40,
        children: [
          { id: 'servedRatio', name: L('服务人数完成率', 'people served, actual ÷ plan'), weight: 35, rule: ratio },
          { id: 'volumeRatio', name: L('服务量完成率', 'service volume, actual ÷ plan'), weight: 35, rule: ratio },
          { id: 'cultivated', name: L('培育志愿服务队和社区社会组织数', 'teams and organisations cultivated'), weight: 30, rule: steps([[6, 3], [4, 2], [2, 1]]) },
        ],
      },
      {
        id: 'social',
        name: L('社会评价', 'social evaluation'),
        weight: 20,
        children: [
          { id: 'satisfaction', name: L('服务对象满意度', 'client satisfaction'), weight: 60, rule: { kind: 'goalposts', lower: 60, upper: 95, direction: 'benefit' }, unit: '%' },
          { id: 'purchaserRating', name: L('购买方评价（程度分）', 'purchaser rating (degree)'), weight: 40, rule: { kind: 'degree', full: 2, partial: 1 } },
        ],
      },
      {
        id: 'publicity',
        name: L('宣传创新', 'publicity and innovation'),
        weight: 10,
        children: [
          { id: 'reports', name: L('宣传报道（每篇1分，最高5分）', 'reports (1 each, up to 5)'), weight: 50, rule: { kind: 'bonus', perItem: 1, cap: 5 } },
          { id: 'innovation', name: L('创新做法（程度分）', 'innovation (degree)'), weight: 50, rule: { kind: 'degree', full: 2, partial: 1 } },
        ],
      },
    ],
    vetoes: [{ id: 'financialViolation', name: L('违规使用资金', 'misuse of funds'), when: { ref: 'financialViolation', op: '==', value: true }, grade: 'fail' }],
  }
}
