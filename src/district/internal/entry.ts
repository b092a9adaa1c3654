// Validation of audit entries read back from storage.
import { TongxinError } from '../../errors/TongxinError'
import { toTongxinIssues } from '../../model/toTongxinIssues'
import { AuditEntrySchema } from '../schemas'
import type { AuditPatch } from '../types'

/** The parts of an audit entry that undo and replay use. */
export interface CheckedEntry {
  readonly seq?: number | undefined
  readonly actor: string
  readonly at: string
  readonly reason: string
  readonly change: unknown
  readonly patches: readonly AuditPatch[]
  readonly inversePatches: readonly AuditPatch[]
}

/** Checks the shape of an audit entry; throws `DISTRICT_INVALID_ENTRY` with every issue. */
export function checkEntry(entry: unknown, prefix: (string | number)[] = []): CheckedEntry {
  let r
  try {
    r = AuditEntrySchema.safeParse(entry)
  } catch (e) {
    throw new TongxinError('DISTRICT_INVALID_ENTRY', { count: 1 }, [
      { code: 'MODEL_INVALID', params: { reason: e instanceof Error ? e.message : 'non-error thrown' }, path: prefix },
    ])
  }
  if (r.success) return r.data
  const issues = toTongxinIssues(r.error.issues).map((i) => ({ ...i, path: [...prefix, ...i.path] }))
  throw new TongxinError('DISTRICT_INVALID_ENTRY', { count: issues.length }, issues)
}

/**
 * Checks that every patch of an entry addresses the district sensibly before immer applies it:
 * array indexes are integers within the array (plus the number of patches, for entries that
 * grow an array step by step), and no patch sets an array's `length`. Without this, a hostile
 * entry could make immer build a sparse array of 2^31 slots.
 */
export function checkPatchTargets(district: unknown, entry: CheckedEntry): void {
  const slack = entry.patches.length + entry.inversePatches.length
  for (const patch of [...entry.inversePatches, ...entry.patches]) {
    let node: unknown = district
    for (const key of patch.path) {
      if (Array.isArray(node)) {
        if (typeof key !== 'number' || key > node.length + slack) {
          throw new TongxinError('DISTRICT_UNDO_MISMATCH', { reason: `patch path ${patch.path.join('.')} is out of range` })
        }
      } else if (typeof node !== 'object' || node === null) {
        break
      }
      node = (node as Record<string | number, unknown>)[key]
    }
  }
}
