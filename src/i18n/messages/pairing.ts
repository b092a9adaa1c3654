import type { MessageTemplate } from '../types'

/** Messages of the pairing module. */
export const PAIRING_MESSAGES = {} as const satisfies Record<string, MessageTemplate>
