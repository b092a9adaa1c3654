import { passFailScheme } from '../rubric/gradeSchemes'
import type { Rubric } from '../rubric/types'
import { L, deepFreeze, leaf, steps } from './internal/build'

let cached: Rubric | undefined

/**
 * The 最美志愿服务社区 recommendation conditions as a gate rubric: registered volunteers ≥ 10 %
 * of residents, the 社工带志愿者 activity mode (at least one team led by a social worker),
 * ≥ 3 activity categories and ≥ 2 volunteer teams. Each condition is a gate (a community failing
 * one is `not-rated`, 不予推荐, and `gatesFailed` names it) and a 25-point leaf, so the sheet
 * also shows how many are met. Leaf ids are `communityFacts` keys.
 *
 * @returns the frozen rubric (the same object on every call)
 * @see notes/domain.md §5.3 (「四个100」最美志愿服务社区 推荐条件, 中央文明办)
 * @example
 * scoreRubric(mostBeautifulCommunityRubric(), facts.data).gatesFailed //=> ['teams']
 */
export function mostBeautifulCommunityRubric(): Rubric {
  cached ??= deepFreeze(build())
  return cached
}

function build(): Rubric {
  const met = (min: number) => steps([[min, 25]])
  return {
    id: 'most-beautiful-community',
    version: '2025.1',
    name: L('最美志愿服务社区推荐条件', 'most beautiful volunteer-service community conditions'),
    fullMark: 100,
    missing: { policy: 'zero' },
    rounding: { mode: 'none', decimals: 0, at: 'end' },
    grades: passFailScheme(100, 100, 0),
    source: '「四个100」最美志愿服务社区 推荐条件 (中央文明办); notes/domain.md §5.3',
    children: [
      {
        id: 'conditions',
        name: L('推荐条件', 'conditions'),
        fullMark: 100,
        children: [
          leaf('volunteerRate', '注册志愿者占常住人口比例 ≥ 10%', 'registered volunteers ≥ 10% of residents', 25, met(0.1)),
          leaf('ledTeamCount', '采取社会工作者带志愿者的活动方式', 'social workers lead volunteers', 25, met(1)),
          leaf('activityDomainCount', '活动类别 ≥ 3 类', '≥ 3 activity categories', 25, met(3)),
          leaf('teamCount', '志愿服务队伍 ≥ 2 支', '≥ 2 volunteer teams', 25, met(2)),
        ],
      },
    ],
    gates: [
      { id: 'volunteerRate', name: L('注册志愿者占常住人口比例 ≥ 10%', 'registered volunteers ≥ 10% of residents'), require: { ref: 'volunteerRate', op: '>=', value: 0.1 } },
      { id: 'socialWorkerLed', name: L('社会工作者带志愿者', 'social workers lead volunteers'), require: { ref: 'ledTeamCount', op: '>=', value: 1 } },
      { id: 'categories', name: L('活动类别 ≥ 3 类', '≥ 3 activity categories'), require: { ref: 'activityDomainCount', op: '>=', value: 3 } },
      { id: 'teams', name: L('志愿服务队伍 ≥ 2 支', '≥ 2 volunteer teams'), require: { ref: 'teamCount', op: '>=', value: 2 } },
    ],
  }
}
