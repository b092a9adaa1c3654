// Validates an untrusted change and returns it normalised (entities parsed, defaults applied).
import type * as z from 'zod'
import { TongxinError, type TongxinIssue } from '../../errors/TongxinError'
import { toTongxinIssues } from '../../model/toTongxinIssues'
import { ENTITY_COLLECTIONS, type EntityKind } from '../entityKinds'
import { DOMAIN_CHANGE_SCHEMAS, ENTITY_FIELDS, ENTITY_SCHEMAS } from '../schemas'
import type { Change } from '../types'
import { isPlainObject } from './util'

/** Throws `DISTRICT_INVALID_CHANGE` carrying the issues. */
export function invalidChange(issues: readonly TongxinIssue[]): never {
  throw new TongxinError('DISTRICT_INVALID_CHANGE', { count: issues.length }, issues)
}

function typeIssue(path: (string | number)[], expected: string): TongxinIssue {
  return { code: 'MODEL_INVALID_TYPE', params: { expected }, path }
}

/** Parses a value with a zod schema; on failure throws `DISTRICT_INVALID_CHANGE` with paths under `prefix`. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, prefix: (string | number)[]): z.output<S> {
  const r = schema.safeParse(value)
  if (r.success) return r.data
  invalidChange(toTongxinIssues(r.error.issues).map((i) => ({ ...i, path: [...prefix, ...i.path] })))
}

function kindOf(value: unknown): EntityKind {
  if (typeof value !== 'string' || !Object.hasOwn(ENTITY_COLLECTIONS, value)) {
    throw new TongxinError('DISTRICT_UNKNOWN_KIND', { kind: typeof value === 'string' ? value : typeof value })
  }
  return value as EntityKind
}

function idOf(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) invalidChange([typeIssue([path], 'id')])
  return value
}

/** Copies a patch's own keys, dropping `undefined` values; checks the fields exist and `id` is unchanged. */
function normalizePatch(kind: EntityKind, id: string, patch: unknown): Record<string, unknown> {
  if (!isPlainObject(patch)) invalidChange([typeIssue(['patch'], 'object')])
  const fields = ENTITY_FIELDS[kind]
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(patch).sort()) {
    const value = patch[key]
    if (value === undefined) continue
    if (key === 'id') {
      if (value === id) continue
      throw new TongxinError('DISTRICT_ID_IMMUTABLE', { kind, id })
    }
    if (!fields.has(key)) throw new TongxinError('DISTRICT_UNKNOWN_FIELD', { kind, field: key })
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true })
  }
  return out
}

/**
 * Validates a change. Entity data goes through its zod entity schema; a patch is checked for
 * known fields here and validated with the entity it updates when applied.
 */
export function normalizeChange(change: unknown): Change {
  if (!isPlainObject(change)) invalidChange([typeIssue([], 'object')])
  const type = change.type
  switch (type) {
    case 'add': {
      const kind = kindOf(change.kind)
      const entity: unknown = parseWith(ENTITY_SCHEMAS[kind], change.entity, ['entity'])
      return { type, kind, entity } as Change
    }
    case 'update': {
      const kind = kindOf(change.kind)
      const id = idOf(change.id, 'id')
      return { type, kind, id, patch: normalizePatch(kind, id, change.patch) }
    }
    case 'remove': {
      const kind = kindOf(change.kind)
      const id = idOf(change.id, 'id')
      const cascade = change.cascade
      if (cascade !== undefined && typeof cascade !== 'boolean') invalidChange([typeIssue(['cascade'], 'boolean')])
      return cascade === true ? { type, kind, id, cascade } : { type, kind, id }
    }
    case 'recordService': {
      const record = change.record
      if (!isPlainObject(record)) invalidChange([typeIssue(['record'], 'object')])
      const withStatus = record.status === undefined ? { ...record, status: 'pending' } : record
      return { type, record: parseWith(ENTITY_SCHEMAS.record, withStatus, ['record']) }
    }
    case 'assignLead':
    case 'unassignLead':
    case 'confirmRecord':
    case 'voidRecord':
    case 'setCommunityStatus':
    case 'addTeamMember':
    case 'removeTeamMember':
      return parseWith(DOMAIN_CHANGE_SCHEMAS[type], change, []) as Change
    default:
      throw new TongxinError('DISTRICT_UNKNOWN_CHANGE_TYPE', { type: typeof type === 'string' ? type : typeof type })
  }
}
