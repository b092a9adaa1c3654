import type { MessageTemplate } from '../types'

/** Messages of the report module. */
export const REPORT_MESSAGES = {} as const satisfies Record<string, MessageTemplate>
