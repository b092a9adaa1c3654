import type { MessageTemplate } from '../types'

/**
 * Messages of the pairing module.
 * @example
 * formatMessage({ code: Object.keys(PAIRING_MESSAGES)[0] ?? '' }, 'en')
 */
export const PAIRING_MESSAGES = {
  // Errors
  PAIRING_INVALID_INPUT: { 'zh-CN': '结对参数 {name} 无效：{reason}', en: 'pairing argument {name} is invalid: {reason}' },
  PAIRING_DUPLICATE_ID: { 'zh-CN': '重复的{kind}编号：{id}', en: 'duplicate {kind} id: {id}' },
  PAIRING_UNKNOWN_ID: { 'zh-CN': '{name} 引用了不存在的{kind}：{id}', en: '{name} refers to an unknown {kind}: {id}' },
  PAIRING_DUPLICATE_EDGE: { 'zh-CN': '服务队 {team} 与社工 {worker} 的候选配对重复', en: 'duplicate edge between team {team} and worker {worker}' },
  PAIRING_OVERFLOW: {
    'zh-CN': '含服务队 {team} 的分量中，分值或惩罚过大，可能超出安全整数范围（2^53）',
    en: 'scores or penalties in the component of team {team} could exceed the safe integer range (2^53)',
  },
  PAIRING_CERTIFICATE_INVALID: {
    'zh-CN': '最优性证书校验失败（{check}）：{detail}',
    en: 'optimality certificate check failed ({check}): {detail}',
  },
  // Lock conflicts
  PAIRING_LOCK_EXCLUDED: { 'zh-CN': '锁定的配对 {team}—{worker} 已被排除（利益冲突），未采用', en: 'lock {team}–{worker} is excluded (conflict of interest) and was not applied' },
  PAIRING_LOCK_OVER_DEMAND: { 'zh-CN': '锁定的配对 {team}—{worker} 超过服务队所需带队社工人数，未采用', en: 'lock {team}–{worker} exceeds the team’s number of leads and was not applied' },
  PAIRING_LOCK_OVER_CAPACITY: { 'zh-CN': '锁定的配对 {team}—{worker} 超出社工可带队数，未采用', en: 'lock {team}–{worker} exceeds the worker’s capacity and was not applied' },
  PAIRING_LOCK_NOT_ELIGIBLE: { 'zh-CN': '锁定的配对 {team}—{worker} 不满足硬性规则，按人工指定保留', en: 'lock {team}–{worker} breaks a hard rule; kept as a manual override' },
  // Hard rules (why a candidate is not eligible)
  PAIRING_RULE_INACTIVE: { 'zh-CN': '社工 {worker} 当前不在岗', en: 'worker {worker} is not active' },
  PAIRING_RULE_AREA: { 'zh-CN': '社工 {worker} 不在服务队所在的{scopeZh}', en: 'worker {worker} is outside the team’s {scopeEn}' },
  PAIRING_RULE_QUALIFICATION: {
    'zh-CN': '服务队要求至少{minimumZh}，社工 {worker} 为{actualZh}',
    en: 'the team needs at least a {minimumEn}; worker {worker} is {actualEn}',
  },
  PAIRING_RULE_AVAILABILITY: {
    'zh-CN': '社工 {worker} 与服务队活动时间每周仅重叠 {minutes} 分钟（至少需 {required} 分钟）',
    en: 'worker {worker} overlaps the team’s meeting times by {minutes} min/week (needs {required})',
  },
  PAIRING_RULE_CAPACITY: { 'zh-CN': '社工 {worker} 的可带队数为 0', en: 'worker {worker} has capacity 0' },
  PAIRING_RULE_EXCLUDED: { 'zh-CN': '社工 {worker} 与该服务队被排除配对（利益冲突）', en: 'worker {worker} is excluded from this team (conflict of interest)' },
  // Reasons for an unassigned team
  PAIRING_REASON_NO_CANDIDATE: {
    'zh-CN': '没有符合硬性规则的社工（{workers} 名被规则排除）',
    en: 'no worker passes the hard rules ({workers} excluded by rules)',
  },
  PAIRING_REASON_CAPACITY_TAKEN: {
    'zh-CN': '候选社工的名额已分给得分不低于它的配对；与社工 {worker} 的配对还需 +{points} 分才会入选',
    en: 'candidates’ capacity went to pairs worth at least as much; the pair with worker {worker} needs +{points} points to be chosen',
  },
  PAIRING_REASON_LOCKED_CAPACITY: {
    'zh-CN': '候选社工的名额已被锁定配对占满',
    en: 'candidates’ capacity is taken by locked pairs',
  },
  PAIRING_REASON_SHORTAGE: {
    'zh-CN': '{teams} 支服务队共需 {demand} 名带队社工，其可选社工最多只能提供 {available} 名（缺口 {gap}）',
    en: '{teams} teams need {demand} leads but their eligible workers can give at most {available} (short by {gap})',
  },
  // Criteria of the score breakdown
  PAIRING_CRITERION_DOMAIN: { 'zh-CN': '服务领域匹配', en: 'service-domain overlap' },
  PAIRING_CRITERION_GEOGRAPHY: { 'zh-CN': '地理就近', en: 'geographic closeness' },
  PAIRING_CRITERION_AVAILABILITY: { 'zh-CN': '时间重叠', en: 'availability overlap' },
  PAIRING_CRITERION_QUALIFICATION: { 'zh-CN': '职业资格', en: 'qualification fit' },
  PAIRING_CRITERION_CONTINUITY: { 'zh-CN': '延续原带队关系', en: 'continuity with the previous plan' },
  PAIRING_CRITERION_NEED: { 'zh-CN': '服务队需求（新建/待扶持优先）', en: 'team need (new or struggling first)' },
} as const satisfies Record<string, MessageTemplate>
