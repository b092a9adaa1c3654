import { TongxinError } from '../errors/TongxinError'
import type { District } from '../model/types'
import { applyChange } from './applyChange'
import { checkEntry } from './internal/entry'
import { problemCounts } from './internal/store'
import { jsonEqual } from './internal/util'
import type { AuditLog, Change, ChangeContext } from './types'

/**
 * Replays an audit log (重放审计日志) from an initial district: re-applies each entry's change with
 * its actor, time, reason and sequence number, through `applyChange` (so every step is validated
 * and integrity-checked again), and checks that each step produces exactly the entry's recorded
 * patches. Sequence numbers, where present, must increase.
 *
 * @param initial - the district the log starts from
 * @param log - the entries, oldest first (e.g. parsed back from JSON)
 * @returns the district after the last entry (deeply frozen); `initial` for an empty log
 * @throws TongxinError `DISTRICT_NOT_A_DISTRICT`, `DISTRICT_INVALID_ENTRY`, `DISTRICT_AUDIT_OUT_OF_ORDER`, `DISTRICT_AUDIT_MISMATCH`,
 *   or any error of `applyChange` for an entry that no longer applies
 * @example
 * const a = applyChange(d0, c1, ctx1)
 * const b = applyChange(a.district, c2, ctx2)
 * replayAuditLog(d0, [a.entry, b.entry]) // deep-equals b.district
 */
export function replayAuditLog(initial: District, log: AuditLog): District {
  if (!Array.isArray(log)) {
    throw new TongxinError('DISTRICT_INVALID_ENTRY', { count: 1 }, [
      { code: 'MODEL_INVALID_TYPE', params: { expected: 'array' }, path: [] },
    ])
  }
  problemCounts(initial) // checks that the initial district is shaped like one
  // Check every entry's shape and the order of sequence numbers before applying anything.
  const entries = log.map((entry, index) => checkEntry(entry, [index]))
  let lastSeq: number | undefined
  entries.forEach((entry, index) => {
    if (entry.seq === undefined) return
    if (lastSeq !== undefined && entry.seq <= lastSeq) {
      throw new TongxinError('DISTRICT_AUDIT_OUT_OF_ORDER', { index, seq: entry.seq })
    }
    lastSeq = entry.seq
  })
  let district = initial
  entries.forEach((entry, index) => {
    const context: ChangeContext = {
      actor: entry.actor,
      at: entry.at,
      reason: entry.reason,
      ...(entry.seq === undefined ? {} : { seq: entry.seq }),
    }
    const applied = applyChange(district, entry.change as Change, context)
    if (!jsonEqual(applied.entry.patches, entry.patches) || !jsonEqual(applied.entry.inversePatches, entry.inversePatches)) {
      throw new TongxinError('DISTRICT_AUDIT_MISMATCH', { index })
    }
    district = applied.district
  })
  return district
}
