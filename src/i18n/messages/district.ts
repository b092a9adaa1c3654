import type { MessageTemplate } from '../types'

/**
 * Messages of the district module.
 * @example
 * formatMessage({ code: Object.keys(DISTRICT_MESSAGES)[0] ?? '' }, 'en')
 */
export const DISTRICT_MESSAGES = {
  DISTRICT_NOT_A_DISTRICT: {
    'zh-CN': '输入不是区数据（{reason}）',
    en: 'input is not a district ({reason})',
  },
  DISTRICT_DUPLICATE_ID: {
    'zh-CN': '{kind} 编号 {id} 重复',
    en: 'duplicate {kind} id {id}',
  },
  DISTRICT_DANGLING_REFERENCE: {
    'zh-CN': '{kind} {id} 的 {field} 引用了不存在的 {target} {targetId}',
    en: '{kind} {id}: {field} refers to unknown {target} {targetId}',
  },
  DISTRICT_LEAD_INACTIVE: {
    'zh-CN': '志愿服务队 {teamId} 由未在岗的社工 {workerId} 引领',
    en: 'team {teamId} is led by inactive social worker {workerId}',
  },
  DISTRICT_LEAD_OVER_CAPACITY: {
    'zh-CN': '社工 {workerId} 引领 {teams} 支队伍，超过其容量 {capacity}',
    en: 'social worker {workerId} leads {teams} teams, more than their capacity {capacity}',
  },
  DISTRICT_MULTI_TEAM_MEMBER: {
    'zh-CN': '志愿者 {volunteerId} 已在队伍 {firstTeamId}，本区不允许同时加入队伍 {teamId}',
    en: 'volunteer {volunteerId} is in team {firstTeamId}; this district forbids also joining team {teamId}',
  },
  DISTRICT_COMMUNITY_STREET_MISMATCH: {
    'zh-CN': '志愿服务队 {teamId} 属于街道 {streetId}，但其社区 {communityId} 属于街道 {communityStreetId}',
    en: 'team {teamId} is in street {streetId} but its community {communityId} is in street {communityStreetId}',
  },
  DISTRICT_INVALID_CHANGE: {
    'zh-CN': '变更无效，共 {count} 处问题',
    en: 'invalid change with {count} issue(s)',
  },
  DISTRICT_UNKNOWN_CHANGE_TYPE: {
    'zh-CN': '未知的变更类型：{type}',
    en: 'unknown change type: {type}',
  },
  DISTRICT_UNKNOWN_KIND: {
    'zh-CN': '未知的实体类别：{kind}',
    en: 'unknown entity kind: {kind}',
  },
  DISTRICT_UNKNOWN_FIELD: {
    'zh-CN': '{kind} 没有字段 {field}',
    en: '{kind} has no field {field}',
  },
  DISTRICT_ID_IMMUTABLE: {
    'zh-CN': '{kind} {id} 的编号不可修改',
    en: 'the id of {kind} {id} cannot change',
  },
  DISTRICT_NOT_FOUND: {
    'zh-CN': '找不到 {kind} {id}',
    en: '{kind} {id} not found',
  },
  DISTRICT_ID_TAKEN: {
    'zh-CN': '{kind} 编号 {id} 已存在',
    en: '{kind} id {id} already exists',
  },
  DISTRICT_STILL_REFERENCED: {
    'zh-CN': '{kind} {id} 仍被 {count} 处引用，不能删除（可使用级联删除）',
    en: '{kind} {id} is still referenced {count} time(s) and cannot be removed (use cascade)',
  },
  DISTRICT_INTEGRITY_VIOLATION: {
    'zh-CN': '变更会带来 {count} 处新的完整性问题，已拒绝',
    en: 'the change would introduce {count} new integrity problem(s); rejected',
  },
  DISTRICT_ALREADY_LEAD: {
    'zh-CN': '社工 {workerId} 已是队伍 {teamId} 的引领社工',
    en: 'social worker {workerId} already leads team {teamId}',
  },
  DISTRICT_NOT_LEAD: {
    'zh-CN': '社工 {workerId} 不是队伍 {teamId} 的引领社工',
    en: 'social worker {workerId} does not lead team {teamId}',
  },
  DISTRICT_ALREADY_MEMBER: {
    'zh-CN': '志愿者 {volunteerId} 已是队伍 {teamId} 的成员',
    en: 'volunteer {volunteerId} is already a member of team {teamId}',
  },
  DISTRICT_NOT_MEMBER: {
    'zh-CN': '志愿者 {volunteerId} 不是队伍 {teamId} 的成员',
    en: 'volunteer {volunteerId} is not a member of team {teamId}',
  },
  DISTRICT_INVALID_TRANSITION: {
    'zh-CN': '服务记录 {recordId} 不能从 {from} 变为 {to}',
    en: 'service record {recordId} cannot go from {from} to {to}',
  },
  DISTRICT_INVALID_CONTEXT: {
    'zh-CN': '审计信息（操作人、时间、原因）无效，共 {count} 处问题',
    en: 'invalid audit context (actor, time, reason) with {count} issue(s)',
  },
  DISTRICT_INVALID_ENTRY: {
    'zh-CN': '审计记录无效，共 {count} 处问题',
    en: 'invalid audit entry with {count} issue(s)',
  },
  DISTRICT_UNDO_MISMATCH: {
    'zh-CN': '该审计记录不适用于当前数据，无法撤销（{reason}）',
    en: 'the audit entry does not apply to this district and cannot be undone ({reason})',
  },
  DISTRICT_AUDIT_MISMATCH: {
    'zh-CN': '审计日志第 {index} 条重放结果与记录的补丁不一致',
    en: 'audit log entry {index} does not replay to its recorded patches',
  },
  DISTRICT_AUDIT_OUT_OF_ORDER: {
    'zh-CN': '审计日志第 {index} 条的序号 {seq} 未递增',
    en: 'audit log entry {index} has sequence number {seq}, not increasing',
  },
  DISTRICT_INVALID_OPTIONS: {
    'zh-CN': '选项无效：{reason}',
    en: 'invalid options: {reason}',
  },
} as const satisfies Record<string, MessageTemplate>
