import type { Qualification } from '../../model/labels'
import type { ContinuingEducationPolicy, ContinuingEducationStatus, TrainingEntry } from './continuingEducationPolicy'
import { assess, checkCePolicy, checkEntry, checkWorker } from './internal/ce'
import type { CheckedWorker } from './internal/ce'
import { compareIds, fail, listArg, localDateArg, objectArg, own } from './internal/validate'

/**
 * Continuing education of many social workers at once: {@link continuingEducation} for each, the
 * entries matched by `workerId`, results sorted by worker id and counted by code.
 *
 * @param workers - the social workers (a district's `socialWorkers` fit); ids must be unique
 * @param entries - training entries, each with its `workerId`
 * @param options - `asOf` and the policy (default {@link CE_POLICY_NATIONAL})
 * @returns one status per worker and the count per code
 * @throws TongxinError `HOURS_EARN_INVALID_ARGUMENT` for malformed input, an entry without a known `workerId`, or a repeated id
 * @see notes/domain.md §4.1
 * @example
 * const r = continuingEducationReport(district.socialWorkers, entries, { asOf: '2025-12-31' })
 * r.byCode.CE_OVERDUE //=> 2
 */
export function continuingEducationReport(
  workers: Iterable<{ readonly id: string; readonly qualification: Qualification; readonly registeredOn?: string | undefined }>,
  entries: Iterable<TrainingEntry>,
  options: { readonly asOf: string; readonly policy?: ContinuingEducationPolicy },
): { readonly workers: readonly ContinuingEducationStatus[]; readonly byCode: Readonly<Record<ContinuingEducationStatus['code'], number>> } {
  const opts = objectArg(options, 'options')
  const asOf = localDateArg(own(opts, 'asOf'), 'options.asOf')
  const policy = checkCePolicy(own(opts, 'policy'))
  const byWorker = new Map<string, { worker: CheckedWorker; entries: TrainingEntry[] }>()
  listArg(workers, 'workers').forEach((w, i) => {
    const cw = checkWorker(w, `workers[${i}]`)
    if (byWorker.has(cw.id)) fail(`workers[${i}].id`, `worker ${cw.id} appears twice`)
    byWorker.set(cw.id, { worker: cw, entries: [] })
  })
  const ids = new Set<string>()
  listArg(entries, 'entries').forEach((e, i) => {
    const entry = checkEntry(e, `entries[${i}]`)
    const slot = entry.workerId === undefined ? undefined : byWorker.get(entry.workerId)
    if (slot === undefined) fail(`entries[${i}].workerId`, 'expected the id of one of the workers')
    if (ids.has(entry.id)) fail(`entries[${i}].id`, `entry id ${entry.id} appears twice`)
    ids.add(entry.id)
    slot.entries.push(entry)
  })
  const byCode = { CE_COMPLETE: 0, CE_IN_PROGRESS: 0, CE_OVERDUE: 0, CE_NOT_REQUIRED: 0, CE_NO_REGISTRATION: 0 }
  const results = [...byWorker.entries()]
    .sort((a, b) => compareIds(a[0], b[0]))
    .map(([, slot]) => {
      const r = assess(slot.worker, slot.entries, asOf, policy)
      byCode[r.code]++
      return r
    })
  return Object.freeze({ workers: Object.freeze(results), byCode: Object.freeze(byCode) })
}
