import type { MessageTemplate } from '../types'

/** Messages of the ids module. */
export const IDS_MESSAGES = {} as const satisfies Record<string, MessageTemplate>
