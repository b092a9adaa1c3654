import type { DeadlineActivity, DeadlinePolicy, DeadlineRecord, DeadlineResult } from './deadlinePolicy'
import { activityEnds, assessDeadline, deadlineEngine } from './internal/deadline'
import { compareIds, listArg, objectArg, own } from './internal/validate'

/**
 * The timeliness of many records.
 * @example
 * const report: DeadlineReport = checkRecordingDeadlines(district.records, { activities: district.activities })
 */
export interface DeadlineReport {
  /** One result per record, sorted by record id. */
  readonly results: readonly DeadlineResult[]
  /** Records entered in time. */
  readonly onTime: number
  /** Records entered late (flagged, not rejected). */
  readonly late: number
  /** Records without `recordedAt`. */
  readonly notAssessable: number
  /** The policy used. */
  readonly policy: DeadlinePolicy
}

/**
 * 记录时限 for many records: {@link checkRecordingDeadline} applied to each, with the activities
 * looked up by id, results sorted by record id and counted. The output does not depend on the
 * order of the input.
 *
 * @param records - the records (`id`, `end`, optional `activityId`, `recordedAt`)
 * @param options - the activities (`id`, `end`) and the policy (default {@link DEADLINE_POLICY_NATIONAL})
 * @returns every result and the counts
 * @throws TongxinError `HOURS_EARN_INVALID_ARGUMENT` for malformed input; `DEADLINE_CALENDAR_EXHAUSTED`, `DEADLINE_CALENDAR_FAILED` for a broken calendar
 * @see notes/domain.md §1.3 (办法 Art. 11)
 * @example
 * const report = checkRecordingDeadlines(district.records, { activities: district.activities })
 * report.late //=> 12
 */
export function checkRecordingDeadlines(
  records: Iterable<DeadlineRecord>,
  options: { readonly activities?: Iterable<DeadlineActivity>; readonly policy?: Partial<DeadlinePolicy> } = {},
): DeadlineReport {
  const opts = objectArg(options, 'options')
  const engine = deadlineEngine(own(opts, 'policy'))
  const acts = own(opts, 'activities')
  const lookup = activityEnds(acts === undefined ? [] : listArg(acts, 'options.activities'), 'options.activities')
  const results = listArg(records, 'records').map((r, i) => assessDeadline(r, `records[${i}]`, engine, lookup))
  // A total order, so repeated ids (kept, one result each) never depend on input order.
  results.sort(
    (a, b) =>
      compareIds(a.recordId, b.recordId) ||
      compareIds(a.endedAt, b.endedAt) ||
      compareIds(a.recordedAt ?? '', b.recordedAt ?? '') ||
      compareIds(a.lateFrom, b.lateFrom),
  )
  let onTime = 0
  let late = 0
  let notAssessable = 0
  results.forEach((r) => {
    if (r.status === 'late') late++
    else if (r.status === 'on-time') onTime++
    else notAssessable++
  })
  return Object.freeze({ results: Object.freeze(results), onTime, late, notAssessable, policy: engine.policy })
}
