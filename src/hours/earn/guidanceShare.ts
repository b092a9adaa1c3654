import type { RecordCredit } from '../types'
import { compareIds, fail, isObject, listArg, objectArg, own, safeAdd, stringArg, intArg } from './internal/validate'

/**
 * The guided share of one unit: integer minutes and their ratio.
 * @example
 * const s: GuidanceShareLine = { id: 't1', guidedMinutes: 300, totalMinutes: 1200, ratio: 0.25 }
 */
export interface GuidanceShareLine {
  /** The team, community or street id (`district` for the whole). */
  readonly id: string
  /** Credited minutes in activities led by a social worker (numerator). */
  readonly guidedMinutes: number
  /** All credited minutes (denominator). */
  readonly totalMinutes: number
  /** guided / total, in [0, 1]; null when total is 0. */
  readonly ratio: number | null
}

/**
 * 社工引领 share per team, community, street and the district.
 * @example
 * const g: GuidanceShare = guidanceShare(ledger, district)
 */
export interface GuidanceShare {
  /** The whole district (id `district`). */
  readonly district: GuidanceShareLine
  /** Per team, sorted by id. */
  readonly byTeam: readonly GuidanceShareLine[]
  /** Per community (through the team), sorted by id. */
  readonly byCommunity: readonly GuidanceShareLine[]
  /** Per street (through the team), sorted by id. */
  readonly byStreet: readonly GuidanceShareLine[]
  /** The rule used: a minute is guided when its record's activity has a `leadWorkerId`. */
  readonly rule: 'activity-led-by-social-worker'
}

/**
 * What `guidanceShare` looks up: records (for their activity and team), activities (for the lead
 * social worker) and teams (for community and street). A `District` fits.
 * @example
 * const ctx: GuidanceContext = { records: district.records, activities: district.activities, teams: district.teams }
 */
export interface GuidanceContext {
  /** Records (`id`, `activityId`, `teamId`). */
  readonly records?: Iterable<{ readonly id: string; readonly activityId?: string | undefined; readonly teamId?: string | undefined }>
  /** Activities (`id`, `teamId`, `leadWorkerId`). */
  readonly activities?: Iterable<{ readonly id: string; readonly teamId: string; readonly leadWorkerId?: string | undefined }>
  /** Teams (`id`, `streetId`, `communityId`). */
  readonly teams?: Iterable<{ readonly id: string; readonly streetId: string; readonly communityId?: string | undefined }>
}

/**
 * Credited minutes to measure: a ledger credit, or any minutes with their activity and team.
 * @example
 * const c: GuidanceCredit = { recordId: 'r1', creditedMinutes: 120 }
 */
export interface GuidanceCredit {
  /** The record (looked up in `context.records` for its activity and team). */
  readonly recordId?: string
  /** Credited minutes. */
  readonly creditedMinutes: number
  /** The activity, if known directly. */
  readonly activityId?: string | null
  /** The team, if known directly (a ledger credit carries it). */
  readonly teamId?: string | null
}

interface Acc {
  guided: number
  total: number
}

function add(map: Map<string, Acc>, id: string, minutes: number, guided: boolean): void {
  const a = map.get(id) ?? { guided: 0, total: 0 }
  a.total = safeAdd(a.total, minutes, 'totalMinutes')
  if (guided) a.guided = safeAdd(a.guided, minutes, 'guidedMinutes')
  map.set(id, a)
}

function line(id: string, a: Acc): GuidanceShareLine {
  return Object.freeze({ id, guidedMinutes: a.guided, totalMinutes: a.total, ratio: a.total === 0 ? null : a.guided / a.total })
}

function lines(map: Map<string, Acc>): readonly GuidanceShareLine[] {
  return Object.freeze([...map.keys()].sort(compareIds).map((id) => line(id, map.get(id) ?? { guided: 0, total: 0 })))
}

function index<T>(value: unknown, name: string, read: (o: Readonly<Record<string, unknown>>, n: string) => T, same: (a: T, b: T) => boolean): Map<string, T> {
  const map = new Map<string, T>()
  if (value === undefined) return map
  listArg(value, name).forEach((item, i) => {
    const o = objectArg(item, `${name}[${i}]`)
    const id = stringArg(own(o, 'id'), `${name}[${i}].id`, 200)
    const v = read(o, `${name}[${i}]`)
    const prior = map.get(id)
    if (prior !== undefined && !same(prior, v)) fail(`${name}[${i}]`, `${id} appears twice with different contents`)
    map.set(id, v)
  })
  return map
}

function optId(o: Readonly<Record<string, unknown>>, key: string, name: string): string | undefined {
  const v = own(o, key)
  return v === undefined || v === null ? undefined : stringArg(v, `${name}.${key}`, 200)
}

/**
 * 社工引领: the share of credited volunteer minutes that were served in activities led by a social
 * worker (`activity.leadWorkerId` present), for each team, community, street and the district.
 * Numerator and denominator are integer minutes, so the ratio is exact to compute again and always
 * in [0, 1]. Minutes without a known activity count in the denominator only; minutes without a
 * known team count in the district line only.
 *
 * @param credits - the ledger (its `credits` are used), or credits: `{ recordId, creditedMinutes, teamId? }`
 * @param context - records, activities and teams (a `District` fits)
 * @returns guided and total minutes and their ratio per unit
 * @throws TongxinError `HOURS_EARN_INVALID_ARGUMENT` for malformed input; `HOURS_EARN_OVERFLOW` beyond safe integers
 * @see notes/domain.md §0 (「社工引领志愿者、志愿者协助社工」); §5.3 (「采取社会工作者带志愿者的活动方式」)
 * @example
 * const g = guidanceShare(creditHours(district.records, {}, district), district)
 * g.district.ratio //=> 0.42
 */
export function guidanceShare(
  credits: { readonly credits: readonly RecordCredit[] } | Iterable<GuidanceCredit>,
  context: GuidanceContext = {},
): GuidanceShare {
  const ctx = objectArg(context, 'context')
  const list = isObject(credits) && Object.hasOwn(credits, 'credits') ? listArg(own(credits, 'credits'), 'credits.credits') : listArg(credits, 'credits')
  const records = index(
    own(ctx, 'records'),
    'context.records',
    (o, n) => ({ activityId: optId(o, 'activityId', n), teamId: optId(o, 'teamId', n) }),
    (a, b) => a.activityId === b.activityId && a.teamId === b.teamId,
  )
  const activities = index(
    own(ctx, 'activities'),
    'context.activities',
    (o, n) => ({ teamId: optId(o, 'teamId', n), led: optId(o, 'leadWorkerId', n) !== undefined }),
    (a, b) => a.teamId === b.teamId && a.led === b.led,
  )
  const teams = index(
    own(ctx, 'teams'),
    'context.teams',
    (o, n) => ({ streetId: optId(o, 'streetId', n), communityId: optId(o, 'communityId', n) }),
    (a, b) => a.streetId === b.streetId && a.communityId === b.communityId,
  )
  const district: Acc = { guided: 0, total: 0 }
  const byTeam = new Map<string, Acc>()
  const byCommunity = new Map<string, Acc>()
  const byStreet = new Map<string, Acc>()
  list.forEach((c, i) => {
    const name = `credits[${i}]`
    const o = objectArg(c, name)
    const minutes = intArg(own(o, 'creditedMinutes'), `${name}.creditedMinutes`)
    const recordId = optId(o, 'recordId', name)
    const record = recordId === undefined ? undefined : records.get(recordId)
    const activityId = optId(o, 'activityId', name) ?? record?.activityId
    const activity = activityId === undefined ? undefined : activities.get(activityId)
    const teamId = optId(o, 'teamId', name) ?? record?.teamId ?? activity?.teamId
    const guided = activity?.led === true
    district.total = safeAdd(district.total, minutes, 'totalMinutes')
    if (guided) district.guided = safeAdd(district.guided, minutes, 'guidedMinutes')
    if (teamId === undefined) return
    add(byTeam, teamId, minutes, guided)
    const team = teams.get(teamId)
    if (team?.communityId !== undefined) add(byCommunity, team.communityId, minutes, guided)
    if (team?.streetId !== undefined) add(byStreet, team.streetId, minutes, guided)
  })
  return Object.freeze({
    district: line('district', district),
    byTeam: lines(byTeam),
    byCommunity: lines(byCommunity),
    byStreet: lines(byStreet),
    rule: 'activity-led-by-social-worker',
  })
}
