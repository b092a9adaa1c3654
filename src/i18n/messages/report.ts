import type { MessageTemplate } from '../types'

/**
 * Messages of the report module.
 * @example
 * formatMessage({ code: Object.keys(REPORT_MESSAGES)[0] ?? '' }, 'en')
 */
export const REPORT_MESSAGES = {
  REPORT_INVALID_INPUT: {
    'zh-CN': '汇总需要一个区的数据及其服务时长台账',
    en: 'a report needs a district and its hours ledger',
  },
} as const satisfies Record<string, MessageTemplate>
