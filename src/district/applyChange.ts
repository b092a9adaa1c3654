import { TongxinError, isTongxinError } from '../errors/TongxinError'
import { toTongxinIssues } from '../model/toTongxinIssues'
import type { District } from '../model/types'
import { invalidChange, normalizeChange } from './internal/normalizeChange'
import { applyToDraft, type DraftDistrict } from './internal/recipe'
import { recordOnlyCounts } from './internal/fastPath'
import { getImmer, isKnown, problemCounts, remember, requireNoNewProblems, toAuditPatches } from './internal/store'
import { deepFreeze, reasonOf } from './internal/util'
import { ChangeContextSchema } from './schemas'
import type { AppliedChange, AuditEntry, Change, ChangeContext, IntegrityProblem } from './types'

function parseContext(context: unknown): ChangeContext {
  const r = ChangeContextSchema.safeParse(context)
  if (r.success) {
    const { seq, ...rest } = r.data
    return seq === undefined ? rest : { ...rest, seq }
  }
  const issues = toTongxinIssues(r.error.issues)
  throw new TongxinError('DISTRICT_INVALID_CONTEXT', { count: issues.length }, issues)
}

/** Deep-freezes an accepted result; hostile parts of a malformed input end as a TongxinError. */
function freezeResult(next: District): void {
  try {
    deepFreeze(next)
  } catch (e) {
    throw new TongxinError('DISTRICT_NOT_A_DISTRICT', { reason: reasonOf(e), at: '' })
  }
}

function stillReferenced(change: Change) {
  return (fresh: IntegrityProblem[]): TongxinError | undefined => {
    if (change.type !== 'remove' || change.cascade === true) return undefined
    const refs = fresh.filter((p) => p.code === 'DISTRICT_DANGLING_REFERENCE' && p.params.target === change.kind && p.params.targetId === change.id)
    if (refs.length !== fresh.length) return undefined
    return new TongxinError('DISTRICT_STILL_REFERENCED', { kind: change.kind, id: change.id, count: refs.length }, refs)
  }
}

/**
 * Applies one typed change to a district (变更) and returns the new district with its audit
 * entry. The change is validated (type, entity kind, ids, entity data against its zod schema),
 * applied with immer's `produceWithPatches`, and the result checked: the new district may not
 * have an integrity problem the old one lacks (problems are compared by code and params, which
 * hold ids, not positions), so a district with known problems can still be repaired step by
 * step. A rejected change throws and leaves the district untouched.
 *
 * Removing an entity still referenced is rejected with `DISTRICT_STILL_REFERENCED`, unless the
 * change says `cascade: true`: then optional references to it are cleared, its id leaves id
 * lists, and entities that require it (e.g. the records of a removed volunteer) are removed too.
 * A removed entity's slot is taken by the last entity of its collection, so a removal costs two
 * patches whatever the size (array order carries no meaning in a district).
 *
 * The result and the entry are deeply frozen; the input is never changed (its parts are shared
 * with the result, which freezes them if they were not frozen already). Time comes from
 * `context.at`; the clock is never read. immer's patches plugin is enabled on first call.
 *
 * @param district - the current district (from `parseDistrict`, `applyChange`, …)
 * @param change - the command: add / update / remove any entity kind, or a domain command
 * @param context - who (`actor`), when (`at`, ISO 8601 with offset), why (`reason`), optional `seq`
 * @returns `{ district, entry }`: the new district and the audit entry (patches and inverse patches)
 * @throws TongxinError `DISTRICT_INVALID_CONTEXT`, `DISTRICT_INVALID_CHANGE`, `DISTRICT_UNKNOWN_CHANGE_TYPE`,
 *   `DISTRICT_UNKNOWN_KIND`, `DISTRICT_UNKNOWN_FIELD`, `DISTRICT_ID_IMMUTABLE`, `DISTRICT_NOT_FOUND`,
 *   `DISTRICT_ID_TAKEN`, `DISTRICT_ALREADY_LEAD`, `DISTRICT_NOT_LEAD`, `DISTRICT_ALREADY_MEMBER`,
 *   `DISTRICT_NOT_MEMBER`, `DISTRICT_INVALID_TRANSITION`, `DISTRICT_STILL_REFERENCED`,
 *   `DISTRICT_INTEGRITY_VIOLATION` (carrying the new problems as issues), `DISTRICT_NOT_A_DISTRICT`
 * @example
 * const { district: next, entry } = applyChange(
 *   district,
 *   { type: 'assignLead', teamId: 't-blue-caps', workerIds: ['sw-wang'] },
 *   { actor: 'station-zh', at: '2025-03-08T09:00:00+08:00', reason: '社工引领志愿服务队' },
 * )
 */
export function applyChange(district: District, change: Change, context: ChangeContext): AppliedChange {
  const ctx = parseContext(context)
  const before = problemCounts(district)
  let normalized: Change
  try {
    normalized = normalizeChange(change)
  } catch (e) {
    if (isTongxinError(e)) throw e
    invalidChange([{ code: 'MODEL_INVALID', params: { reason: reasonOf(e) }, path: [] }])
  }
  let result: readonly [District, import('immer').Patch[], import('immer').Patch[]]
  try {
    result = getImmer().produceWithPatches(district, (draft) => {
      applyToDraft(draft as unknown as DraftDistrict, district, normalized)
    })
  } catch (e) {
    if (isTongxinError(e)) throw e
    throw new TongxinError('DISTRICT_NOT_A_DISTRICT', { reason: reasonOf(e), at: '' })
  }
  const [next, patches, inversePatches] = result
  if (next !== district) {
    const fast = isKnown(district) ? recordOnlyCounts(before, district, next, patches) : undefined
    if (fast === undefined) {
      requireNoNewProblems(before, next, stillReferenced(normalized))
      freezeResult(next)
    } else {
      // The base is deeply frozen: only the new root, the records array and the touched records are not.
      Object.freeze(next)
      Object.freeze(next.records)
      for (const p of patches) if (typeof p.path[1] === 'number' && p.path[1] < next.records.length) deepFreeze(next.records[p.path[1]])
      remember(next, fast)
    }
  }
  const entry: AuditEntry = {
    ...(ctx.seq === undefined ? {} : { seq: ctx.seq }),
    actor: ctx.actor,
    at: ctx.at,
    reason: ctx.reason,
    change: normalized,
    patches: toAuditPatches(patches),
    inversePatches: toAuditPatches(inversePatches),
  }
  return Object.freeze({ district: next, entry: deepFreeze(entry) })
}
