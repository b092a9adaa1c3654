import type { MessageTemplate } from '../types'

/**
 * Messages of the hours module.
 * @example
 * formatMessage({ code: Object.keys(HOURS_MESSAGES)[0] ?? '' }, 'en')
 */
export const HOURS_MESSAGES = {
  HOURS_INVALID_RECORDS: {
    'zh-CN': '服务记录必须是数组或可迭代对象：{reason}',
    en: 'records must be an array or an iterable: {reason}',
  },
  HOURS_INVALID_RECORD: {
    'zh-CN': '第 {index} 条服务记录的字段 {field} 无效',
    en: 'record {index} has an invalid field {field}',
  },
  HOURS_INVALID_POLICY: {
    'zh-CN': '工时政策的 {field} 无效：{reason}',
    en: 'hours policy field {field} is invalid: {reason}',
  },
  HOURS_INVALID_CONTEXT: {
    'zh-CN': '工时计算上下文的 {field} 无效：{reason}',
    en: 'hours context field {field} is invalid: {reason}',
  },
  HOURS_INVALID_SUMMARY: {
    'zh-CN': '工时汇总无效：{reason}',
    en: 'hours summary is invalid: {reason}',
  },
  HOURS_SUMMARY_ZONE_MISMATCH: {
    'zh-CN': '不能合并不同时区的工时汇总（{a} 与 {b}）',
    en: 'cannot combine hours summaries of different time zones ({a} and {b})',
  },
  HOURS_STREAM_OUT_OF_ORDER: {
    'zh-CN': '记录 {recordId} 的开始时间早于志愿者 {volunteerId} 已结算的时段；请按志愿者开始时间排序，或使用 order: "any"',
    en: 'record {recordId} starts before a period already settled for volunteer {volunteerId}; sort by start per volunteer or use order: "any"',
  },
  HOURS_STREAM_FINISHED: {
    'zh-CN': '工时流已结束，不能再添加记录',
    en: 'the hours stream is finished; no more records can be added',
  },
  HOURS_DUPLICATE: {
    'zh-CN': '重复记录（内容相同，只计一次）',
    en: 'duplicate record (identical, counted once)',
  },
  HOURS_CONFLICTING_DUPLICATE: {
    'zh-CN': '记录编号重复且内容不一致，全部不予记录',
    en: 'record id repeated with different contents: none of them is counted',
  },
  HOURS_STATUS_NOT_COUNTED: {
    'zh-CN': '记录状态不计入服务时间',
    en: 'record status does not count',
  },
  HOURS_END_NOT_AFTER_START: {
    'zh-CN': '结束时间不晚于开始时间',
    en: 'the end is not after the start',
  },
  HOURS_LESS_THAN_A_MINUTE: {
    'zh-CN': '不足一整分钟',
    en: 'less than one whole minute',
  },
  HOURS_TOO_LONG: {
    'zh-CN': '单次服务时长超过政策上限',
    en: 'the session is longer than the policy maximum',
  },
  HOURS_IN_FUTURE: {
    'zh-CN': '记录的结束时间晚于当前时间',
    en: 'the record ends in the future',
  },
  HOURS_NOT_VOLUNTEER_SERVICE: {
    'zh-CN': '非志愿服务活动不得记录（《志愿服务记录与证明出具办法》第十九条）',
    en: 'not a volunteer service activity (办法 Art. 19)',
  },
  HOURS_FULLY_OVERLAPPED: {
    'zh-CN': '与同一志愿者的其他服务时段完全重叠',
    en: 'fully covered by another session of the same volunteer',
  },
  HOURS_NOTHING_AFTER_DEDUCTIONS: {
    'zh-CN': '扣除休息和交通时间后无剩余时长',
    en: 'nothing left after breaks and travel',
  },
  HOURS_BELOW_MINIMUM_SESSION: {
    'zh-CN': '单次服务时长低于最短时长',
    en: 'shorter than the minimum session',
  },
  HOURS_CAPPED_TO_ZERO: {
    'zh-CN': '当日服务时长已达每日上限',
    en: 'the daily cap was already reached',
  },
  HOURS_ROUNDED_TO_ZERO: {
    'zh-CN': '取整后为零',
    en: 'rounded to zero',
  },
} as const satisfies Record<string, MessageTemplate>
