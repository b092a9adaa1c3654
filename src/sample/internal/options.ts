// Validation of generateDistrict's options: untrusted input in, a complete plain object out.
import { TongxinError } from '../../errors/TongxinError'
import { isTimeZone } from '../../model/calendar'
import { SAMPLE_LIMITS as LIMITS } from '../sampleLimits'


/** The options after validation, with every default filled in. */
export interface ResolvedOptions {
  readonly seed: number
  readonly id: string
  readonly name: string
  readonly year: number
  readonly streets: number
  readonly communitiesPerStreet: number
  readonly teams: number
  readonly volunteers: number
  readonly socialWorkers: number
  readonly recordsPerVolunteer: number
  readonly workerCapacity: readonly [number, number]
  readonly stationsPerStreet: number
  readonly streetNames: readonly string[] | undefined
  readonly timeZone: string
}

const ID_RE = /^[\p{L}\p{N}][\p{L}\p{N}._:-]{0,63}$/u

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value === undefined || value === null) {
    return String(value)
  }
  return Array.isArray(value) ? 'array' : typeof value
}

function read(o: object, key: string): unknown {
  return Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined
}

function integer(o: object, key: string, min: number, max: number, fallback?: number): number {
  const value = read(o, key)
  if (value === undefined) {
    if (fallback !== undefined) return fallback
    throw new TongxinError('SAMPLE_OPTION_REQUIRED', { option: key })
  }
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new TongxinError('SAMPLE_OPTION_NOT_INTEGER', { option: key, value: show(value) })
  }
  if (value < min || value > max) throw new TongxinError('SAMPLE_OPTION_OUT_OF_RANGE', { option: key, value, min, max })
  return value
}

/** A trimmed non-empty name of at most 200 characters (what NameSchema keeps unchanged). */
function isCleanName(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 200 && value.trim() === value
}

function name(o: object, key: string, fallback: string): string {
  const value = read(o, key)
  if (value === undefined) return fallback
  if (!isCleanName(value)) {
    throw new TongxinError('SAMPLE_OPTION_INVALID', { option: key, reason: 'expected a trimmed name of 1–200 characters' })
  }
  return value
}

/**
 * Validates the options of `generateDistrict`.
 * @param input - untrusted options
 * @returns the resolved options
 * @throws TongxinError with a `SAMPLE_` code
 */
export function resolveOptions(input: unknown): ResolvedOptions {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new TongxinError('SAMPLE_INVALID_OPTIONS', { received: show(input) })
  }
  const seed = integer(input, 'seed', Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)
  const year = integer(input, 'year', 2000, 2100)
  const streets = integer(input, 'streets', 1, LIMITS.streets)
  const communitiesPerStreet = integer(input, 'communitiesPerStreet', 0, LIMITS.communitiesPerStreet)
  const teams = integer(input, 'teams', 0, LIMITS.teams)
  const volunteers = integer(input, 'volunteers', 0, LIMITS.volunteers)
  const socialWorkers = integer(input, 'socialWorkers', 0, LIMITS.socialWorkers)
  const stationsPerStreet = integer(input, 'stationsPerStreet', 0, LIMITS.stationsPerStreet, 1)

  const rpv = read(input, 'recordsPerVolunteer')
  if (rpv === undefined) throw new TongxinError('SAMPLE_OPTION_REQUIRED', { option: 'recordsPerVolunteer' })
  if (typeof rpv !== 'number' || !Number.isFinite(rpv)) {
    throw new TongxinError('SAMPLE_OPTION_NOT_NUMBER', { option: 'recordsPerVolunteer', value: show(rpv) })
  }
  if (rpv < 0 || rpv > LIMITS.recordsPerVolunteer) {
    throw new TongxinError('SAMPLE_OPTION_OUT_OF_RANGE', { option: 'recordsPerVolunteer', value: rpv, min: 0, max: LIMITS.recordsPerVolunteer })
  }

  const communities = streets * communitiesPerStreet
  if (communities > LIMITS.communities) {
    throw new TongxinError('SAMPLE_TOO_LARGE', { what: 'communities', value: communities, max: LIMITS.communities })
  }
  const records = Math.round(volunteers * rpv)
  if (records > LIMITS.records) throw new TongxinError('SAMPLE_TOO_LARGE', { what: 'records', value: records, max: LIMITS.records })
  if (teams > 0 && communities < 1) throw new TongxinError('SAMPLE_NO_COMMUNITIES_FOR_TEAMS', { teams })

  let workerCapacity: readonly [number, number] = [1, 4]
  const cap = read(input, 'workerCapacity')
  if (cap !== undefined) {
    const ok =
      Array.isArray(cap) &&
      cap.length === 2 &&
      Number.isInteger(cap[0]) &&
      Number.isInteger(cap[1]) &&
      (cap[0] as number) >= 0 &&
      (cap[0] as number) <= (cap[1] as number) &&
      (cap[1] as number) <= LIMITS.workerCapacity
    if (!ok) {
      throw new TongxinError('SAMPLE_OPTION_INVALID', {
        option: 'workerCapacity',
        reason: `expected [min, max] integers with 0 ≤ min ≤ max ≤ ${LIMITS.workerCapacity}`,
      })
    }
    workerCapacity = [cap[0] as number, cap[1] as number]
  }

  const idValue = read(input, 'id')
  if (idValue !== undefined && (typeof idValue !== 'string' || !ID_RE.test(idValue))) {
    throw new TongxinError('SAMPLE_OPTION_INVALID', { option: 'id', reason: 'expected 1–64 letters, digits or ._:- characters' })
  }
  const id = idValue ?? `sample-${seed < 0 ? 'n' : ''}${Math.abs(seed)}`
  const districtName = name(input, 'name', '同心示例区')

  const tz = read(input, 'timeZone')
  if (tz !== undefined && (typeof tz !== 'string' || !isTimeZone(tz))) {
    throw new TongxinError('SAMPLE_OPTION_INVALID', { option: 'timeZone', reason: 'expected an IANA time zone' })
  }
  const timeZone = tz ?? 'Asia/Shanghai'

  let streetNames: readonly string[] | undefined
  const sn = read(input, 'streetNames')
  if (sn !== undefined) {
    if (!Array.isArray(sn)) throw new TongxinError('SAMPLE_OPTION_INVALID', { option: 'streetNames', reason: 'expected an array of names' })
    if (sn.length < streets) throw new TongxinError('SAMPLE_STREET_NAMES_TOO_FEW', { given: sn.length, needed: streets })
    const used = new Set<string>()
    const list: string[] = []
    for (let i = 0; i < streets; i++) {
      const s: unknown = sn[i]
      if (!isCleanName(s)) {
        throw new TongxinError('SAMPLE_OPTION_INVALID', { option: `streetNames[${i}]`, reason: 'expected a trimmed name of 1–200 characters' })
      }
      if (used.has(s)) throw new TongxinError('SAMPLE_DUPLICATE_STREET_NAME', { name: s })
      used.add(s)
      list.push(s)
    }
    streetNames = list
  }

  return {
    seed, id, name: districtName, year, streets, communitiesPerStreet, teams, volunteers, socialWorkers,
    recordsPerVolunteer: rpv, workerCapacity, stationsPerStreet, streetNames, timeZone,
  }
}
