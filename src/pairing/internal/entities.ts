/* eslint-disable @typescript-eslint/no-non-null-assertion -- hot loops index typed arrays and id tables within their bounds */
// Reads social workers and teams (untrusted) into compact internal forms: domain bitmasks,
// qualification ranks, merged weekly intervals in minutes since Monday 00:00.
import { isTimeOfDay, timeOfDayToMinutes } from '../../model/calendar'
import { QUALIFICATIONS, SERVICE_DOMAINS, TEAM_STATUS_LABELS, type Qualification, type TeamStatus } from '../../model/labels'
import { invalid, isRecord, own, readArray, readId, readInt } from './validate'

/** A social worker as the rules see them. */
export interface WorkerView {
  readonly id: string
  readonly active: boolean
  readonly qualification: Qualification
  readonly rank: number
  readonly domains: number
  readonly streetId: string
  readonly stationId: string | undefined
  readonly communityId: string | undefined
  readonly capacity: number
  /** Merged weekly intervals [from, to) as a flat array. */
  readonly availability: Int32Array
}

/** A team as the rules see it. */
export interface TeamView {
  readonly id: string
  readonly streetId: string
  readonly communityId: string | undefined
  readonly stationId: string | undefined
  readonly domains: number
  readonly domainCount: number
  readonly leadsNeeded: number
  readonly leadWorkerIds: readonly string[]
  readonly brand: boolean
  readonly status: TeamStatus
  readonly meetings: Int32Array
}

const DOMAIN_BIT = new Map(SERVICE_DOMAINS.map((d, i) => [d as string, 1 << i]))

function optId(value: unknown, name: string): string | undefined {
  return value === undefined ? undefined : readId(value, name)
}

function domainsOf(value: unknown, name: string): { mask: number; count: number } {
  let mask = 0
  let count = 0
  const list = readArray(value, name, true, 64)
  for (let i = 0; i < list.length; i++) {
    const bit = typeof list[i] === 'string' ? DOMAIN_BIT.get(list[i] as string) : undefined
    if (bit === undefined) invalid(`${name}[${i}]`, 'expected a service domain')
    if ((mask & bit) === 0) count++
    mask |= bit
  }
  return { mask, count }
}

function slotsOf(value: unknown, name: string): Int32Array {
  const list = readArray(value, name, true, 1000)
  const iv: [number, number][] = []
  for (let i = 0; i < list.length; i++) {
    const s = list[i]
    if (!isRecord(s)) invalid(`${name}[${i}]`, 'expected a weekly slot')
    const day = readInt(own(s, 'day'), `${name}[${i}].day`, 1, 7)
    const from = own(s, 'from')
    const to = own(s, 'to')
    if (typeof from !== 'string' || typeof to !== 'string' || !isTimeOfDay(from) || !isTimeOfDay(to)) invalid(`${name}[${i}]`, 'expected HH:mm times')
    const a = timeOfDayToMinutes(from)
    const b = timeOfDayToMinutes(to)
    if (b <= a) invalid(`${name}[${i}]`, 'ends before it starts')
    iv.push([(day - 1) * 1440 + a, (day - 1) * 1440 + b])
  }
  iv.sort((x, y) => x[0] - y[0] || x[1] - y[1])
  const out: number[] = []
  for (const [a, b] of iv) {
    const last = out.length - 1
    if (last > 0 && a <= out[last]!) out[last] = Math.max(out[last]!, b)
    else out.push(a, b)
  }
  return Int32Array.from(out)
}

/**
 * Weekly overlap of two merged interval lists, in minutes.
 * @param a - merged intervals
 * @param b - merged intervals
 * @returns minutes of overlap
 */
export function overlapMinutes(a: Int32Array, b: Int32Array): number {
  let i = 0
  let j = 0
  let total = 0
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i]!, b[j]!)
    const hi = Math.min(a[i + 1]!, b[j + 1]!)
    if (hi > lo) total += hi - lo
    if (a[i + 1]! < b[j + 1]!) i += 2
    else j += 2
  }
  return total
}

/**
 * Reads social workers.
 * @param value - untrusted array
 * @returns views, in input order
 */
export function readWorkers(value: unknown): WorkerView[] {
  return readArray(value, 'socialWorkers', false, 100_000).map((raw, i) => {
    const n = `socialWorkers[${i}]`
    if (!isRecord(raw)) invalid(n, 'expected an object')
    const q = own(raw, 'qualification')
    const rank = typeof q === 'string' ? (QUALIFICATIONS as readonly string[]).indexOf(q) : -1
    if (rank < 0) invalid(`${n}.qualification`, 'expected a qualification level')
    const active = own(raw, 'active')
    if (typeof active !== 'boolean') invalid(`${n}.active`, 'expected a boolean')
    return {
      id: readId(own(raw, 'id'), `${n}.id`),
      active,
      qualification: q as Qualification,
      rank,
      domains: domainsOf(own(raw, 'domains'), `${n}.domains`).mask,
      streetId: readId(own(raw, 'streetId'), `${n}.streetId`),
      stationId: optId(own(raw, 'stationId'), `${n}.stationId`),
      communityId: optId(own(raw, 'communityId'), `${n}.communityId`),
      capacity: readInt(own(raw, 'capacity'), `${n}.capacity`, 0, 100),
      availability: slotsOf(own(raw, 'availability'), `${n}.availability`),
    }
  })
}

/**
 * Reads volunteer teams.
 * @param value - untrusted array
 * @returns views, in input order
 */
export function readTeams(value: unknown): TeamView[] {
  return readArray(value, 'teams', false, 1_000_000).map((raw, i) => {
    const n = `teams[${i}]`
    if (!isRecord(raw)) invalid(n, 'expected an object')
    const status = own(raw, 'status') ?? 'active'
    if (typeof status !== 'string' || !Object.hasOwn(TEAM_STATUS_LABELS, status)) invalid(`${n}.status`, 'expected a team status')
    const leads = readArray(own(raw, 'leadWorkerIds'), `${n}.leadWorkerIds`, true, 100).map((x, j) => readId(x, `${n}.leadWorkerIds[${j}]`))
    const d = domainsOf(own(raw, 'domains'), `${n}.domains`)
    return {
      id: readId(own(raw, 'id'), `${n}.id`),
      streetId: readId(own(raw, 'streetId'), `${n}.streetId`),
      communityId: optId(own(raw, 'communityId'), `${n}.communityId`),
      stationId: optId(own(raw, 'cultivatedByStationId'), `${n}.cultivatedByStationId`),
      domains: d.mask,
      domainCount: d.count,
      leadsNeeded: readInt(own(raw, 'leadsNeeded'), `${n}.leadsNeeded`, 0, 100, 1),
      leadWorkerIds: leads,
      brand: optId(own(raw, 'brandId'), `${n}.brandId`) !== undefined,
      status: status as TeamStatus,
      meetings: slotsOf(own(raw, 'meetingTimes'), `${n}.meetingTimes`),
    }
  })
}
