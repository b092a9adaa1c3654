import type { District } from '../model/types'
import type { GenerateDistrictOptions } from './generateDistrict'
import { buildDistrict } from './internal/build'
import { LAOSHAN_STREETS } from './internal/names'
import { resolveOptions } from './internal/options'

/**
 * The options `laoshanSample()` uses: the scale reported for Qingdao's 崂山区 (5 streets, about 30
 * communities, 124 teams and organisations cultivated since 2023, at least 1,700 volunteers,
 * about 40 social workers in 5 street social-work stations) and a full year (2025) of records.
 * @see notes/domain.md §0 (the Laoshan 实施意见) and §4.3 (Laoshan's station coverage)
 * @example
 * generateDistrict({ ...LAOSHAN_SAMPLE_OPTIONS, seed: 1 }) // another district of the same scale
 */
export const LAOSHAN_SAMPLE_OPTIONS: GenerateDistrictOptions = Object.freeze({
  seed: 370212,
  id: 'laoshan-sample',
  name: '崂山区（示例）',
  year: 2025,
  streets: 5,
  streetNames: LAOSHAN_STREETS,
  communitiesPerStreet: 6,
  teams: 124,
  volunteers: 1_760,
  socialWorkers: 40,
  recordsPerVolunteer: 20,
  workerCapacity: Object.freeze([2, 5] as const),
  stationsPerStreet: 1,
  timeZone: 'Asia/Shanghai',
})

let cached: District | undefined

/**
 * The bundled sample district (示例区): a fictional district at the scale of Qingdao's 崂山区,
 * with its five real street names (中韩、沙子口、王哥庄、北宅、金家岭) and everything else
 * invented: 30 communities (a first batch of 试点 pilot and a few 示范 demonstration ones), 124
 * teams cultivated since 2023 by 5 street social-work stations, 1,760 volunteers, 40 social
 * workers and about 35,000 service records in 2025. Built in well under a second on first use;
 * later calls return the same deep-frozen object.
 *
 * @returns the deep-frozen sample district
 * @see notes/domain.md §0 (the Laoshan 实施意见: 示范社区 and 服务品牌 by the end of 2025)
 * @example
 * const d = laoshanSample()
 * d.streets.map((s) => s.name) //=> ['中韩街道', '沙子口街道', '王哥庄街道', '北宅街道', '金家岭街道']
 */
export function laoshanSample(): District {
  cached ??= buildDistrict(resolveOptions(LAOSHAN_SAMPLE_OPTIONS), { regionCode: '370212' })
  return cached
}
