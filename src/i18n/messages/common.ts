import type { MessageTemplate } from '../types'

/**
 * Messages shared by every module.
 * @example
 * formatMessage({ code: Object.keys(COMMON_MESSAGES)[0] ?? '' }, 'en')
 */
export const COMMON_MESSAGES = {
  INVALID_ARGUMENT: { 'zh-CN': '参数 {name} 无效：{reason}', en: 'argument {name} is invalid: {reason}' },
  NUMBER_OVERFLOW: {
    'zh-CN': '数值 {name} 可能超出安全整数范围（2^53）',
    en: 'value {name} could exceed the safe integer range (2^53)',
  },
} as const satisfies Record<string, MessageTemplate>
