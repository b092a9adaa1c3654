import type { Qualification } from '../../model/labels'
import type { ContinuingEducationPolicy, ContinuingEducationStatus, TrainingEntry } from './continuingEducationPolicy'
import { assess, checkCePolicy, checkEntry, checkWorker } from './internal/ce'
import { fail, listArg, localDateArg, objectArg, own } from './internal/validate'

/**
 * 社会工作者继续教育: where a social worker stands against the hours required in the current 3-year
 * registration period — 72 h for 助理社会工作师, 90 h for 社会工作师 and 高级社会工作师 — with what
 * is still missing and by when. The period starts on `registeredOn` and ends the day before its
 * third anniversary. Training counts its actual minutes, a passed course its minutes, and a
 * social-work degree earned in the period counts 90 h at once. Entries outside the period are
 * listed as ignored, with a code.
 *
 * @param worker - the social worker (`id`, `qualification`, `registeredOn`)
 * @param entries - their training entries (an entry with another `workerId` is an error)
 * @param options - `asOf` (the date of the assessment, passed in) and the policy (default {@link CE_POLICY_NATIONAL})
 * @returns the status code, required, earned and missing minutes, the deadline and days left
 * @throws TongxinError `HOURS_EARN_INVALID_ARGUMENT` for malformed input
 * @see notes/domain.md §4.1 (民发〔2009〕123号 continuing education; 民发〔2009〕44号 registration valid 3 years)
 * @example
 * continuingEducation(
 *   { id: 'W1', qualification: 'assistant', registeredOn: '2024-03-01' },
 *   [{ id: 'T1', date: '2024-06-01', kind: 'training', minutes: 30 * 60 }],
 *   { asOf: '2025-12-31' },
 * )
 * //=> { code: 'CE_IN_PROGRESS', missingMinutes: 2520, deadline: '2027-02-28', … }
 */
export function continuingEducation(
  worker: { readonly id: string; readonly qualification: Qualification; readonly registeredOn?: string | undefined },
  entries: Iterable<TrainingEntry>,
  options: { readonly asOf: string; readonly policy?: ContinuingEducationPolicy },
): ContinuingEducationStatus {
  const opts = objectArg(options, 'options')
  const asOf = localDateArg(own(opts, 'asOf'), 'options.asOf')
  const policy = checkCePolicy(own(opts, 'policy'))
  const w = checkWorker(worker, 'worker')
  const list = listArg(entries, 'entries').map((e, i) => checkEntry(e, `entries[${i}]`))
  const ids = new Set<string>()
  list.forEach((e, i) => {
    if (e.workerId !== undefined && e.workerId !== w.id) fail(`entries[${i}].workerId`, `entry belongs to ${e.workerId}, not ${w.id}`)
    if (ids.has(e.id)) fail(`entries[${i}].id`, `entry id ${e.id} appears twice`)
    ids.add(e.id)
  })
  return assess(w, list, asOf, policy)
}
