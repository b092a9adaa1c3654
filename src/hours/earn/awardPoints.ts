import { TongxinError } from '../../errors/TongxinError'
import type { CodedMessage } from '../../i18n/types'
import type { PointsPolicy, PointsRate } from './pointsPolicy'
import { POINTS_POLICIES, POINTS_POLICY_DEFAULT } from './pointsPolicy'
import { compareIds, deepFreeze, fail, intArg, isObject, listArg, objectArg, own, policyHeader, safeAdd, stringArg } from './internal/validate'

/**
 * Credited minutes to convert: one accepted record or any minutes of one volunteer in one activity.
 * A `RecordCredit` of the hours ledger fits (its `creditedMinutes` and `recordId` are used).
 * @example
 * const e: PointsEntry = { volunteerId: 'V1', activityId: 'A1', minutes: 150, kind: 'elderly' }
 */
export interface PointsEntry {
  /** 志愿者编号. */
  readonly volunteerId: string
  /** Credited minutes (or give `creditedMinutes`). */
  readonly minutes?: number
  /** Credited minutes, as in a ledger credit. */
  readonly creditedMinutes?: number
  /** The activity; entries of one volunteer in one activity share its cap. */
  readonly activityId?: string | null
  /** The record, used to find the activity in `context.records` and as the activity when there is none. */
  readonly recordId?: string
  /** The activity kind for the rate (a service domain or a host type); else the activity's domain. */
  readonly kind?: string
}

/**
 * Where the points of one volunteer in one activity come from.
 * @example
 * const line: PointsLine = { volunteerId: 'V1', activityId: 'A1', recordId: null, kind: 'elderly', minutes: 150, countedMinutes: 120, points: 2, capped: { code: 'POINTS_CAPPED', params: { activity: 'A1', cap: 120 } } }
 */
export interface PointsLine {
  /** 志愿者编号. */
  readonly volunteerId: string
  /** The activity, or null when the line is one record without an activity. */
  readonly activityId: string | null
  /** The record, when the line stands for a record without an activity; else null. */
  readonly recordId: string | null
  /** The kind whose rate applied, or null for the default rate. */
  readonly kind: string | null
  /** Credited minutes in the activity. */
  readonly minutes: number
  /** Minutes that counted after the per-activity cap. */
  readonly countedMinutes: number
  /** Points earned (after rounding and the points cap). */
  readonly points: number
  /** `POINTS_CAPPED` (minutes cap) or `POINTS_CAP_REACHED` (points cap) when a cap applied, else null. */
  readonly capped: CodedMessage | null
}

/**
 * Points per volunteer with the lines they come from.
 * @example
 * const r: PointsResult = awardPoints([{ volunteerId: 'V1', activityId: 'A1', minutes: 150 }])
 */
export interface PointsResult {
  /** Per volunteer, sorted by id. */
  readonly volunteers: readonly { readonly volunteerId: string; readonly points: number; readonly minutes: number; readonly countedMinutes: number }[]
  /** Per volunteer and activity, sorted by volunteer, activity and record. */
  readonly lines: readonly PointsLine[]
  /** All points. */
  readonly totalPoints: number
  /** The policy used. */
  readonly policy: PointsPolicy
}

/**
 * What `awardPoints` may look up: the record of an entry (for its activity) and the activity (for its kind).
 * @example
 * const ctx: PointsContext = { records: district.records, activities: district.activities }
 */
export interface PointsContext {
  /** Records by id (`id`, `activityId`). */
  readonly records?: Iterable<{ readonly id: string; readonly activityId?: string | undefined }>
  /** Activities by id (`id`, `domain`). */
  readonly activities?: Iterable<{ readonly id: string; readonly domain: string }>
}

const checked = new WeakSet<object>(Object.values(POINTS_POLICIES))

function bad(reason: string): never {
  throw new TongxinError('POINTS_INVALID_POLICY', { reason })
}

function checkRate(value: unknown, name: string): PointsRate {
  if (!isObject(value)) bad(`${name} must be an object`)
  const points = own(value, 'points')
  const perMinutes = own(value, 'perMinutes')
  if (typeof points !== 'number' || !Number.isSafeInteger(points) || points < 0 || points > 1_000_000) bad(`${name}.points must be an integer 0–1,000,000`)
  if (typeof perMinutes !== 'number' || !Number.isSafeInteger(perMinutes) || perMinutes < 1 || perMinutes > 1_000_000) {
    bad(`${name}.perMinutes must be an integer 1–1,000,000`)
  }
  return { points, perMinutes }
}

function checkCap(value: unknown, name: string): number | null {
  if (value === null || value === undefined) return null
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) bad(`${name} must be a non-negative integer or null`)
  return value
}

/** Validates a points policy (undefined → the default). */
function checkPointsPolicy(value: unknown): PointsPolicy {
  if (value === undefined) return POINTS_POLICY_DEFAULT
  if (!isObject(value)) bad('expected an object')
  if (checked.has(value)) return value as unknown as PointsPolicy
  const { id, name, source } = policyHeader(value, bad)
  const ratesValue = own(value, 'rates') ?? {}
  if (!isObject(ratesValue)) bad('rates must be an object')
  const rates: Record<string, PointsRate> = Object.create(null) as Record<string, PointsRate>
  for (const key of Object.keys(ratesValue).sort(compareIds)) rates[key] = checkRate(ratesValue[key], `rates.${key}`)
  const rounding = own(value, 'rounding') ?? 'floor'
  if (rounding !== 'floor' && rounding !== 'ceil' && rounding !== 'half-up') bad('rounding must be floor, ceil or half-up')
  const policy: PointsPolicy = deepFreeze({
    id,
    name,
    defaultRate: checkRate(own(value, 'defaultRate'), 'defaultRate'),
    rates: { ...rates },
    capMinutesPerActivity: checkCap(own(value, 'capMinutesPerActivity'), 'capMinutesPerActivity'),
    capPointsPerActivity: checkCap(own(value, 'capPointsPerActivity'), 'capPointsPerActivity'),
    rounding,
    source,
  })
  checked.add(policy)
  return policy
}

function divide(numerator: number, denominator: number, mode: PointsPolicy['rounding']): number {
  const q = Math.floor(numerator / denominator)
  const r = numerator - q * denominator
  if (r === 0 || mode === 'floor') return q
  if (mode === 'ceil') return q + 1
  return 2 * r >= denominator ? q + 1 : q
}

interface Group {
  volunteerId: string
  activityId: string | null
  recordId: string | null
  kind: string | null
  minutes: number
}

/**
 * 积分: converts credited minutes to points by a policy — a rate per activity kind (service domain
 * or host type), a cap of minutes and of points per volunteer per activity, and integer rounding
 * per activity. Entries of one volunteer in one activity are added before the cap, so a cap is
 * never exceeded however the minutes are split. The result does not depend on the entry order.
 *
 * @param entries - credited minutes per record or per activity (ledger `credits` fit)
 * @param policy - the points policy; default {@link POINTS_POLICY_DEFAULT} (1 h = 1 point, no cap)
 * @param context - records and activities, to find an entry's activity and kind
 * @returns points per volunteer and per activity, echoing the policy
 * @throws TongxinError `POINTS_INVALID_POLICY` for a bad policy; `HOURS_EARN_INVALID_ARGUMENT` for a bad entry (an entry needs an `activityId` or a `recordId`; one activity cannot have two kinds); `HOURS_EARN_OVERFLOW` beyond safe integers
 * @see notes/domain.md §1.3 (海林 2 h cap, 1 h = 1 积分; 苏州 coefficients — local rules, no national one)
 * @example
 * awardPoints([{ volunteerId: 'V1', activityId: 'A1', minutes: 150 }], POINTS_POLICY_HAILIN).totalPoints //=> 2
 */
export function awardPoints(entries: Iterable<PointsEntry>, policy?: PointsPolicy, context: PointsContext = {}): PointsResult {
  const p = checkPointsPolicy(policy)
  const list = listArg(entries, 'entries')
  const ctx = objectArg(context, 'context')
  const recordActivity = new Map<string, string | undefined>()
  const recs = own(ctx, 'records')
  if (recs !== undefined) {
    listArg(recs, 'context.records').forEach((r, i) => {
      const o = objectArg(r, `context.records[${i}]`)
      const a = own(o, 'activityId')
      if (a !== undefined && typeof a !== 'string') fail(`context.records[${i}].activityId`, 'expected a string')
      const id = stringArg(own(o, 'id'), `context.records[${i}].id`, 200)
      if (recordActivity.has(id) && recordActivity.get(id) !== a) fail(`context.records[${i}]`, `record ${id} appears twice with different activities`)
      recordActivity.set(id, a)
    })
  }
  const activityKind = new Map<string, string>()
  const acts = own(ctx, 'activities')
  if (acts !== undefined) {
    listArg(acts, 'context.activities').forEach((a, i) => {
      const o = objectArg(a, `context.activities[${i}]`)
      const id = stringArg(own(o, 'id'), `context.activities[${i}].id`, 200)
      const domain = stringArg(own(o, 'domain'), `context.activities[${i}].domain`, 200)
      const prior = activityKind.get(id)
      if (prior !== undefined && prior !== domain) fail(`context.activities[${i}]`, `activity ${id} appears twice with different domains`)
      activityKind.set(id, domain)
    })
  }
  const groups = new Map<string, Group>()
  list.forEach((e, i) => {
    const name = `entries[${i}]`
    const o = objectArg(e, name)
    const volunteerId = stringArg(own(o, 'volunteerId'), `${name}.volunteerId`, 200)
    const minutesValue = own(o, 'minutes') ?? own(o, 'creditedMinutes')
    const minutes = intArg(minutesValue, `${name}.minutes`)
    const recordValue = own(o, 'recordId')
    const recordId = recordValue === undefined ? null : stringArg(recordValue, `${name}.recordId`, 200)
    let activityValue = own(o, 'activityId')
    if ((activityValue === undefined || activityValue === null) && recordId !== null) activityValue = recordActivity.get(recordId)
    const activityId = activityValue === undefined || activityValue === null ? null : stringArg(activityValue, `${name}.activityId`, 200)
    if (activityId === null && recordId === null) fail(name, 'an entry needs an activityId or a recordId')
    const kindValue = own(o, 'kind')
    const kind = kindValue === undefined ? (activityId === null ? undefined : activityKind.get(activityId)) : stringArg(kindValue, `${name}.kind`, 200)
    const key = JSON.stringify([volunteerId, activityId, activityId === null ? recordId : null])
    const g = groups.get(key)
    if (g === undefined) {
      groups.set(key, { volunteerId, activityId, recordId: activityId === null ? recordId : null, kind: kind ?? null, minutes })
    } else {
      if (kind !== undefined && g.kind !== null && g.kind !== kind) fail(name, `activity ${activityId ?? ''} has two kinds: ${g.kind}, ${kind}`)
      if (kind !== undefined) g.kind = kind
      g.minutes = safeAdd(g.minutes, minutes, 'minutes')
    }
  })
  const sorted = [...groups.values()].sort(
    (a, b) =>
      compareIds(a.volunteerId, b.volunteerId) ||
      (a.activityId === null ? 1 : 0) - (b.activityId === null ? 1 : 0) ||
      compareIds(a.activityId ?? '', b.activityId ?? '') ||
      compareIds(a.recordId ?? '', b.recordId ?? ''),
  )
  const lines: PointsLine[] = []
  const perVolunteer = new Map<string, { volunteerId: string; points: number; minutes: number; countedMinutes: number }>()
  let totalPoints = 0
  for (const g of sorted) {
    const rate = g.kind !== null && Object.hasOwn(p.rates, g.kind) ? p.rates[g.kind] : undefined
    const useRate = rate ?? p.defaultRate
    const capM = p.capMinutesPerActivity
    const countedMinutes = capM === null ? g.minutes : Math.min(g.minutes, capM)
    const product = countedMinutes * useRate.points
    if (!Number.isSafeInteger(product)) throw new TongxinError('HOURS_EARN_OVERFLOW', { name: 'points' })
    let points = divide(product, useRate.perMinutes, p.rounding)
    const capP = p.capPointsPerActivity
    let capped: CodedMessage | null = null
    if (countedMinutes < g.minutes) capped = { code: 'POINTS_CAPPED', params: { activity: g.activityId ?? g.recordId ?? '', cap: capM } }
    if (capP !== null && points > capP) {
      points = capP
      capped ??= { code: 'POINTS_CAP_REACHED', params: { activity: g.activityId ?? g.recordId ?? '', cap: capP } }
    }
    lines.push({ volunteerId: g.volunteerId, activityId: g.activityId, recordId: g.recordId, kind: rate === undefined ? null : g.kind, minutes: g.minutes, countedMinutes, points, capped })
    const v = perVolunteer.get(g.volunteerId) ?? { volunteerId: g.volunteerId, points: 0, minutes: 0, countedMinutes: 0 }
    v.points = safeAdd(v.points, points, 'points')
    v.minutes = safeAdd(v.minutes, g.minutes, 'minutes')
    v.countedMinutes = safeAdd(v.countedMinutes, countedMinutes, 'minutes')
    perVolunteer.set(g.volunteerId, v)
    totalPoints = safeAdd(totalPoints, points, 'points')
  }
  return deepFreeze({ volunteers: [...perVolunteer.values()], lines, totalPoints, policy: p })
}
