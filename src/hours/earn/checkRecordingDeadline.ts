import type { DeadlineActivity, DeadlinePolicy, DeadlineRecord, DeadlineResult } from './deadlinePolicy'
import { activityEnds, assessDeadline, deadlineEngine } from './internal/deadline'
import { objectArg, own } from './internal/validate'

/**
 * 记录时限: whether a service record was entered within 10 working days after its activity ended
 * (办法 Art. 11). A late record is flagged, never rejected — it still earns its hours. The deadline
 * runs from the activity's end when `activity` is given (else the record's own end), counts working
 * days from the next local day in the policy's time zone, and ends at the end of the last one.
 * A record without `recordedAt` is `not-assessable`. The flag is monotone: entering later never
 * turns late into on-time.
 *
 * @param record - the record (`id`, `end`, optional `activityId`, `recordedAt`)
 * @param options - the record's activity (`id`, `end`) and the policy (default {@link DEADLINE_POLICY_NATIONAL}; a partial policy is completed from it)
 * @returns the status, its code, the deadline date and the first late instant
 * @throws TongxinError `HOURS_EARN_INVALID_ARGUMENT` for malformed input; `DEADLINE_CALENDAR_EXHAUSTED` when the calendar has too few working days in 10 years; `DEADLINE_CALENDAR_FAILED` when it throws
 * @see notes/domain.md §1.3 (办法 Art. 11)
 * @example
 * checkRecordingDeadline({ id: 'r1', end: '2025-03-07T17:00:00+08:00', recordedAt: '2025-03-24T09:00:00+08:00' })
 * //=> { status: 'late', code: 'DEADLINE_LATE', deadlineDate: '2025-03-21', … }
 */
export function checkRecordingDeadline(
  record: DeadlineRecord,
  options: { readonly activity?: DeadlineActivity; readonly policy?: Partial<DeadlinePolicy> } = {},
): DeadlineResult {
  const opts = objectArg(options, 'options')
  const engine = deadlineEngine(own(opts, 'policy'))
  const activityValue = own(opts, 'activity')
  const lookup = activityEnds(activityValue === undefined ? [] : [activityValue], 'options.activity')
  return assessDeadline(record, 'record', engine, lookup)
}
