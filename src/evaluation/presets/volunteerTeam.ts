import { GRADE_SCHEMES } from '../rubric/gradeSchemes'
import type { Rubric } from '../rubric/types'
import { L, deepFreeze, dim, leaf, steps } from './internal/build'

let cached: Rubric | undefined

/**
 * A volunteer team (志愿服务队) rubric, 100 points — **a model**: 队伍规模 15 (members),
 * 社工引领 25 (lead social workers, share of activities they led), 活动开展 25 (activities,
 * hours per member), 制度建设 20 (招募、注册、培训、记录、激励、反馈 checklist), 品牌与持续 15
 * (brand, years active). Veto: `seriousIncident` → 不合格. Grades 90/80/60.
 *
 * @returns the frozen rubric (the same object on every call)
 * @see notes/domain.md §5.3 (full recruit/register/train/record/reward/feedback system; 社工带志愿者), §6
 * @example
 * scoreRubric(volunteerTeamRubric(), { memberCount: 25, leadWorkerCount: 1 }).total
 */
export function volunteerTeamRubric(): Rubric {
  cached ??= deepFreeze(build())
  return cached
}

function build(): Rubric {
  const sys = (id: string, zh: string, en: string, points: number) => ({ id, name: L(zh, en), points })
  return {
    id: 'volunteer-team',
    version: '2025.1',
    name: L('志愿服务队评估细则（模型）', 'volunteer team rubric (model)'),
    fullMark: 100,
    missing: { policy: 'zero' },
    rounding: { mode: 'half-up', decimals: 2, at: 'each-level' },
    grades: GRADE_SCHEMES.excellentGoodPassFail,
    source: 'model; notes/domain.md §5.3, §6',
    children: [
      dim('size', '队伍规模', 'size', 15, [leaf('memberCount', '注册队员人数', 'registered members', 15, steps([[30, 15], [20, 12], [10, 8], [5, 4]]), { unit: '人' })]),
      dim('lead', '社工引领', 'social-worker lead', 25, [
        leaf('leadWorkerCount', '引领社工人数', 'lead social workers', 10, steps([[2, 10], [1, 7]]), { unit: '人' }),
        leaf('guidedActivityShare', '社工带领的活动占比', 'share of activities led by a social worker', 15, { kind: 'benefit', target: 0.6 }),
      ]),
      dim('activity', '活动开展', 'activities', 25, [
        leaf('activityCount', '年度活动场次', 'activities per year', 12, { kind: 'piecewise', points: [[0, 0], [6, 6], [12, 10], [24, 12]] }, { unit: '场' }),
        leaf('hoursPerMember', '人均服务时长', 'hours per member', 13, { kind: 'goalposts', lower: 0, upper: 20, direction: 'benefit' }, { unit: 'h' }),
      ]),
      dim('system', '制度建设', 'management system', 20, [
        leaf('managementSystem', '招募、注册、培训、记录、激励、反馈制度（组合分）', 'recruit/register/train/record/reward/feedback (checklist)', 20, {
          kind: 'checklist',
          items: [
            sys('recruit', '招募', 'recruitment', 3),
            sys('register', '注册', 'registration', 3),
            sys('train', '培训', 'training', 4),
            sys('record', '记录', 'records', 4),
            sys('reward', '激励', 'rewards', 3),
            sys('feedback', '反馈', 'feedback', 3),
          ],
        }),
      ]),
      dim('brand', '品牌与持续', 'brand and continuity', 15, [
        leaf('hasBrand', '拥有服务品牌', 'carries a service brand', 7, { kind: 'boolean', points: 7 }),
        leaf('yearsActive', '持续运行年数', 'years active', 8, steps([[3, 8], [2, 6], [1, 3]]), { unit: '年' }),
      ]),
    ],
    vetoes: [{ id: 'seriousIncident', name: L('发生重大安全责任事故', 'serious safety incident'), when: { ref: 'seriousIncident', op: '==', value: true }, grade: 'fail' }],
  }
}
