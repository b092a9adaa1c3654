import { TongxinError } from '../errors/TongxinError'
import { guidanceShare } from '../hours/earn/guidanceShare'
import type { HoursLedger } from '../hours/types'
import type { District } from '../model/types'
import type { DistrictReport, StreetReport } from './types'

const DISTRICT_ARRAYS = ['streets', 'communities', 'teams', 'socialWorkers', 'volunteers', 'activities', 'organizations', 'brands', 'charityResources', 'records']

/** Whether `value` is an object whose `keys` all hold arrays (without narrowing its type). */
function hasArrays(value: unknown, keys: readonly string[]): boolean {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return keys.every((k) => Array.isArray(record[k]))
}

function count<T>(items: readonly T[], test: (item: T) => boolean): number {
  let n = 0
  for (const item of items) if (test(item)) n++
  return n
}

/**
 * Summarises a district and its hours ledger into the figures policy documents quote: teams
 * cultivated (培育) and led by social workers, volunteers linked to them, hours credited, activities,
 * the guided share (社工引领), pilot and demonstration communities — in total and by street.
 *
 * @param district - the district
 * @param ledger - its hours ledger from `creditHours(district.records, policy, district)`
 * @returns the frozen report, streets sorted by id
 * @throws TongxinError `REPORT_INVALID_INPUT` when either argument is not what it should be
 * @example
 * const d = laoshanSample()
 * const report = summarizeDistrict(d, creditHours(d.records, {}, d))
 * report.teams.total //=> 124
 */
export function summarizeDistrict(district: District, ledger: HoursLedger): DistrictReport {
  if (!hasArrays(district, DISTRICT_ARRAYS) || !hasArrays(ledger, ['volunteers', 'credits', 'rejected'])) {
    throw new TongxinError('REPORT_INVALID_INPUT')
  }
  const share = guidanceShare(ledger, district)
  const ledTeams = district.teams.filter((t) => t.leadWorkerIds.length > 0)
  const leaders = new Set(ledTeams.flatMap((t) => t.leadWorkerIds))
  const linked = new Set(ledTeams.flatMap((t) => t.memberIds))
  const streetMinutes = new Map(ledger.totals.byStreet.map((s) => [s.id, s.minutes]))
  const streetGuided = new Map(share.byStreet.map((s) => [s.id, s.guidedMinutes]))

  const byStreet: StreetReport[] = [...district.streets]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((s) => {
      const communities = district.communities.filter((c) => c.streetId === s.id)
      const teams = district.teams.filter((t) => t.streetId === s.id)
      return Object.freeze({
        streetId: s.id,
        name: s.name,
        communities: communities.length,
        pilotOrDemonstration: count(communities, (c) => c.status !== 'ordinary'),
        teams: teams.length,
        teamsLed: count(teams, (t) => t.leadWorkerIds.length > 0),
        socialWorkers: count(district.socialWorkers, (w) => w.streetId === s.id),
        creditedMinutes: streetMinutes.get(s.id) ?? 0,
        guidedMinutes: streetGuided.get(s.id) ?? 0,
      })
    })

  return Object.freeze({
    districtId: district.id,
    districtName: district.name,
    timeZone: ledger.policy.timeZone,
    communities: Object.freeze({
      total: district.communities.length,
      ordinary: count(district.communities, (c) => c.status === 'ordinary'),
      pilot: count(district.communities, (c) => c.status === 'pilot'),
      demonstration: count(district.communities, (c) => c.status === 'demonstration'),
    }),
    teams: Object.freeze({
      total: district.teams.length,
      cultivated: count(district.teams, (t) => t.cultivatedByStationId !== undefined),
      ledBySocialWorker: ledTeams.length,
      branded: count(district.teams, (t) => t.brandId !== undefined),
    }),
    organizations: district.organizations.length,
    socialWorkers: Object.freeze({
      total: district.socialWorkers.length,
      active: count(district.socialWorkers, (w) => w.active),
      leading: leaders.size,
    }),
    volunteers: Object.freeze({
      total: district.volunteers.length,
      linked: linked.size,
      withHours: count(ledger.volunteers, (v) => v.creditedMinutes > 0),
    }),
    activities: Object.freeze({
      total: district.activities.length,
      ledBySocialWorker: count(district.activities, (a) => a.leadWorkerId !== undefined),
    }),
    brands: district.brands.length,
    charity: Object.freeze({
      count: district.charityResources.length,
      amountFen: district.charityResources.reduce((s, r) => s + r.amountFen, 0),
    }),
    creditedMinutes: ledger.totals.minutes,
    guidedMinutes: share.district.guidedMinutes,
    byMonth: Object.freeze(
      Object.keys(ledger.totals.byMonth)
        .sort()
        .map((month) => Object.freeze({ month, minutes: ledger.totals.byMonth[month] ?? 0 })),
    ),
    byStreet: Object.freeze(byStreet),
  })
}
