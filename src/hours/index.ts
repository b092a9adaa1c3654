// tongxin/hours — crediting pipeline, mergeable summaries and streaming.
export type * from './types'
export { DEFAULT_HOURS_POLICY, MAX_SESSION_LIMIT_MINUTES, resolveHoursPolicy } from './policy'
export { creditHours } from './creditHours'
export { summarizeHours, emptySummary } from './summarizeHours'
export { combineSummaries } from './combineSummaries'
export { createHoursStream, streamHours, type HoursStream, type HoursStreamOptions } from './streamHours'
// What hours earn (stars, certificates, points, time bank, deadlines, guidance share, continuing
// education) lives in ./earn, built by its own owner on the ledger types above.
export * from './earn/index'
