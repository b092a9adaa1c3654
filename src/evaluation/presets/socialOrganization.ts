import { TongxinError } from '../../errors/TongxinError'
import { GRADE_SCHEMES } from '../rubric/gradeSchemes'
import { checkGradeScheme } from '../rubric/internal/compile'
import { describe, isPlainObject } from '../rubric/internal/fail'
import type { GradeScheme, Rubric } from '../rubric/types'
import { L, deepFreeze, steps } from './internal/build'

/**
 * Options of `socialOrganizationRubric`.
 * @example
 * const o: SocialOrganizationOptions = { scale: 100, grades: GRADE_SCHEMES.socialOrg100 }
 */
export interface SocialOrganizationOptions {
  /** 1000 (千分制, default) or 100 points. */
  readonly scale?: 100 | 1000
  /** Local cut-offs; default 洛阳瀍河 on 1,000 points, 辰溪 on 100. The scheme's scale must equal `scale`. */
  readonly grades?: GradeScheme
}

const cache = new Map<number, Rubric>()

/**
 * 社会组织等级评估 (5A–1A) for 社区社会组织 and 社工机构, in the weight form: 基础条件 15 %,
 * 内部治理 30 %, 工作绩效 35 %, 社会评价 20 % (dimensions from 民政部令第39号; the weights are
 * **a model**, point splits are local). Eligibility gates (不予评估) from Art. 7 and 民发〔2021〕96号:
 * registered ≥ 2 full years, last 年检 passed, no administrative penalty last year, not under
 * investigation, not on the 活动异常名录 / 严重违法失信名单. Grade cut-offs are local: pass
 * `grades` for your city.
 *
 * @param options - scale and grade scheme
 * @returns the frozen rubric (cached per scale when `grades` is not given)
 * @throws TongxinError `EVAL_ARGUMENT_INVALID` for a bad scale or a scheme on another scale
 * @see notes/domain.md §5.1 (民政部令第39号; 安庆 and 洛阳 bands disagree), notes/evaluation.md §4.1 (辰溪)
 * @example
 * scoreRubric(socialOrganizationRubric(), { registeredYears: 3, annualInspectionPassed: true }).grade
 */
export function socialOrganizationRubric(options: SocialOrganizationOptions = {}): Rubric {
  const opts: unknown = options
  if (!isPlainObject(opts)) throw new TongxinError('EVAL_ARGUMENT_INVALID', { name: 'options', reason: 'must be an object' })
  const scale: unknown = options.scale ?? 1000
  if (scale !== 100 && scale !== 1000) throw new TongxinError('EVAL_ARGUMENT_INVALID', { name: 'scale', reason: 'must be 100 or 1000' })
  const grades = options.grades ?? (scale === 1000 ? GRADE_SCHEMES.socialOrg1000Luoyang : GRADE_SCHEMES.socialOrg100)
  try {
    checkGradeScheme(grades, 'grades')
  } catch (e) {
    const reason = e instanceof TongxinError ? describe(e.params.reason) : describe(e)
    throw new TongxinError('EVAL_ARGUMENT_INVALID', { name: 'grades', reason })
  }
  if (grades.scale !== scale) throw new TongxinError('EVAL_ARGUMENT_INVALID', { name: 'grades', reason: `the scheme's scale must be ${scale}` })
  if (options.grades === undefined) {
    const hit = cache.get(scale)
    if (hit !== undefined) return hit
    const built = deepFreeze(build(scale, grades))
    cache.set(scale, built)
    return built
  }
  return deepFreeze(build(scale, grades))
}

function build(scale: number, grades: GradeScheme): Rubric {
  const deg = { kind: 'degree', full: 2, partial: 1 } as const
  return {
    id: `social-organization-${scale}`,
    version: '2025.1',
    name: L('社会组织等级评估（5A–1A）', 'social organisation grading (5A–1A)'),
    fullMark: scale,
    missing: { policy: 'zero' },
    rounding: { mode: 'half-up', decimals: scale === 1000 ? 1 : 2, at: 'each-level' },
    grades,
    source: '民政部令第39号《社会组织评估管理办法》 dimensions and Art. 7 exclusions; weights are a model; notes/domain.md §5.1',
    children: [
      {
        id: 'basic',
        name: L('基础条件', 'basic conditions'),
        weight: 15,
        children: [
          { id: 'registration', name: L('登记备案规范（程度分）', 'registration in order (degree)'), weight: 50, rule: deg },
          { id: 'office', name: L('办公场所与人员', 'office and staff'), weight: 50, rule: { kind: 'boolean', points: 1 } },
        ],
      },
      {
        id: 'governance',
        name: L('内部治理', 'internal governance'),
        weight: 30,
        children: [
          { id: 'partyBuilding', name: L('党的建设（程度分）', 'Party building (degree)'), weight: 30, rule: deg },
          { id: 'bylaws', name: L('章程与决策机制（程度分）', 'bylaws and decision-making (degree)'), weight: 35, rule: deg },
          { id: 'financeRules', name: L('财务管理制度（程度分）', 'financial rules (degree)'), weight: 35, rule: deg },
        ],
      },
      {
        id: 'performance',
        name: L('工作绩效（业务活动和诚信建设）', 'performance (activities and integrity)'),
        weight: 35,
        children: [
          { id: 'projectsDelivered', name: L('年度服务项目数', 'projects delivered per year'), weight: 50, rule: steps([[5, 3], [3, 2], [1, 1]]) },
          { id: 'planRatio', name: L('服务计划完成率', 'plan completion, actual ÷ plan'), weight: 50, rule: steps([[1, 3], [0.8, 2], [0.6, 1]]) },
        ],
      },
      {
        id: 'reputation',
        name: L('社会评价', 'social evaluation'),
        weight: 20,
        children: [
          { id: 'satisfaction', name: L('服务对象满意度', 'client satisfaction'), weight: 70, rule: { kind: 'goalposts', lower: 60, upper: 95, direction: 'benefit' }, unit: '%' },
          { id: 'complaints', name: L('有效投诉（扣分制）', 'upheld complaints (deduction)'), weight: 30, rule: { kind: 'deduction', start: 3, perDefect: 1, floor: 0 } },
        ],
      },
    ],
    gates: [
      { id: 'twoYears', name: L('登记满两个年度', 'registered two full years'), require: { ref: 'registeredYears', op: '>=', value: 2 } },
      { id: 'inspection', name: L('上年度年检合格', 'last annual inspection passed'), require: { ref: 'annualInspectionPassed', op: '==', value: true } },
      { id: 'noPenalty', name: L('上年度未受行政处罚', 'no administrative penalty last year'), require: { not: { ref: 'penalized', op: '==', value: true } } },
      { id: 'notInvestigated', name: L('未被立案调查', 'not under investigation'), require: { not: { ref: 'underInvestigation', op: '==', value: true } } },
      { id: 'notListed', name: L('未列入活动异常名录或严重违法失信名单', 'not on the abnormal or dishonesty list'), require: { not: { ref: 'listedAbnormal', op: '==', value: true } } },
    ],
  }
}
