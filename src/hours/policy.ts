import { TongxinError } from '../errors/TongxinError'
import { isTimeZone } from '../model/calendar'
import { RECORD_STATUS_LABELS, type RecordStatus } from '../model/labels'
import type { HoursPolicy, HoursPolicyInput, HoursRounding, RoundingMode, RoundingScope, RoundingUnit } from './types'

/**
 * The national default crediting policy: confirmed records only, breaks subtracted, travel
 * excluded, overlaps merged, no caps, no minimum, no rounding, days in Asia/Shanghai, sessions
 * longer than 24 h rejected.
 * @see notes/domain.md §1.3 (办法 Art. 7: time actually given; travel excluded per the 2012 rules; no national rounding or caps)
 * @see notes/domain.md §1.3 (办法 Art. 19: non-volunteer activities are not recorded)
 * @example
 * DEFAULT_HOURS_POLICY.timeZone //=> 'Asia/Shanghai'
 */
export const DEFAULT_HOURS_POLICY: HoursPolicy = Object.freeze({
  timeZone: 'Asia/Shanghai',
  countedStatuses: Object.freeze(['confirmed'] as RecordStatus[]),
  subtractBreaks: true,
  excludeTravel: true,
  overlap: 'merge',
  sessionCapMinutes: null,
  dailyCapMinutes: null,
  minimumSessionMinutes: 0,
  rounding: Object.freeze({ unit: 1, mode: 'floor', scope: 'session' }),
  maxSessionMinutes: 1440,
} as const)

/**
 * The longest session a policy may allow: 31 days.
 * @example
 * resolveHoursPolicy({ maxSessionMinutes: MAX_SESSION_LIMIT_MINUTES })
 */
export const MAX_SESSION_LIMIT_MINUTES = 44_640

const UNITS: readonly number[] = [1, 5, 15, 30, 60]
const MODES: readonly string[] = ['floor', 'ceil', 'half-up']
const SCOPES: readonly string[] = ['session', 'day', 'month']
const KEYS = new Set(Object.keys(DEFAULT_HOURS_POLICY))

function bad(field: string, reason: string): TongxinError {
  return new TongxinError('HOURS_INVALID_POLICY', { field, reason })
}

function own(obj: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? (obj as Record<string, unknown>)[key] : undefined
}

function minutesField(obj: object, key: string, fallback: number, min: number, max: number): number {
  const v = own(obj, key)
  if (v === undefined) return fallback
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) throw bad(key, `an integer from ${min} to ${max}`)
  return v
}

function capField(obj: object, key: string, fallback: number | null): number | null {
  const v = own(obj, key)
  if (v === undefined) return fallback
  if (v === null) return null
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > MAX_SESSION_LIMIT_MINUTES) {
    throw bad(key, `null or an integer from 1 to ${MAX_SESSION_LIMIT_MINUTES}`)
  }
  return v
}

function boolField(obj: object, key: string, fallback: boolean): boolean {
  const v = own(obj, key)
  if (v === undefined) return fallback
  if (typeof v !== 'boolean') throw bad(key, 'a boolean')
  return v
}

function roundingField(obj: object): HoursRounding {
  const r = own(obj, 'rounding')
  const d = DEFAULT_HOURS_POLICY.rounding
  if (r === undefined) return d
  if (typeof r !== 'object' || r === null || Array.isArray(r)) throw bad('rounding', 'an object')
  const unit = own(r, 'unit') ?? d.unit
  const mode = own(r, 'mode') ?? d.mode
  const scope = own(r, 'scope') ?? d.scope
  if (typeof unit !== 'number' || !UNITS.includes(unit)) throw bad('rounding.unit', 'one of 1, 5, 15, 30, 60')
  if (typeof mode !== 'string' || !MODES.includes(mode)) throw bad('rounding.mode', 'floor, ceil or half-up')
  if (typeof scope !== 'string' || !SCOPES.includes(scope)) throw bad('rounding.scope', 'session, day or month')
  return Object.freeze({ unit: unit as RoundingUnit, mode: mode as RoundingMode, scope: scope as RoundingScope })
}

function statusesField(obj: object): readonly RecordStatus[] {
  const v = own(obj, 'countedStatuses')
  if (v === undefined) return DEFAULT_HOURS_POLICY.countedStatuses
  if (!Array.isArray(v) || v.length > 4) throw bad('countedStatuses', 'an array of record statuses')
  const out = new Set<RecordStatus>()
  for (const s of v as unknown[]) {
    if (typeof s !== 'string' || !Object.prototype.hasOwnProperty.call(RECORD_STATUS_LABELS, s)) {
      throw bad('countedStatuses', 'pending, confirmed, rejected or void')
    }
    out.add(s as RecordStatus)
  }
  return Object.freeze(Object.keys(RECORD_STATUS_LABELS).filter((k) => out.has(k as RecordStatus)) as RecordStatus[])
}

/**
 * Completes and validates a partial crediting policy: missing fields take the national default.
 * @param policy - a partial policy (or undefined for the default)
 * @returns the complete, frozen policy
 * @throws TongxinError `HOURS_INVALID_POLICY` when a field is unknown or out of range
 * @see notes/domain.md §1.3
 * @example
 * resolveHoursPolicy({ rounding: { unit: 15 } }).rounding //=> { unit: 15, mode: 'floor', scope: 'session' }
 */
export function resolveHoursPolicy(policy?: HoursPolicyInput): HoursPolicy {
  const input: unknown = policy
  if (input === undefined) return DEFAULT_HOURS_POLICY
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw bad('policy', 'an object')
  for (const key of Object.keys(input)) if (!KEYS.has(key)) throw bad(key, 'unknown field')
  const tz = own(input, 'timeZone') ?? DEFAULT_HOURS_POLICY.timeZone
  if (typeof tz !== 'string' || !isTimeZone(tz)) throw bad('timeZone', 'an IANA time zone')
  const overlap = own(input, 'overlap') ?? DEFAULT_HOURS_POLICY.overlap
  if (overlap !== 'merge' && overlap !== 'keep') throw bad('overlap', 'merge or keep')
  return Object.freeze({
    timeZone: tz,
    countedStatuses: statusesField(input),
    subtractBreaks: boolField(input, 'subtractBreaks', DEFAULT_HOURS_POLICY.subtractBreaks),
    excludeTravel: boolField(input, 'excludeTravel', DEFAULT_HOURS_POLICY.excludeTravel),
    overlap,
    sessionCapMinutes: capField(input, 'sessionCapMinutes', DEFAULT_HOURS_POLICY.sessionCapMinutes),
    dailyCapMinutes: capField(input, 'dailyCapMinutes', DEFAULT_HOURS_POLICY.dailyCapMinutes),
    minimumSessionMinutes: minutesField(input, 'minimumSessionMinutes', 0, 0, MAX_SESSION_LIMIT_MINUTES),
    rounding: roundingField(input),
    maxSessionMinutes: minutesField(input, 'maxSessionMinutes', DEFAULT_HOURS_POLICY.maxSessionMinutes, 1, MAX_SESSION_LIMIT_MINUTES),
  })
}
