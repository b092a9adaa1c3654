import type { MessageTemplate } from '../types'

/** Messages of the evaluation module. */
export const EVALUATION_MESSAGES = {} as const satisfies Record<string, MessageTemplate>
