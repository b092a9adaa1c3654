import type { ServiceRecord } from '../model/types'
import { resolveContext, runEngine } from './internal/engine'
import { guard, ingest } from './internal/ingest'
import { buildLedger } from './internal/ledger'
import { withScratch } from './internal/scratch'
import { resolveHoursPolicy } from './policy'
import type { HoursContext, HoursLedger, HoursPolicyInput } from './types'

/**
 * Credits volunteer service time (志愿服务时间) by cited rules and accounts for every removed
 * minute. Steps, in this order (each a policy option): duplicates → status → end ≤ start → less
 * than a whole minute → longer than the maximum → in the future of `now` → non-volunteer activity
 * (办法 Art. 19) — these reject; then, per volunteer in time order: overlap merged → breaks →
 * travel → minimum session → session cap → session rounding → split at local midnight → daily
 * cap → day or month rounding. For every volunteer, raw minutes of accepted records = credited
 * + Σ adjustments; every input record is either credited or in `rejected` (or both, when it was
 * accepted and adjusted to zero, with stage `crediting`). Instants are floored to the minute on
 * entry (seconds are dropped). The ledger keeps no reference to the input: what its views show is
 * read as each record arrives, so the caller may change or drop the records afterwards.
 * @param records - service records (志愿服务记录): an array or any iterable
 * @param policy - a partial policy; missing fields take {@link DEFAULT_HOURS_POLICY}
 * @param context - `now`, activities and teams (see {@link HoursContext})
 * @returns the frozen ledger, identical for any order of the input
 * @throws TongxinError `HOURS_INVALID_RECORDS`, `HOURS_INVALID_RECORD`, `HOURS_INVALID_POLICY`, `HOURS_INVALID_CONTEXT`
 * @see notes/domain.md §1.3 (办法 Art. 7, 19; travel from the 2012 rules)
 * @example
 * const ledger = creditHours([
 *   { id: 'r1', volunteerId: 'v1', start: '2025-03-08T09:00+08:00', end: '2025-03-08T12:00+08:00', breakMinutes: 30, travelMinutes: 0, status: 'confirmed' },
 * ])
 * ledger.volunteers[0].creditedMinutes //=> 150
 */
export function creditHours(
  records: readonly ServiceRecord[] | Iterable<ServiceRecord>,
  policy?: HoursPolicyInput,
  context?: HoursContext,
): HoursLedger {
  return guard('HOURS_INVALID_RECORDS', () => {
    const p = resolveHoursPolicy(policy)
    const ctx = resolveContext(context)
    return withScratch((scratch) => {
      const batch = ingest(records, p, ctx, scratch)
      return buildLedger(batch, runEngine(batch, p), p, ctx)
    })
  })
}
