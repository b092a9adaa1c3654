import type { MessageTemplate } from '../types'

/** Messages of the sample module. */
export const SAMPLE_MESSAGES = {} as const satisfies Record<string, MessageTemplate>
