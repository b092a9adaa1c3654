import { TongxinError, isTongxinError } from '../errors/TongxinError'
import type { District } from '../model/types'
import { checkEntry, checkPatchTargets } from './internal/entry'
import { getImmer, problemCounts, requireNoNewProblems, toImmerPatches } from './internal/store'
import { deepFreeze, jsonEqual, reasonOf } from './internal/util'
import type { AuditEntry } from './types'

/**
 * Undoes an applied change (撤销): applies the entry's inverse patches. It first checks that the
 * entry applies to this district — re-applying its patches to the result must give this
 * district back — and that the result has no integrity problem this district lacks (undoing an
 * old "add volunteer" while a later change put the volunteer in a team is rejected).
 * The result is deeply frozen; the input is not changed.
 *
 * @param district - the district the change was applied to (or one where its effects are intact)
 * @param entry - the change's audit entry, as returned by `applyChange`
 * @returns the district before the change
 * @throws TongxinError `DISTRICT_INVALID_ENTRY`, `DISTRICT_UNDO_MISMATCH`,
 *   `DISTRICT_INTEGRITY_VIOLATION`, `DISTRICT_NOT_A_DISTRICT`
 * @example
 * const { district: next, entry } = applyChange(d, change, ctx)
 * const back = undoChange(next, entry) // deep-equals d
 */
export function undoChange(district: District, entry: AuditEntry): District {
  const checked = checkEntry(entry)
  const before = problemCounts(district)
  checkPatchTargets(district, checked)
  const immer = getImmer()
  let previous: District
  try {
    previous = immer.applyPatches(district, toImmerPatches(checked.inversePatches))
    const redo = immer.applyPatches(previous, toImmerPatches(checked.patches))
    if (!jsonEqual(redo, district)) {
      throw new TongxinError('DISTRICT_UNDO_MISMATCH', { reason: 'the district has changed where the entry applies' })
    }
  } catch (e) {
    if (isTongxinError(e)) throw e
    throw new TongxinError('DISTRICT_UNDO_MISMATCH', { reason: reasonOf(e) })
  }
  if (previous !== district) requireNoNewProblems(before, previous)
  try {
    return deepFreeze(previous)
  } catch (e) {
    throw new TongxinError('DISTRICT_NOT_A_DISTRICT', { reason: reasonOf(e), at: '' })
  }
}
