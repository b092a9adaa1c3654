import { COMMON_MESSAGES } from './messages/common'
import { DISTRICT_MESSAGES } from './messages/district'
import { EVALUATION_MESSAGES } from './messages/evaluation'
import { HOURS_MESSAGES } from './messages/hours'
import { HOURS_EARN_MESSAGES } from './messages/hoursEarn'
import { IDS_MESSAGES } from './messages/ids'
import { MCDM_MESSAGES } from './messages/mcdm'
import { MODEL_MESSAGES } from './messages/model'
import { PAIRING_MESSAGES } from './messages/pairing'
import { REPORT_MESSAGES } from './messages/report'
import { SAMPLE_MESSAGES } from './messages/sample'
import type { MessageTemplate } from './types'

/**
 * Every message of tongxin, by code, in zh-CN and en.
 * @example
 * MESSAGES.MODEL_INVALID_JSON.en //=> 'input is not valid JSON: {reason}'
 */
export const MESSAGES = {
  ...COMMON_MESSAGES,
  ...MODEL_MESSAGES,
  ...IDS_MESSAGES,
  ...DISTRICT_MESSAGES,
  ...HOURS_MESSAGES,
  ...HOURS_EARN_MESSAGES,
  ...PAIRING_MESSAGES,
  ...EVALUATION_MESSAGES,
  ...MCDM_MESSAGES,
  ...REPORT_MESSAGES,
  ...SAMPLE_MESSAGES,
} as const satisfies Record<string, MessageTemplate>

/**
 * A stable code of tongxin: every error, rejection reason and explanation has one.
 * @example
 * const c: Code = 'MODEL_INVALID_JSON'
 */
export type Code = keyof typeof MESSAGES

/**
 * Every code as a constant (`CODES.ID_BAD_CHECK_CHARACTER === 'ID_BAD_CHECK_CHARACTER'`).
 * @example
 * if (error.code === CODES.MODEL_INVALID_JSON) retry()
 */
export const CODES: { readonly [K in Code]: K } = Object.freeze(
  Object.fromEntries(Object.keys(MESSAGES).map((k) => [k, k])) as { [K in Code]: K },
)
