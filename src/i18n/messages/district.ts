import type { MessageTemplate } from '../types'

/** Messages of the district module. */
export const DISTRICT_MESSAGES = {} as const satisfies Record<string, MessageTemplate>
