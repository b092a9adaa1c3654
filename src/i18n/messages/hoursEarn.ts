import type { MessageTemplate } from '../types'

/** Messages of the hoursEarn part. */
export const HOURS_EARN_MESSAGES = {} as const satisfies Record<string, MessageTemplate>
