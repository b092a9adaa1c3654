import type { MessageTemplate } from '../types'

/** Messages of the hours module. */
export const HOURS_MESSAGES = {} as const satisfies Record<string, MessageTemplate>
