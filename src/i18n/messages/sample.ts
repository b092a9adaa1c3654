import type { MessageTemplate } from '../types'

/**
 * Messages of the sample module.
 * @example
 * formatMessage({ code: Object.keys(SAMPLE_MESSAGES)[0] ?? '' }, 'en')
 */
export const SAMPLE_MESSAGES = {
  SAMPLE_INVALID_OPTIONS: {
    'zh-CN': '生成选项必须是一个对象',
    en: 'the generator options must be an object',
  },
  SAMPLE_OPTION_REQUIRED: {
    'zh-CN': '缺少必填选项 {option}',
    en: 'the option {option} is required',
  },
  SAMPLE_OPTION_NOT_INTEGER: {
    'zh-CN': '选项 {option} 必须是整数（收到 {value}）',
    en: 'the option {option} must be an integer (got {value})',
  },
  SAMPLE_OPTION_NOT_NUMBER: {
    'zh-CN': '选项 {option} 必须是有限数值（收到 {value}）',
    en: 'the option {option} must be a finite number (got {value})',
  },
  SAMPLE_OPTION_OUT_OF_RANGE: {
    'zh-CN': '选项 {option} 超出允许范围 {min}–{max}（收到 {value}）',
    en: 'the option {option} is outside {min}–{max} (got {value})',
  },
  SAMPLE_OPTION_INVALID: {
    'zh-CN': '选项 {option} 无效：{reason}',
    en: 'the option {option} is invalid: {reason}',
  },
  SAMPLE_NO_COMMUNITIES_FOR_TEAMS: {
    'zh-CN': '要生成 {teams} 支志愿服务队，至少需要 1 个社区',
    en: 'generating {teams} team(s) needs at least one community',
  },
  SAMPLE_TOO_LARGE: {
    'zh-CN': '生成规模过大：{what} 为 {value}，上限 {max}',
    en: 'the sample is too large: {what} is {value}, the limit is {max}',
  },
  SAMPLE_STREET_NAMES_TOO_FEW: {
    'zh-CN': '街道名称只有 {given} 个，需要 {needed} 个',
    en: '{given} street name(s) given, {needed} needed',
  },
  SAMPLE_DUPLICATE_STREET_NAME: {
    'zh-CN': '街道名称重复：{name}',
    en: 'duplicate street name: {name}',
  },
} as const satisfies Record<string, MessageTemplate>
