// The generator proper: builds a District directly as frozen plain objects (no zod at run time).
// Every draw comes from one seeded Rng in a fixed order, so a seed fixes the whole district.

import { SERVICE_DOMAIN_LABELS, SERVICE_DOMAINS } from '../../model/labels'
import type { CommunityStatus, IdType, ProjectStage, Qualification, RecordStatus, ServiceDomain, TeamStatus } from '../../model/labels'
import type {
  Activity, ActivityId, AgencyId, Brand, BrandId, CharityResource, Community, CommunityId, CommunityOrganization,
  District, DistrictId, OrganizationId, Project, ProjectId, RecordId, ResourceId, ServiceRecord, SocialWorkAgency,
  SocialWorker, SocialWorkerId, SocialWorkStation, StationId, Street, StreetId, TeamId, Venue, VenueId, Volunteer,
  VolunteerId, VolunteerTeam, WeeklySlot,
} from '../../model/types'
import { buildDayTable, CLOCK, DateTexts } from './days'
import { makeCreditCode } from '../../ids/makeCreditCode'
import { makeIdNumber } from '../../ids/makeIdNumber'
import {
  ACTIVITY_TITLES, DONOR_KINDS, GIVEN, ORDINALS, ORGANIZATION_KINDS, PLACE_A, PLACE_B, PURPOSES, SKILLS, SURNAMES,
  TEAM_THEMES, VENUE_KINDS,
} from './names'
import type { ResolvedOptions } from './options'
import { Rng } from './rng'

/** Settings of the generator that are not public options. */
export interface BuildExtras {
  /** GB/T 2260 code used for agencies' credit codes and most volunteers' ID numbers. */
  readonly regionCode: string
}

/** Other county-level GB/T 2260 codes for volunteers born elsewhere. */
const OTHER_REGIONS: readonly string[] = [
  '370202', '370203', '370211', '370213', '370214', '370215', '370281', '370283', '370285', '370102', '370602',
  '371302', '110105', '310104', '440305', '210203', '320106', '410105', '510107', '230103',
]
const PERMIT_REGIONS: readonly string[] = ['810000', '820000', '830000']

const f = Object.freeze
const DAY_MINUTES = 1440
const TAIL_DAYS = 75
/** 2^23 > SAMPLE_LIMITS.records: packs a record's index under its start minute in one exact double. */
const PACK = 8_388_608

function at<T>(a: ArrayLike<T>, i: number): T {
  return a[i] as T
}

/** An element of a numeric (typed) array; few array kinds per helper keep hot loops fast. */
function num<T>(a: ArrayLike<T>, i: number): T {
  return a[i] as T
}

/** An element of an array of strings or lists: one monomorphic helper for the hot loops. */
function idAt<T>(a: readonly T[], i: number): T {
  return a[i] as T
}

function pad(n: number, width: number): string {
  const s = String(n)
  return s.length >= width ? s : '0'.repeat(width - s.length) + s
}

function makeIds<T>(prefix: string, count: number): T[] {
  const width = Math.max(2, String(count).length)
  const out: T[] = []
  for (let i = 1; i <= count; i++) out.push(`${prefix}-${pad(i, width)}` as T)
  return out
}

function hhmm(minutes: number): string {
  return at(CLOCK, minutes).slice(0, 5)
}

/** k distinct elements of `list` (k ≤ list.length), in the list's order. */
function distinct<T>(rng: Rng, list: readonly T[], k: number): T[] {
  const n = list.length
  let left = Math.min(k, n)
  const out: T[] = []
  if (n <= 30) {
    let mask = 0
    while (left > 0) {
      const bit = 1 << rng.int(0, n - 1)
      if ((mask & bit) === 0) {
        mask |= bit
        left--
      }
    }
    for (let i = 0; i < n; i++) if ((mask >> i) & 1) out.push(at(list, i))
    return out
  }
  const chosen = new Uint8Array(n)
  while (left > 0) {
    const i = rng.int(0, n - 1)
    if (at(chosen, i) === 0) {
      chosen[i] = 1
      left--
    }
  }
  for (let i = 0; i < n; i++) if (at(chosen, i) === 1) out.push(at(list, i))
  return out
}

function cumulative(weights: ArrayLike<number>): Float64Array {
  const cum = new Float64Array(weights.length)
  let sum = 0
  for (let i = 0; i < weights.length; i++) {
    sum += at(weights, i)
    cum[i] = sum
  }
  return cum
}

/**
 * Unique names of one kind: a few random tries, then the base with an ordinal (二, 三, … then
 * numbers), continuing per base where the last fallback stopped. `suffix` is the same for all
 * names of one Namer, so unique stems give unique names.
 */
class Namer {
  private readonly used = new Set<string>()
  private readonly next = new Map<string, number>()

  constructor(
    private readonly suffix: string,
    private readonly ordinalPrefix = '',
  ) {}

  name(make: () => string): string {
    for (let t = 0; t < 4; t++) {
      const stem = make()
      if (!this.used.has(stem)) {
        this.used.add(stem)
        return stem + this.suffix
      }
    }
    const base = make()
    for (let k = this.next.get(base) ?? 2; ; k++) {
      const stem = base + this.ordinalPrefix + (k - 2 < ORDINALS.length ? at(ORDINALS, k - 2) : String(k))
      if (!this.used.has(stem)) {
        this.used.add(stem)
        this.next.set(base, k + 1)
        return stem + this.suffix
      }
    }
  }
}

function personName(rng: Rng): string {
  const given = rng.chance(70) ? rng.pick(GIVEN) + rng.pick(GIVEN) : rng.pick(GIVEN)
  return rng.pick(SURNAMES) + given
}

const MEETING_TEMPLATES: readonly (readonly [number, number])[] = [
  [540, 690], [840, 990], [1140, 1260], [510, 660],
]
const AVAILABILITY_TEMPLATES: readonly (readonly [number, number])[] = [
  [540, 720], [840, 1050], [540, 1020], [1110, 1260],
]

function slot(day: number, from: number, to: number): WeeklySlot {
  return f({ day, from: hhmm(from), to: hhmm(to) })
}

/**
 * Builds the district of resolved options.
 * @param o - validated options
 * @param extras - internal settings
 * @returns a deep-frozen district
 */
export function buildDistrict(o: ResolvedOptions, extras: BuildExtras): District {
  const rng = new Rng(o.seed)
  const dateTexts = new DateTexts()
  const dateOf = (y: number, day: number): string => dateTexts.of(y, day)
  const EMPTY: readonly number[] = []
  const { year } = o
  const days = buildDayTable(year, o.timeZone, TAIL_DAYS)
  const yearDays = days.yearDays
  // Instants on 5-minute marks are shared strings (one per day and mark actually used) in big
  // districts: fewer allocations, less garbage collection.
  const cache: (string | undefined)[] | undefined =
    o.volunteers * o.recordsPerVolunteer >= 20_000 ? new Array<string | undefined>(days.date.length * 288) : undefined
  const instant = (day: number, minute: number): string => {
    const key = minute % 5 === 0 && cache !== undefined ? day * 288 + minute / 5 : -1
    let text = key < 0 ? undefined : cache?.[key]
    if (text === undefined) {
      text = idAt(days.prefix, day) + idAt(CLOCK, minute) + idAt(days.offset, day)
      if (key >= 0 && cache !== undefined) cache[key] = text
    }
    return text
  }

  // Service days: weekends weigh 5, weekdays 2; days whose offset changes (DST) are skipped.
  const dayWeight = new Float64Array(yearDays)
  for (let d = 0; d < yearDays; d++) dayWeight[d] = at(days.stable, d) === 0 ? 0 : at(days.weekday, d) >= 6 ? 5 : 2
  const dayCum = cumulative(dayWeight)
  const twoYearsBack = Math.round((Date.UTC(year, 0, 1) - Date.UTC(year - 2, 0, 1)) / 86_400_000)

  // ── streets, communities, stations ─────────────────────────────────────────────────────
  const S = o.streets
  const streetIds = makeIds<StreetId>('street', S)
  const streetNamer = new Namer('街道')
  const streetNames: string[] = []
  for (let s = 0; s < S; s++) {
    streetNames.push(
      o.streetNames?.[s] ??
        streetNamer.name(() => rng.pick(PLACE_A) + (rng.chance(50) ? rng.pick(PLACE_A) : '') + rng.pick(PLACE_B)),
    )
  }
  const streets: Street[] = streetIds.map((id, s) => f({ id, name: at(streetNames, s) }))

  const C = S * o.communitiesPerStreet
  const communityIds = makeIds<CommunityId>('comm', C)
  const communityStreet = new Int32Array(C)
  const communityShort: string[] = []
  const placeNamer = new Namer('')
  for (let c = 0; c < C; c++) {
    communityStreet[c] = Math.floor(c / o.communitiesPerStreet)
    communityShort.push(placeNamer.name(() => rng.pick(PLACE_A) + (rng.chance(25) ? rng.pick(PLACE_A) : '') + rng.pick(PLACE_B)))
  }
  const communityStatus: CommunityStatus[] = new Array<CommunityStatus>(C).fill('ordinary')
  {
    const order = Array.from({ length: C }, (_, i) => i)
    for (let i = C - 1; i > 0; i--) {
      const j = rng.int(0, i)
      const t = at(order, i)
      order[i] = at(order, j)
      order[j] = t
    }
    const demonstration = Math.floor(C / 12)
    const pilot = Math.max(C >= 2 ? 1 : 0, Math.round(C / 5))
    for (let k = 0; k < demonstration + pilot && k < C; k++) communityStatus[at(order, k)] = k < demonstration ? 'demonstration' : 'pilot'
  }
  const communities: Community[] = communityIds.map((id, c) => {
    const status = at(communityStatus, c)
    const population = rng.int(30, 250) * 100
    // Registered volunteers (注册志愿者) as a share of residents: higher in pilot and demonstration
    // communities, spread without drawing from the generator so earlier streams stay unchanged.
    const ratePercent = (status === 'demonstration' ? 12 : status === 'pilot' ? 8 : 4) + ((c * 7) % 9)
    const base = {
      id,
      streetId: at(streetIds, at(communityStreet, c)),
      name: `${at(communityShort, c)}社区`,
      status,
      residentPopulation: population,
      registeredVolunteers: Math.round((population * ratePercent) / 100),
    }
    if (status === 'ordinary') return f(base)
    const since = status === 'pilot' ? dateOf(year - 1, rng.int(60, 300)) : dateOf(year, rng.int(0, 150))
    return f({ ...base, statusSince: since })
  })
  const communitiesOfStreet: number[][] = Array.from({ length: S }, () => [])
  for (let c = 0; c < C; c++) at(communitiesOfStreet, at(communityStreet, c)).push(c)

  const P = o.stationsPerStreet
  const stationIds = makeIds<StationId>('station', S * P)
  const stations: SocialWorkStation[] = stationIds.map((id, k) => {
    const s = Math.floor(k / P)
    const name = k % P === 0 ? `${at(streetNames, s)}社工站` : `${at(streetNames, s)}社工站第${at(ORDINALS, (k % P) - 1)}分站`
    return f({ id, streetId: at(streetIds, s), name, openedOn: dateOf(year - rng.int(2, 4), rng.int(0, 364)) })
  })
  const stationOfStreet = (s: number): StationId | undefined => (P === 0 ? undefined : at(stationIds, s * P + rng.int(0, P - 1)))

  // ── agencies and social workers ─────────────────────────────────────────────────────────
  const W = o.socialWorkers
  const A = W === 0 ? 0 : Math.max(1, Math.ceil(W / 20))
  const agencyIds = makeIds<AgencyId>('agency', A)
  const agencyNamer = new Namer('社会工作服务中心')
  const agencies: SocialWorkAgency[] = agencyIds.map((id) => {
    const name = agencyNamer.name(() => rng.pick(PLACE_A) + rng.pick(PLACE_A) + rng.pick(PLACE_B))
    if (!rng.chance(80)) return f({ id, name })
    return f({ id, name, creditCode: makeCreditCode({ department: '5', category: '2', regionCode: extras.regionCode, body8: pad(rng.int(0, 99_999_999), 8) }) })
  })

  const workerIds = makeIds<SocialWorkerId>('sw', W)
  const workerStreet = new Int32Array(W)
  const workerActive = new Uint8Array(W)
  const workerLeft = new Int32Array(W) // remaining capacity
  const activeWorkersOfStreet: number[][] = Array.from({ length: S }, () => [])
  const [capMin, capMax] = o.workerCapacity
  // About 5% of social workers are inactive (on leave, left): a fixed share, so small districts have some too.
  const inactive = new Uint8Array(W)
  for (const w of distinct(rng, Array.from({ length: W }, (_, i) => i), Math.round(W / 20))) inactive[w] = 1
  const socialWorkers: SocialWorker[] = workerIds.map((id, w) => {
    const s = Math.floor((w * S) / W)
    workerStreet[w] = s
    const q = rng.int(0, 99)
    const qualification: Qualification = q < 12 ? 'none' : q < 55 ? 'assistant' : q < 90 ? 'intermediate' : 'senior'
    const domains = distinct(rng, SERVICE_DOMAINS, rng.int(1, 3))
    const capacity = rng.int(capMin, capMax)
    // Station social workers keep weekday hours, and most also lead on one weekend day, when
    // most teams meet.
    const dayList = distinct(rng, [1, 2, 3, 4, 5], rng.int(2, 3))
    if (rng.chance(80)) dayList.push(rng.int(6, 7))
    const availability = f(
      dayList.map((day) => {
        const [from, to] = rng.pick(AVAILABILITY_TEMPLATES)
        // A weekend day given to volunteer activities is a whole day (09:00–20:30).
        return day >= 6 ? slot(day, 540, 1230) : slot(day, from, to)
      }),
    )
    const active = at(inactive, w) === 0
    workerActive[w] = active ? 1 : 0
    workerLeft[w] = active ? capacity : 0
    if (active) at(activeWorkersOfStreet, s).push(w)
    const worker: {
      -readonly [K in keyof SocialWorker]: SocialWorker[K]
    } = { id, name: personName(rng), qualification, domains: f(domains), streetId: at(streetIds, s), capacity, availability, active }
    const station = stationOfStreet(s)
    if (station !== undefined) worker.stationId = station
    if (A > 0 && rng.chance(70)) worker.agencyId = at(agencyIds, rng.int(0, A - 1))
    const own = at(communitiesOfStreet, s)
    if (own.length > 0 && rng.chance(50)) worker.communityId = at(communityIds, rng.pick(own))
    worker.registeredOn = dateOf(year - rng.int(0, 2), rng.int(0, 364))
    return f(worker)
  })

  // ── community organisations and venues ──────────────────────────────────────────────────
  const orgsOfCommunity: number[][] = Array.from({ length: C }, () => [])
  const organizationDrafts: Omit<CommunityOrganization, 'id'>[] = []
  for (let c = 0; c < C; c++) {
    const kinds = distinct(rng, ORGANIZATION_KINDS, rng.int(0, 2))
    for (const kind of kinds) {
      const registered = rng.chance(25)
      const draft: { -readonly [K in keyof Omit<CommunityOrganization, 'id'>]: CommunityOrganization[K] } = {
        communityId: at(communityIds, c),
        name: `${at(communityShort, c)}社区${kind}`,
        filing: registered ? 'registered' : 'filed',
      }
      if (registered) {
        draft.creditCode = makeCreditCode({ department: '5', category: rng.chance(70) ? '1' : '2', regionCode: extras.regionCode, body8: pad(rng.int(0, 99_999_999), 8) })
      }
      const station = stationOfStreet(at(communityStreet, c))
      if (station !== undefined) draft.cultivatedByStationId = station
      draft.foundedOn = dateOf(year - rng.int(1, 6), rng.int(0, 364))
      at(orgsOfCommunity, c).push(organizationDrafts.length)
      organizationDrafts.push(draft)
    }
  }
  const organizationIds = makeIds<OrganizationId>('org', organizationDrafts.length)
  const organizations: CommunityOrganization[] = organizationDrafts.map((d, i) => f({ id: at(organizationIds, i), ...d }))

  interface VenueHours { readonly mask: number; readonly open: number; readonly close: number }
  const venuesOfCommunity: number[][] = Array.from({ length: C }, () => [])
  const venueHours: VenueHours[] = []
  const venueDrafts: Omit<Venue, 'id'>[] = []
  for (let c = 0; c < C; c++) {
    for (const kind of distinct(rng, VENUE_KINDS, rng.int(1, 2))) {
      const closedMonday = rng.chance(30)
      const hours: VenueHours = closedMonday ? { mask: 0b1111110, open: 510, close: 1200 } : { mask: 0b1111111, open: 480, close: 1290 }
      const openingHours: WeeklySlot[] = []
      for (let day = 1; day <= 7; day++) if ((hours.mask >> (day - 1)) & 1) openingHours.push(slot(day, hours.open, hours.close))
      at(venuesOfCommunity, c).push(venueDrafts.length)
      venueHours.push(hours)
      venueDrafts.push({ communityId: at(communityIds, c), name: `${at(communityShort, c)}社区${kind}`, capacity: rng.int(3, 30) * 10, openingHours: f(openingHours) })
    }
  }
  const venueIds = makeIds<VenueId>('venue', venueDrafts.length)
  const venues: Venue[] = venueDrafts.map((d, i) => f({ id: at(venueIds, i), ...d }))

  // ── teams ────────────────────────────────────────────────────────────────────────────────
  const T = o.teams
  const teamIds = makeIds<TeamId>('team', T)
  const communityCum = cumulative(Array.from(communityStatus, (s) => (s === 'demonstration' ? 4 : s === 'pilot' ? 3 : 2)))
  const teamCommunity = new Int32Array(T)
  const teamStreet = new Int32Array(T)
  const teamFoundedDay = new Int32Array(T)
  const teamWeight = new Float64Array(T)
  const teamsOfStreet: number[][] = Array.from({ length: S }, () => [])
  const teamNamer = new Namer('志愿服务队', '第')
  interface TeamDraft {
    name: string
    domains: ServiceDomain[]
    leadsNeeded: number
    status: TeamStatus
    meetingTimes: readonly WeeklySlot[]
    meeting: readonly (readonly [number, number])[]
    foundedOn: string
    cultivatedByStationId: StationId | undefined
    organizationId: OrganizationId | undefined
    brandId: BrandId | undefined
    leads: number[]
    members: number[]
  }
  const teamDrafts: TeamDraft[] = []
  for (let t = 0; t < T; t++) {
    const c = rng.weighted(communityCum)
    const s = at(communityStreet, c)
    teamCommunity[t] = c
    teamStreet[t] = s
    at(teamsOfStreet, s).push(t)
    const domains = distinct(rng, SERVICE_DOMAINS, rng.int(1, 3))
    const lead = rng.pick(domains)
    const name = teamNamer.name(() => `${at(communityShort, c)}${rng.pick(TEAM_THEMES[lead])}`)
    const roll = rng.int(0, 99)
    const status: TeamStatus = roll < 12 ? 'new' : roll < 75 ? 'active' : roll < 90 ? 'struggling' : 'dormant'
    const founded = status === 'new' ? rng.int(60, 240) : rng.int(-twoYearsBack, 120)
    teamFoundedDay[t] = founded
    teamWeight[t] = rng.int(1, 10) ** 2 * (status === 'active' ? 3 : status === 'dormant' ? 1 : 2)
    const meeting = distinct(rng, [0, 1], rng.int(1, 2)).map(() => {
      const [from, to] = rng.pick(MEETING_TEMPLATES)
      return [rng.chance(70) ? rng.int(6, 7) : rng.int(1, 5), from, to] as const
    })
    meeting.sort((x, y) => x[0] - y[0] || x[1] - y[1])
    const orgs = at(orgsOfCommunity, c)
    teamDrafts.push({
      name,
      domains,
      leadsNeeded: rng.chance(12) ? 2 : 1,
      status,
      meetingTimes: f(meeting.map(([day, from, to]) => slot(day, from, to))),
      meeting: meeting.map(([, from, to]) => [from, to] as const),
      foundedOn: dateOf(year, founded),
      cultivatedByStationId: stationOfStreet(s),
      organizationId: orgs.length > 0 && rng.chance(20) ? at(organizationIds, rng.pick(orgs)) : undefined,
      brandId: undefined,
      leads: [],
      members: [],
    })
  }

  // Lead social workers: active, same street, within capacity; about 80% of teams get leads.
  // Each street keeps the list of its active workers with capacity left (swap-removed when full).
  const available: number[][] = activeWorkersOfStreet.map((list) => list.filter((w) => num(workerLeft, w) > 0))
  for (let t = 0; t < T; t++) {
    const draft = at(teamDrafts, t)
    if (!rng.chance(80)) continue
    const pool = at(available, num(teamStreet, t))
    for (let k = 0; k < draft.leadsNeeded && pool.length > 0; k++) {
      const startAt = rng.int(0, pool.length - 1)
      // at most leadsNeeded - 1 (≤ 15) candidates are already leads of this team
      for (let j = 0; j < pool.length; j++) {
        const i = (startAt + j) % pool.length
        const w = at(pool, i)
        if (draft.leads.includes(w)) continue
        workerLeft[w] = num(workerLeft, w) - 1
        draft.leads.push(w)
        if (num(workerLeft, w) === 0) {
          pool[i] = at(pool, pool.length - 1)
          pool.pop()
        }
        break
      }
    }
    draft.leads.sort((x, y) => x - y)
  }

  // Brands: carried by a few teams, in one of their domains.
  const B = T === 0 ? 0 : Math.max(1, Math.round(T / 12))
  const brandIds = makeIds<BrandId>('brand', B)
  const brandTeams = distinct(rng, Array.from({ length: T }, (_, i) => i), B)
  const brandNamer = new Namer('')
  const brands: Brand[] = brandIds.map((id, b) => {
    const t = at(brandTeams, b)
    const draft = at(teamDrafts, t)
    draft.brandId = id
    const domain = rng.pick(draft.domains)
    const name = `“${brandNamer.name(() => `${rng.pick(PLACE_A)}${rng.pick(PLACE_B)}·${rng.pick(TEAM_THEMES[domain])}`)}”`
    const established = Math.min(num(teamFoundedDay, t) + rng.int(60, 400), yearDays - 1)
    return f({ id, name, domain, establishedOn: dateOf(year, established) })
  })

  // ── volunteers and memberships ───────────────────────────────────────────────────────────
  const V = o.volunteers
  const volunteerIds = makeIds<VolunteerId>('vol', V)
  const teamCum = cumulative(teamWeight)
  const volunteerTeams: (readonly number[])[] = []
  const ID_TYPES_PLAIN = ['resident-id', 'residence-permit', 'passport'] as const
  const volunteers: Volunteer[] = volunteerIds.map((id, v) => {
    let teams: readonly number[] = EMPTY
    if (T > 0) {
      const primary = rng.weighted(teamCum)
      const extra = rng.chance(25) ? (rng.chance(30) ? 2 : 1) : 0
      const list = [primary]
      for (let k = 0; k < extra; k++) {
        const local = at(teamsOfStreet, at(teamStreet, primary))
        const t = rng.chance(80) ? rng.pick(local) : rng.weighted(teamCum)
        if (!list.includes(t)) list.push(t)
      }
      teams = list
      for (const t of list) at(teamDrafts, t).members.push(v)
    }
    volunteerTeams.push(teams)

    const ageRoll = rng.int(0, 99)
    const age = ageRoll < 20 ? rng.int(16, 22) : ageRoll < 55 ? rng.int(23, 45) : ageRoll < 75 ? rng.int(46, 59) : rng.int(60, 75)
    const birthDate = dateOf(year - age, rng.int(0, 364))
    const domains = teams.length > 0 ? [...at(teamDrafts, at(teams, 0)).domains] : distinct(rng, SERVICE_DOMAINS, rng.int(1, 2))
    if (rng.chance(30)) {
      const more = rng.pick(SERVICE_DOMAINS)
      if (!domains.includes(more)) domains.push(more)
    }
    const vol: { -readonly [K in keyof Volunteer]: Volunteer[K] } = {
      id,
      name: personName(rng),
      skills: f(distinct(rng, SKILLS, rng.int(0, 2))),
      domains: f(domains),
      registeredOn: dateOf(year - rng.int(1, 6), rng.int(0, 364)),
      consentToPublish: rng.chance(70),
    }
    const idRoll = rng.int(0, 99)
    if (idRoll < 85) {
      const idType: IdType = idRoll < 80 ? ID_TYPES_PLAIN[0] : idRoll < 83 ? ID_TYPES_PLAIN[1] : ID_TYPES_PLAIN[2]
      vol.idType = idType
      if (idType === 'passport') vol.idNumber = `E${pad(rng.int(0, 99_999_999), 8)}`
      else {
        const region = idType === 'residence-permit' ? rng.pick(PERMIT_REGIONS) : rng.chance(60) ? extras.regionCode : rng.pick(OTHER_REGIONS)
        vol.idNumber = makeIdNumber({ regionCode: region, birthDate, sequence: rng.int(0, 999) })
      }
    }
    if (rng.chance(85)) vol.phone = `1${rng.int(3, 9)}${pad(rng.int(0, 999_999_999), 9)}`
    vol.birthDate = birthDate
    if (teams.length > 0) vol.communityId = at(communityIds, at(teamCommunity, at(teams, 0)))
    else if (C > 0) vol.communityId = at(communityIds, rng.int(0, C - 1))
    return f(vol)
  })

  const teams: VolunteerTeam[] = teamIds.map((id, t) => {
    const d = at(teamDrafts, t)
    const team: { -readonly [K in keyof VolunteerTeam]: VolunteerTeam[K] } = {
      id,
      name: d.name,
      streetId: at(streetIds, at(teamStreet, t)),
      communityId: at(communityIds, at(teamCommunity, t)),
      domains: f(d.domains),
      memberIds: f(d.members.map((v) => at(volunteerIds, v))),
      leadWorkerIds: f(d.leads.map((w) => at(workerIds, w))),
      leadsNeeded: d.leadsNeeded,
      status: d.status,
      meetingTimes: d.meetingTimes,
      foundedOn: d.foundedOn,
    }
    if (d.brandId !== undefined) team.brandId = d.brandId
    if (d.cultivatedByStationId !== undefined) team.cultivatedByStationId = d.cultivatedByStationId
    if (d.organizationId !== undefined) team.organizationId = d.organizationId
    return f(team)
  })

  // ── activities ───────────────────────────────────────────────────────────────────────────
  const actDay: number[] = []
  const actFrom: number[] = []
  const actTo: number[] = []
  const activitiesOfTeam: number[][] = []
  const activityDrafts: Omit<Activity, 'id'>[] = []
  for (let t = 0; t < T; t++) {
    const d = at(teamDrafts, t)
    const count =
      d.status === 'active' ? rng.int(6, 20) : d.status === 'new' ? rng.int(2, 8) : d.status === 'struggling' ? rng.int(1, 5) : rng.int(0, 2)
    const list: number[] = []
    const fromDay = Math.max(0, at(teamFoundedDay, t))
    for (let k = 0; k < count; k++) {
      const day = rng.weighted(dayCum, fromDay)
      if (day < 0) break
      const [from, to] = rng.chance(25) ? rng.pick(d.meeting) : rng.pick(MEETING_TEMPLATES)
      const domain = rng.pick(d.domains)
      const service = !rng.chance(3)
      const title = service ? rng.pick(ACTIVITY_TITLES[domain]) : rng.chance(50) ? '队伍内部培训会' : '年度工作总结会'
      const act: { -readonly [K in keyof Omit<Activity, 'id'>]: Activity[K] } = {
        name: title,
        teamId: at(teamIds, t),
        start: instant(day, from),
        end: instant(day, to),
        domain,
        isVolunteerService: service,
      }
      const vs = at(venuesOfCommunity, at(teamCommunity, t))
      if (vs.length > 0 && rng.chance(70)) {
        const venue = rng.pick(vs)
        const h = at(venueHours, venue)
        if ((h.mask >> (at(days.weekday, day) - 1)) & 1 && from >= h.open && to <= h.close) act.venueId = at(venueIds, venue)
      }
      if (d.leads.length > 0 && rng.chance(60)) act.leadWorkerId = at(workerIds, rng.pick(d.leads))
      else {
        const pool = at(activeWorkersOfStreet, at(teamStreet, t))
        if (pool.length > 0 && rng.chance(10)) act.leadWorkerId = at(workerIds, rng.pick(pool))
      }
      if (rng.chance(50)) act.serviceContent = `${title}（${SERVICE_DOMAIN_LABELS[domain]['zh-CN']}）`
      list.push(activityDrafts.length)
      actDay.push(day)
      actFrom.push(from)
      actTo.push(to)
      activityDrafts.push(act)
    }
    activitiesOfTeam.push(list)
  }
  const activityIds = makeIds<ActivityId>('act', activityDrafts.length)
  const activities: Activity[] = activityDrafts.map((d, i) => f({ id: at(activityIds, i), ...d }))

  // ── service records ──────────────────────────────────────────────────────────────────────
  const R = Math.round(V * o.recordsPerVolunteer)
  const perVolunteer = new Int32Array(V)
  {
    const w = new Float64Array(V)
    let total = 0
    for (let v = 0; v < V; v++) {
      const x = -Math.log(1 - rng.float()) // exponential: a few very active volunteers
      w[v] = x
      total += x
    }
    let acc = 0
    let given = 0
    for (let v = 0; v < V; v++) {
      acc += num(w, v)
      const upTo = v === V - 1 ? R : Math.min(R, Math.floor((R * acc) / total))
      perVolunteer[v] = upTo - given
      given = upTo
    }
  }
  const recordIds = makeIds<RecordId>('rec', R)
  const records: ServiceRecord[] = new Array<ServiceRecord>(R)
  const lastDayIndex = days.date.length - 1
  // Per-volunteer scratch: sessions are drawn first, then emitted in chronological order.
  let cap = 16
  let sDay = new Int32Array(cap)
  let sFrom = new Int32Array(cap)
  let sTo = new Int32Array(cap) // minutes after the start day's midnight; ≥ 1440 crosses midnight
  let sTeam = new Int32Array(cap)
  let sAct = new Int32Array(cap)
  let order = new Int32Array(cap)
  const actSeenBy = new Int32Array(actDay.length) // 1 + the last volunteer who attended each activity
  let r = 0
  for (let v = 0; v < V; v++) {
    const n = num(perVolunteer, v)
    if (n === 0) continue
    if (n > cap) {
      while (cap < n) cap *= 2
      sDay = new Int32Array(cap)
      sFrom = new Int32Array(cap)
      sTo = new Int32Array(cap)
      sTeam = new Int32Array(cap)
      sAct = new Int32Array(cap)
      order = new Int32Array(cap)
    }
    const vteams = idAt(volunteerTeams, v)
    for (let k = 0; k < n; k++) {
      if (k > 0 && num(sTo, k - 1) + 30 < DAY_MINUTES && rng.chance(1)) {
        // a duplicate entry shifted by half an hour: an overlap the hours engine must catch
        sDay[k] = num(sDay, k - 1)
        sFrom[k] = num(sFrom, k - 1) + 30
        sTo[k] = num(sTo, k - 1) + 30
        sTeam[k] = num(sTeam, k - 1)
        sAct[k] = num(sAct, k - 1)
        continue
      }
      let team = -1
      let act = -1
      let day: number
      let from: number
      let to: number
      if (vteams.length > 0) team = rng.chance(65) ? num(vteams, 0) : num(vteams, rng.int(0, vteams.length - 1))
      const acts = team >= 0 ? idAt(activitiesOfTeam, team) : EMPTY
      // A volunteer attends a given activity at most once: a second draw of the same activity
      // becomes an independent session instead (the only planned overlaps are the shifted duplicates).
      let pickedAct = -1
      if (acts.length > 0 && rng.chance(55)) {
        pickedAct = rng.pick(acts)
        if (num(actSeenBy, pickedAct) === v + 1) pickedAct = -1
        else actSeenBy[pickedAct] = v + 1
      }
      if (pickedAct >= 0) {
        act = pickedAct
        day = num(actDay, act)
        from = num(actFrom, act)
        to = num(actTo, act)
        if (rng.chance(30)) {
          from += rng.int(0, 2) * 5
          to -= rng.int(0, 2) * 5
        }
      } else {
        day = rng.weighted(dayCum, team >= 0 ? Math.max(0, num(teamFoundedDay, team)) : 0)
        if (day < 0) day = Math.max(0, rng.weighted(dayCum))
        if (rng.chance(1.5) && num(days.stable, day + 1) === 1) {
          from = rng.int(80, 92) * 15 // 20:00–23:00
          to = from + rng.int(4, 12) * 30 // 2–6 h: past midnight
        } else {
          const slotRoll = rng.int(0, 99)
          from = slotRoll < 45 ? 480 + 30 * rng.int(0, 4) : slotRoll < 80 ? 780 + 30 * rng.int(0, 5) : 1080 + 30 * rng.int(0, 3)
          to = from + 30 * rng.int(2, 8)
        }
      }
      sDay[k] = day
      sFrom[k] = from
      sTo[k] = to
      sTeam[k] = team
      sAct[k] = act
    }
    // Chronological order by (day, from), ties by draw order: insertion sort for the usual small
    // n, a numeric sort of packed keys (minute of the period × 2^23 + index) for large n.
    if (n <= 32) {
      for (let k = 0; k < n; k++) {
        const key = num(sDay, k) * DAY_MINUTES + num(sFrom, k)
        let j = k
        while (j > 0 && num(sDay, num(order, j - 1)) * DAY_MINUTES + num(sFrom, num(order, j - 1)) > key) {
          order[j] = num(order, j - 1)
          j--
        }
        order[j] = k
      }
    } else {
      const keys = new Float64Array(n)
      for (let k = 0; k < n; k++) keys[k] = (num(sDay, k) * DAY_MINUTES + num(sFrom, k)) * PACK + k
      keys.sort()
      for (let j = 0; j < n; j++) order[j] = num(keys, j) % PACK
    }
    const volunteerId = idAt(volunteerIds, v)
    for (let j = 0; j < n; j++) {
      const k = num(order, j)
      const day = num(sDay, k)
      const from = num(sFrom, k)
      const to = num(sTo, k)
      const team = num(sTeam, k)
      const act = num(sAct, k)
      const endDay = to >= DAY_MINUTES ? day + 1 : day
      const endMinute = to >= DAY_MINUTES ? to - DAY_MINUTES : to
      const id = idAt(recordIds, r)
      const start = instant(day, from)
      const end = instant(endDay, endMinute)
      const breakMinutes = to - from >= 240 && rng.chance(50) ? 30 : 0
      const travelMinutes = rng.chance(30) ? 10 * rng.int(1, 6) : 0
      const sRoll = rng.int(0, 999)
      const status: RecordStatus =
        day >= yearDays - 20
          ? sRoll < 400 ? 'pending' : sRoll < 420 ? 'rejected' : 'confirmed'
          : sRoll < 25 ? 'rejected' : sRoll < 45 ? 'void' : sRoll < 85 ? 'pending' : 'confirmed'
      let recordedAt: string | undefined
      if (!rng.chance(2)) {
        let rDay: number
        let rMinute: number
        if (rng.chance(3)) {
          rDay = endDay + rng.int(25, 60) // beyond 10 working days (办法 Art. 11)
          rMinute = rng.int(108, 216) * 5
        } else if (endMinute + 180 < DAY_MINUTES && rng.chance(60)) {
          rDay = endDay
          rMinute = endMinute + rng.int(2, 36) * 5
        } else {
          rDay = endDay + rng.int(1, 5)
          rMinute = rng.int(96, 252) * 5
        }
        while (rDay <= lastDayIndex && num(days.stable, rDay) === 0) rDay++
        if (rDay <= lastDayIndex) recordedAt = instant(rDay, rMinute)
      }
      // Fixed literal shapes (optional keys absent, never undefined) keep objects compact.
      let rec: ServiceRecord
      if (team < 0) {
        rec = recordedAt === undefined
          ? { id, volunteerId, start, end, breakMinutes, travelMinutes, status }
          : { id, volunteerId, start, end, breakMinutes, travelMinutes, status, recordedAt }
      } else {
        const teamId = idAt(teamIds, team)
        if (act < 0) {
          rec = recordedAt === undefined
            ? { id, volunteerId, teamId, start, end, breakMinutes, travelMinutes, status, recordedBy: teamId }
            : { id, volunteerId, teamId, start, end, breakMinutes, travelMinutes, status, recordedBy: teamId, recordedAt }
        } else {
          const activityId = idAt(activityIds, act)
          rec = recordedAt === undefined
            ? { id, volunteerId, teamId, activityId, start, end, breakMinutes, travelMinutes, status, recordedBy: teamId }
            : { id, volunteerId, teamId, activityId, start, end, breakMinutes, travelMinutes, status, recordedBy: teamId, recordedAt }
        }
      }
      records[r++] = f(rec)
    }
  }

  // ── projects and charity resources ──────────────────────────────────────────────────────
  const PJ = T === 0 ? 0 : Math.max(1, Math.round(T / 8))
  const projectIds = makeIds<ProjectId>('proj', PJ)
  const projectNamer = new Namer('项目')
  const projects: Project[] = projectIds.map((id) => {
    const t0 = rng.int(0, T - 1)
    const s = at(teamStreet, t0)
    const local = at(teamsOfStreet, s)
    const chosen = [t0]
    const extra = rng.int(0, 2)
    for (let k = 0; k < extra; k++) {
      const t = rng.pick(local)
      if (!chosen.includes(t)) chosen.push(t)
    }
    chosen.sort((x, y) => x - y)
    const stageRoll = rng.int(0, 99)
    const stage: ProjectStage = stageRoll < 30 ? 'incubating' : stageRoll < 65 ? 'growing' : stageRoll < 90 ? 'mature' : 'branded'
    const domain = rng.pick(at(teamDrafts, t0).domains)
    const name = projectNamer.name(() => `${at(streetNames, s).replace(/街道$/, '')}${rng.pick(TEAM_THEMES[domain])}`)
    const project: { -readonly [K in keyof Project]: Project[K] } = {
      id,
      name,
      stage,
      teamIds: f(chosen.map((t) => at(teamIds, t))),
      startedOn: dateOf(year - rng.int(0, 2), rng.int(0, 364)),
    }
    const station = stationOfStreet(s)
    if (station !== undefined) project.stationId = station
    return f(project)
  })

  const CR = Math.min(C * 2, 100_000)
  const resourceIds = makeIds<ResourceId>('res', CR)
  const charityResources: CharityResource[] = resourceIds.map((id) => {
    const kind = rng.int(0, 9)
    const donor = kind < 5 ? `${rng.pick(PLACE_A)}${rng.pick(PLACE_A)}${rng.pick(DONOR_KINDS)}` : kind < 8 ? personName(rng) : '爱心人士（匿名）'
    const amountFen = rng.int(1, 2_000) * 10_000 + (rng.chance(20) ? rng.int(1, 9_999) : 0)
    const res: { -readonly [K in keyof CharityResource]: CharityResource[K] } = {
      id,
      donor,
      amountFen,
      purpose: rng.pick(PURPOSES),
      receivedOn: dateOf(year, rng.int(0, yearDays - 1)),
    }
    if (PJ > 0 && rng.chance(30)) res.projectId = at(projectIds, rng.int(0, PJ - 1))
    else res.communityId = at(communityIds, rng.int(0, C - 1))
    return f(res)
  })

  return f({
    schemaVersion: 1,
    id: o.id as DistrictId,
    name: o.name,
    timeZone: o.timeZone,
    rules: f({ allowMultiTeamMembership: true }),
    streets: f(streets),
    communities: f(communities),
    stations: f(stations),
    agencies: f(agencies),
    organizations: f(organizations),
    socialWorkers: f(socialWorkers),
    volunteers: f(volunteers),
    teams: f(teams),
    venues: f(venues),
    activities: f(activities),
    projects: f(projects),
    brands: f(brands),
    records: f(records),
    charityResources: f(charityResources),
  })
}
