import type { MessageTemplate } from '../types'

/** Messages of the mcdm part. */
export const MCDM_MESSAGES = {} as const satisfies Record<string, MessageTemplate>
