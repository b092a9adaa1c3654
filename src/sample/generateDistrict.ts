import { TongxinError, isTongxinError } from '../errors/TongxinError'
import type { District } from '../model/types'
import { buildDistrict } from './internal/build'
import { resolveOptions } from './internal/options'
import type { ResolvedOptions } from './internal/options'

/**
 * Options of {@link generateDistrict}. Sizes are exact counts except `recordsPerVolunteer`, a mean:
 * the generator emits `round(volunteers × recordsPerVolunteer)` records, spread unevenly (a few
 * very active volunteers, many occasional ones). Limits: see docs/sample-data.md.
 * @example
 * const o: GenerateDistrictOptions = { seed: 1, year: 2025, streets: 2, communitiesPerStreet: 3, teams: 10, volunteers: 100, socialWorkers: 5, recordsPerVolunteer: 4 }
 */
export interface GenerateDistrictOptions {
  /** The seed: any safe integer. The same options with the same seed give a deep-equal district. */
  readonly seed: number
  /** The district id (default `sample-<seed>`, `sample-n<|seed|>` for negative seeds). */
  readonly id?: string
  /** The district name (default `同心示例区`). */
  readonly name?: string
  /** The year of service records, 2000–2100. */
  readonly year: number
  /** Number of streets (街道), 1–1,000. */
  readonly streets: number
  /** Communities (社区) per street, 0–200 (at least 1 when `teams` > 0). */
  readonly communitiesPerStreet: number
  /** Number of volunteer teams (志愿服务队), 0–100,000. */
  readonly teams: number
  /** Number of volunteers (志愿者), 0–2,000,000. */
  readonly volunteers: number
  /** Number of social workers (社工), 0–100,000, spread evenly over the streets. */
  readonly socialWorkers: number
  /** Mean number of service records per volunteer, 0–1,000 (at most 5,000,000 records in all). */
  readonly recordsPerVolunteer: number
  /** Range of social workers' capacity (teams they can lead), integers 0–100; default `[1, 4]`. */
  readonly workerCapacity?: readonly [min: number, max: number]
  /** Social-work stations (社工站) per street, 0–10; default 1. */
  readonly stationsPerStreet?: number
  /** Street names to use, in order (at least `streets` distinct trimmed names); default generated. */
  readonly streetNames?: readonly string[]
  /** IANA time zone of the district; default `Asia/Shanghai`. */
  readonly timeZone?: string
}

/**
 * Generates a fictional but realistic district (合成示例数据) from a seed: streets, communities
 * (some 试点 pilot and 示范 demonstration ones), street social-work stations, agencies,
 * community organisations, social workers, volunteers, teams with members and lead social
 * workers, venues with opening hours, activities, projects, brands, a year of service records
 * and charity resources. Deterministic (pure-rand xoroshiro128+), valid (passes `parseDistrict`
 * unchanged and `checkIntegrity` without problems), deep-frozen, and fast: a city of 100,000
 * volunteers and 1,000,000 records takes a few seconds.
 *
 * Realism: skewed team sizes, a quarter of volunteers in several teams, records clustered on
 * weekends, some duplicated (overlapping) entries, some recorded later than the 10 working days
 * of 办法 Art. 11, some rejected, void or pending, some sessions across midnight, a few activities
 * that are not volunteer service (办法 Art. 19). Every person, community, team and organisation
 * name is invented; 身份证号 and 统一社会信用代码 carry valid check characters.
 *
 * @param options - sizes, seed and year; see {@link GenerateDistrictOptions}
 * @returns a deep-frozen district
 * @throws TongxinError `SAMPLE_INVALID_OPTIONS`, `SAMPLE_OPTION_REQUIRED`, `SAMPLE_OPTION_NOT_INTEGER`,
 *   `SAMPLE_OPTION_NOT_NUMBER`, `SAMPLE_OPTION_OUT_OF_RANGE`, `SAMPLE_OPTION_INVALID`,
 *   `SAMPLE_NO_COMMUNITIES_FOR_TEAMS`, `SAMPLE_TOO_LARGE`, `SAMPLE_STREET_NAMES_TOO_FEW`,
 *   `SAMPLE_DUPLICATE_STREET_NAME`
 * @see notes/domain.md §1.3 (10 working days; non-volunteer activities), §3.2–3.3 (identifiers)
 * @example
 * const d = generateDistrict({
 *   seed: 7, year: 2025, streets: 2, communitiesPerStreet: 3, teams: 10,
 *   volunteers: 200, socialWorkers: 8, recordsPerVolunteer: 5,
 * })
 * d.records.length //=> 1000
 */
export function generateDistrict(options: GenerateDistrictOptions): District {
  let resolved: ResolvedOptions
  try {
    resolved = resolveOptions(options)
  } catch (e) {
    // Hostile objects (throwing getters, proxies) end here rather than escaping as raw errors.
    if (isTongxinError(e)) throw e
    throw new TongxinError('SAMPLE_INVALID_OPTIONS', { received: 'an object that cannot be read' })
  }
  return buildDistrict(resolved, { regionCode: '370200' })
}
