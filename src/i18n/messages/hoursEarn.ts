import type { MessageTemplate } from '../types'

/**
 * Messages of the hoursEarn part (stars, certificates, points, time bank, deadlines, guidance share, continuing education).
 * @example
 * formatMessage({ code: Object.keys(HOURS_EARN_MESSAGES)[0] ?? '' }, 'en')
 */
export const HOURS_EARN_MESSAGES = {
  HOURS_EARN_INVALID_ARGUMENT: { 'zh-CN': '参数 {name} 无效：{reason}', en: 'argument {name} is invalid: {reason}' },
  HOURS_EARN_OVERFLOW: {
    'zh-CN': '数值 {name} 超出安全整数范围',
    en: 'value {name} exceeds the safe integer range',
  },

  STAR_INVALID_POLICY: { 'zh-CN': '星级政策无效：{reason}', en: 'invalid star policy: {reason}' },
  STAR_REGISTRATION_TOO_SHORT: {
    'zh-CN': '{level} 星需注册满 {required} 个月，目前 {months} 个月',
    en: 'star {level} needs {required} months of registration, has {months}',
  },
  STAR_REGISTRATION_UNKNOWN: {
    'zh-CN': '{level} 星需注册满 {required} 个月，但未提供注册日期',
    en: 'star {level} needs {required} months of registration, but the registration date is unknown',
  },
  STAR_SELECTION_REQUIRED: {
    'zh-CN': '{level} 星须经评选产生，不自动授予',
    en: 'star {level} is awarded by selection, not automatically',
  },
  STAR_PREVIOUS_LEVEL_REQUIRED: {
    'zh-CN': '{level} 星须已获评 {previous} 星',
    en: 'star {level} requires star {previous} to be held already',
  },
  STAR_QUALITY_BELOW_GATE: {
    'zh-CN': '{level} 星要求服务质量评价不低于 {minimum}，目前为 {score}',
    en: 'star {level} requires a quality score of at least {minimum}, has {score}',
  },
  STAR_QUALITY_NOT_ASSESSED: {
    'zh-CN': '{level} 星要求服务质量评价，但尚无评价',
    en: 'star {level} requires a quality score, but none is recorded',
  },

  CERT_MISSING_FIELD: {
    'zh-CN': '志愿服务证明缺少必备内容：{field}（《志愿服务记录与证明出具办法》第十五条）',
    en: 'the service certificate lacks a required item: {field} (办法 Art. 15)',
  },

  POINTS_INVALID_POLICY: { 'zh-CN': '积分政策无效：{reason}', en: 'invalid points policy: {reason}' },
  POINTS_CAPPED: {
    'zh-CN': '活动 {activity} 的计分时长按上限 {cap} 分钟计',
    en: 'activity {activity} is counted up to its cap of {cap} minutes',
  },
  POINTS_CAP_REACHED: {
    'zh-CN': '活动 {activity} 的积分按上限 {cap} 分计',
    en: 'activity {activity} earns at most {cap} points',
  },

  TIMEBANK_INSUFFICIENT_BALANCE: {
    'zh-CN': '{holderId} 的时间储蓄余额 {balance} 分钟，不足以支取 {requested} 分钟',
    en: '{holderId} has {balance} minutes in the time bank, cannot withdraw {requested}',
  },
  TIMEBANK_DUPLICATE_REFERENCE: {
    'zh-CN': '时间储蓄流水编号 {ref} 已存在',
    en: 'time-bank reference {ref} already exists',
  },
  TIMEBANK_ACCOUNT_LIMIT: {
    'zh-CN': '{holderId} 的时间储蓄余额将超过上限 {limit} 分钟',
    en: "{holderId}'s time-bank balance would exceed the limit of {limit} minutes",
  },

  DEADLINE_ON_TIME: {
    'zh-CN': '记录 {recordId} 在期限 {deadline} 内录入',
    en: 'record {recordId} was entered by its deadline {deadline}',
  },
  DEADLINE_LATE: {
    'zh-CN': '记录 {recordId} 晚于期限 {deadline} 录入（活动结束后 {workingDays} 个工作日内，《办法》第十一条）',
    en: 'record {recordId} was entered after its deadline {deadline} ({workingDays} working days after the activity, 办法 Art. 11)',
  },
  DEADLINE_NOT_ASSESSABLE: {
    'zh-CN': '记录 {recordId} 没有录入时间，无法判断是否及时',
    en: 'record {recordId} has no entry time, so its timeliness cannot be assessed',
  },
  DEADLINE_CALENDAR_EXHAUSTED: {
    'zh-CN': '工作日历在 {days} 天内找不到 {workingDays} 个工作日',
    en: 'the working-day calendar yields fewer than {workingDays} working days in {days} days',
  },
  DEADLINE_CALENDAR_FAILED: {
    'zh-CN': '工作日历函数出错：{reason}',
    en: 'the working-day calendar function failed: {reason}',
  },

  CE_COMPLETE: {
    'zh-CN': '{workerId} 本登记周期继续教育已满 {required} 小时',
    en: '{workerId} has completed {required} h of continuing education this registration period',
  },
  CE_IN_PROGRESS: {
    'zh-CN': '{workerId} 继续教育尚缺 {missing} 小时，须于 {deadline} 前完成',
    en: '{workerId} still needs {missing} h of continuing education by {deadline}',
  },
  CE_OVERDUE: {
    'zh-CN': '{workerId} 登记周期已于 {deadline} 结束，继续教育仍缺 {missing} 小时',
    en: "{workerId}'s registration period ended on {deadline} with {missing} h of continuing education missing",
  },
  CE_NOT_REQUIRED: {
    'zh-CN': '{workerId} 未取得职业水平证书，无继续教育学时要求',
    en: '{workerId} holds no qualification certificate, so no continuing-education hours are required',
  },
  CE_NO_REGISTRATION: {
    'zh-CN': '{workerId} 未填登记日期，无法确定登记周期',
    en: '{workerId} has no registration date, so the registration period is unknown',
  },
  CE_ENTRY_OUTSIDE_PERIOD: {
    'zh-CN': '学习记录 {entryId}（{date}）不在登记周期 {from}—{to} 内',
    en: 'training entry {entryId} ({date}) lies outside the registration period {from}–{to}',
  },
  CE_ENTRY_NOT_PASSED: {
    'zh-CN': '课程 {entryId} 未通过，不计学时',
    en: 'course {entryId} was not passed, so it earns no hours',
  },
} as const satisfies Record<string, MessageTemplate>
