/* eslint-disable @typescript-eslint/no-non-null-assertion -- hot loops index typed arrays and id tables within their bounds */
// Reads social workers and teams (untrusted) into compact internal forms: domain bitmasks,
// qualification ranks, merged weekly intervals in minutes since Monday 00:00.
import { QUALIFICATIONS, SERVICE_DOMAINS, TEAM_STATUS_LABELS, type Qualification, type TeamStatus } from '../../model/labels'
import { field, invalid, isId, isRecord, readArray, readId, readInt } from './validate'

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
  readonly availability: readonly number[]
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
  readonly meetings: readonly number[]
}

const DOMAIN_BIT = new Map(SERVICE_DOMAINS.map((d, i) => [d as string, 1 << i]))

/** Names are built only when an error is thrown (building them eagerly costs more than the checks). */
type At = (suffix: string) => string

function id(value: unknown, at: At, key: string): string {
  return isId(value) ? value : readId(value, at(key))
}

function optId(value: unknown, at: At, key: string): string | undefined {
  return value === undefined ? undefined : id(value, at, key)
}

function int(value: unknown, at: At, key: string, min: number, max: number, fallback?: number): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value
  return readInt(value, at(key), min, max, fallback)
}

function list(value: unknown, at: At, key: string, max: number): readonly unknown[] {
  if (value === undefined) return []
  if (Array.isArray(value) && value.length <= max) {
    // holes of sparse arrays become undefined
    let dense = true
    for (let i = 0; i < value.length; i++) if (!(i in value)) dense = false
    if (dense) return value as readonly unknown[]
  }
  return readArray(value, at(key), true, max)
}

function domainsOf(value: unknown, at: At, key: string): { mask: number; count: number } {
  let mask = 0
  let count = 0
  const items = list(value, at, key, 64)
  for (let i = 0; i < items.length; i++) {
    const x = items[i]
    const bit = typeof x === 'string' ? DOMAIN_BIT.get(x) : undefined
    if (bit === undefined) invalid(at(`${key}[${i}]`), 'expected a service domain')
    if ((mask & bit) === 0) count++
    mask |= bit
  }
  return { mask, count }
}

/** Minutes since midnight of a valid `HH:mm` (00:00–24:00), else −1. */
function minutesOf(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 5 || value.charCodeAt(2) !== 58) return -1
  const d = (k: number): number => {
    const c = value.charCodeAt(k) - 48
    return c >= 0 && c <= 9 ? c : -100
  }
  const h = d(0) * 10 + d(1)
  const m = d(3) * 10 + d(4)
  if (h < 0 || m < 0 || m > 59 || h > 24 || (h === 24 && m !== 0)) return -1
  return h * 60 + m
}

function slotsOf(value: unknown, at: At, key: string): readonly number[] {
  const items = list(value, at, key, 1000)
  const iv: [number, number][] = []
  for (let i = 0; i < items.length; i++) {
    const s = items[i]
    if (!isRecord(s)) invalid(at(`${key}[${i}]`), 'expected a weekly slot')
    const day = int(field(s, 'day'), at, `${key}[${i}].day`, 1, 7)
    const a = minutesOf(field(s, 'from'))
    const b = minutesOf(field(s, 'to'))
    if (a < 0 || b < 0) invalid(at(`${key}[${i}]`), 'expected HH:mm times')
    if (b <= a) invalid(at(`${key}[${i}]`), 'ends before it starts')
    iv.push([(day - 1) * 1440 + a, (day - 1) * 1440 + b])
  }
  if (iv.length > 1) iv.sort((x, y) => x[0] - y[0] || x[1] - y[1])
  const out: number[] = []
  for (const [a, b] of iv) {
    const last = out.length - 1
    if (last > 0 && a <= out[last]!) out[last] = Math.max(out[last]!, b)
    else out.push(a, b)
  }
  return out
}

/**
 * Weekly overlap of two merged interval lists, in minutes.
 * @param a - merged intervals
 * @param b - merged intervals
 * @returns minutes of overlap
 */
export function overlapMinutes(a: readonly number[], b: readonly number[]): number {
  let i = 0
  let j = 0
  let total = 0
  const na = a.length
  const nb = b.length
  while (i < na && j < nb) {
    const a0 = a[i]!
    const a1 = a[i + 1]!
    const b0 = b[j]!
    const b1 = b[j + 1]!
    const lo = a0 > b0 ? a0 : b0
    const hi = a1 < b1 ? a1 : b1
    if (hi > lo) total += hi - lo
    if (a1 < b1) i += 2
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
  const items = readArray(value, 'socialWorkers', false, 100_000)
  const out: WorkerView[] = []
  for (let i = 0; i < items.length; i++) {
    const raw = items[i]
    const at: At = (key) => `socialWorkers[${i}]${key === '' ? '' : `.${key}`}`
    if (!isRecord(raw)) invalid(at(''), 'expected an object')
    const q = field(raw, 'qualification')
    const rank = typeof q === 'string' ? (QUALIFICATIONS as readonly string[]).indexOf(q) : -1
    if (rank < 0) invalid(at('qualification'), 'expected a qualification level')
    const active = field(raw, 'active')
    if (typeof active !== 'boolean') invalid(at('active'), 'expected a boolean')
    out.push({
      id: id(field(raw, 'id'), at, 'id'),
      active,
      qualification: q as Qualification,
      rank,
      domains: domainsOf(field(raw, 'domains'), at, 'domains').mask,
      streetId: id(field(raw, 'streetId'), at, 'streetId'),
      stationId: optId(field(raw, 'stationId'), at, 'stationId'),
      communityId: optId(field(raw, 'communityId'), at, 'communityId'),
      capacity: int(field(raw, 'capacity'), at, 'capacity', 0, 100),
      availability: slotsOf(field(raw, 'availability'), at, 'availability'),
    })
  }
  return out
}

/**
 * Reads volunteer teams.
 * @param value - untrusted array
 * @returns views, in input order
 */
export function readTeams(value: unknown): TeamView[] {
  const items = readArray(value, 'teams', false, 1_000_000)
  const out: TeamView[] = []
  for (let i = 0; i < items.length; i++) {
    const raw = items[i]
    const at: At = (key) => `teams[${i}]${key === '' ? '' : `.${key}`}`
    if (!isRecord(raw)) invalid(at(''), 'expected an object')
    const status = field(raw, 'status') ?? 'active'
    if (typeof status !== 'string' || !Object.hasOwn(TEAM_STATUS_LABELS, status)) invalid(at('status'), 'expected a team status')
    const leadsIn = list(field(raw, 'leadWorkerIds'), at, 'leadWorkerIds', 100)
    const leads: string[] = []
    for (let j = 0; j < leadsIn.length; j++) leads.push(id(leadsIn[j], at, `leadWorkerIds[${j}]`))
    const d = domainsOf(field(raw, 'domains'), at, 'domains')
    out.push({
      id: id(field(raw, 'id'), at, 'id'),
      streetId: id(field(raw, 'streetId'), at, 'streetId'),
      communityId: optId(field(raw, 'communityId'), at, 'communityId'),
      stationId: optId(field(raw, 'cultivatedByStationId'), at, 'cultivatedByStationId'),
      domains: d.mask,
      domainCount: d.count,
      leadsNeeded: int(field(raw, 'leadsNeeded'), at, 'leadsNeeded', 0, 100, 1),
      leadWorkerIds: leads,
      brand: optId(field(raw, 'brandId'), at, 'brandId') !== undefined,
      status: status as TeamStatus,
      meetings: slotsOf(field(raw, 'meetingTimes'), at, 'meetingTimes'),
    })
  }
  return out
}
