import type { MessageTemplate } from '../types'

/**
 * Messages of the model boundary (parsing and validation).
 * @example
 * formatMessage({ code: Object.keys(MODEL_MESSAGES)[0] ?? '' }, 'en')
 */
export const MODEL_MESSAGES = {
  MODEL_INVALID_JSON: { 'zh-CN': '输入不是合法的 JSON：{reason}', en: 'input is not valid JSON: {reason}' },
  MODEL_VALIDATION_FAILED: {
    'zh-CN': '数据校验未通过，共 {count} 处问题',
    en: 'validation failed with {count} issue(s)',
  },
  MODEL_INVALID_TYPE: { 'zh-CN': '类型错误：应为 {expected}', en: 'wrong type: expected {expected}' },
  MODEL_TOO_SMALL: { 'zh-CN': '数值或长度过小（最小 {minimum}）', en: 'too small (minimum {minimum})' },
  MODEL_TOO_BIG: { 'zh-CN': '数值或长度过大（最大 {maximum}）', en: 'too big (maximum {maximum})' },
  MODEL_INVALID_FORMAT: { 'zh-CN': '格式错误：应为 {format}', en: 'invalid format: expected {format}' },
  MODEL_INVALID_VALUE: { 'zh-CN': '取值不在允许范围内：{values}', en: 'value not allowed; expected one of {values}' },
  MODEL_INVALID: { 'zh-CN': '数据无效', en: 'invalid data' },
  MODEL_INVALID_ID: {
    'zh-CN': '编号格式错误：应为 1–64 个字母、数字或 ._:- 字符',
    en: 'invalid id: expected 1–64 letters, digits or ._:- characters',
  },
  MODEL_DATE_NOT_REAL: { 'zh-CN': '日期不存在：{value}', en: 'no such calendar date: {value}' },
  MODEL_TIME_NOT_REAL: { 'zh-CN': '时刻不存在：{value}（应为 00:00–24:00）', en: 'no such time of day: {value} (00:00–24:00)' },
  MODEL_DATETIME_NOT_REAL: {
    'zh-CN': '时间不存在或缺少时区偏移：{value}',
    en: 'no such instant, or its offset is missing: {value}',
  },
  MODEL_END_NOT_AFTER_START: {
    'zh-CN': '结束时间 {end} 不晚于开始时间 {start}',
    en: 'end {end} is not after start {start}',
  },
  MODEL_TIME_ZONE_UNKNOWN: { 'zh-CN': '未知的时区：{value}', en: 'unknown IANA time zone: {value}' },
  MODEL_ID_NUMBER_INVALID: {
    'zh-CN': '身份证件号码未通过校验（{reason}）',
    en: 'identity document number fails its check ({reason})',
  },
  MODEL_CREDIT_CODE_INVALID: {
    'zh-CN': '统一社会信用代码未通过校验（{reason}）',
    en: 'unified social credit code fails its check ({reason})',
  },
  MODEL_PHONE_INVALID: { 'zh-CN': '手机号码格式错误', en: 'invalid mobile phone number' },
  MODEL_DUPLICATE_ITEM: { 'zh-CN': '列表中有重复项：{value}', en: 'duplicate item in list: {value}' },
} as const satisfies Record<string, MessageTemplate>
