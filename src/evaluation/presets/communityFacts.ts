import { TongxinError } from '../../errors/TongxinError'
import type { CommunityStatus } from '../../model/labels'
import { PROJECT_STAGE_LABELS } from '../../model/labels'
import { timeOfDayToMinutes } from '../../model/calendar'
import type { District } from '../../model/types'
import { guard, isFiniteNumber, isPlainObject } from '../rubric/internal/fail'
import type { SubjectData } from '../rubric/types'

/**
 * Service minutes per community, from whatever hours ledger the host keeps: credited minutes
 * and the part of them guided by a social worker (督导). A tiny contract, so evaluation does not
 * depend on the hours module's internals.
 * @example
 * const m: CommunityMinutes = { creditedMinutesByCommunity: { c01: 36_000 }, guidedMinutesByCommunity: { c01: 12_000 } }
 */
export interface CommunityMinutes {
  /** Credited volunteer-service minutes by community id. */
  readonly creditedMinutesByCommunity: Readonly<Record<string, number>>
  /** Of those, minutes of activities led by a social worker, by community id. */
  readonly guidedMinutesByCommunity?: Readonly<Record<string, number>>
}

/**
 * The facts of one community, as indicator data for the 示范社区 and 最美志愿服务社区 presets.
 * @example
 * const f: CommunityFacts = communityFacts(district)[0]
 * f.data.volunteerRate // registered volunteers ÷ residents
 */
export interface CommunityFacts {
  /** Community id. */
  readonly communityId: string
  /** Its street id. */
  readonly streetId: string
  /** Community name. */
  readonly name: string
  /** 普通 / 试点 / 示范. */
  readonly status: CommunityStatus
  /** 常住人口. */
  readonly residentPopulation: number
  /**
   * Indicator values by leaf id (`null` when undefined, e.g. a share without a denominator):
   * residentPopulation, venueCount, weeklyOpenHours, venueActivityShare, organizationCount,
   * stationCultivatedShare, volunteerCount (the community's reported `registeredVolunteers` when
   * given, else the linked volunteers in the district), linkedVolunteerCount, volunteerRate,
   * teamCount, ledTeamCount,
   * ledTeamShare, leadWorkerCount, activityCount, activitiesPer1000, guidedActivityShare,
   * activityDomainCount, activeTeamShare, projectCount, projectStageLevel, brandedTeamCount,
   * charityFenPerResident, guidanceShare, hoursPerResident.
   */
  readonly data: SubjectData
}

const STAGES = Object.keys(PROJECT_STAGE_LABELS)

const share = (num: number, den: number): number | null => (den > 0 ? num / den : null)

function minutesOf(rec: Readonly<Record<string, number>> | undefined, id: string, name: string): number | null {
  if (rec === undefined || !Object.hasOwn(rec, id)) return null
  const v = rec[id]
  if (!isFiniteNumber(v) || v < 0) throw new TongxinError('EVAL_ARGUMENT_INVALID', { name, reason: `minutes of ${id} must be a finite number ≥ 0` })
  return v
}

/**
 * Computes, for every community of a district, the indicator data the 示范社区 and 最美志愿服务社区
 * presets need: venues and their weekly opening hours, community organisations, registered
 * volunteers per resident, teams (dormant ones excluded) and how many a social worker leads,
 * activities of the community's teams (volunteer-service ones, over the period the district
 * data covers) per 1,000 residents, their social-worker-led share, categories and venues,
 * projects and their highest stage, branded teams, charity fen per resident, and — when minutes
 * are given — the guided share of service minutes and hours per resident.
 *
 * @param district - a parsed district
 * @param minutes - optional minutes per community from the host's hours ledger
 * @returns one entry per community, sorted by community id
 * @throws TongxinError `EVAL_DISTRICT_INVALID` for a malformed district, `EVAL_ARGUMENT_INVALID` for bad minutes
 * @see notes/domain.md §5.3 (最美志愿服务社区 conditions), §0 (Laoshan dimensions)
 * @example
 * const facts = communityFacts(district, { creditedMinutesByCommunity: { c01: 36_000 } })
 * scoreRubric(demonstrationCommunityRubric(), facts[0].data).total
 */
export function communityFacts(district: District, minutes?: CommunityMinutes): readonly CommunityFacts[] {
  if (minutes !== undefined) {
    if (!isPlainObject(minutes) || !isPlainObject(minutes.creditedMinutesByCommunity)) {
      throw new TongxinError('EVAL_ARGUMENT_INVALID', { name: 'minutes', reason: 'creditedMinutesByCommunity must be an object' })
    }
    if (minutes.guidedMinutesByCommunity !== undefined && !isPlainObject(minutes.guidedMinutesByCommunity)) {
      throw new TongxinError('EVAL_ARGUMENT_INVALID', { name: 'minutes', reason: 'guidedMinutesByCommunity must be an object' })
    }
  }
  return guard('EVAL_DISTRICT_INVALID', () => {
    if (!isPlainObject(district)) throw new TongxinError('EVAL_DISTRICT_INVALID', { reason: 'the district must be an object' })
    const d = district
    const byCommunity = <T extends { readonly communityId?: string | undefined }>(xs: readonly T[]): Map<string, T[]> => {
      const m = new Map<string, T[]>()
      for (const x of xs) {
        if (x.communityId === undefined) continue
        const list = m.get(x.communityId)
        if (list === undefined) m.set(x.communityId, [x])
        else list.push(x)
      }
      return m
    }
    const venues = byCommunity(d.venues)
    const orgs = byCommunity(d.organizations)
    const volunteers = byCommunity(d.volunteers)
    const teams = byCommunity(d.teams.filter((t) => t.status !== 'dormant'))
    const charity = byCommunity(d.charityResources)
    const teamCommunity = new Map<string, string>()
    for (const t of d.teams) if (t.communityId !== undefined) teamCommunity.set(t.id, t.communityId)
    const venueCommunity = new Map<string, string>(d.venues.map((v) => [v.id, v.communityId]))
    const activities = new Map<string, District['activities'][number][]>()
    for (const a of d.activities) {
      if (!a.isVolunteerService) continue
      const c = teamCommunity.get(a.teamId)
      if (c === undefined) continue
      const list = activities.get(c)
      if (list === undefined) activities.set(c, [a])
      else list.push(a)
    }
    const projects = new Map<string, Set<string>>()
    const stageLevel = new Map<string, number>()
    for (const p of d.projects) {
      const level = STAGES.indexOf(p.stage) + 1
      for (const tid of p.teamIds) {
        const c = teamCommunity.get(tid)
        if (c === undefined) continue
        let set = projects.get(c)
        if (set === undefined) projects.set(c, (set = new Set()))
        set.add(p.id)
        stageLevel.set(c, Math.max(stageLevel.get(c) ?? 0, level))
      }
    }
    const communities = [...d.communities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    return Object.freeze(
      communities.map((c): CommunityFacts => {
        const pop = c.residentPopulation
        const cv = venues.get(c.id) ?? []
        const ct = teams.get(c.id) ?? []
        const ca = activities.get(c.id) ?? []
        const led = ct.filter((t) => t.leadWorkerIds.length > 0)
        const workers = new Set<string>()
        for (const t of ct) for (const w of t.leadWorkerIds) workers.add(w)
        const activeTeams = new Set(ca.map((a) => a.teamId))
        let openMinutes = 0
        for (const v of cv) for (const s of v.openingHours) openMinutes += timeOfDayToMinutes(s.to) - timeOfDayToMinutes(s.from)
        const linkedVolunteers = (volunteers.get(c.id) ?? []).length
        // The registered count (注册志愿者) when the community reports it; else the linked ones we know.
        const volunteerCount = c.registeredVolunteers ?? linkedVolunteers
        const fen = (charity.get(c.id) ?? []).reduce((s, r) => s + r.amountFen, 0)
        const credited = minutesOf(minutes?.creditedMinutesByCommunity, c.id, 'creditedMinutesByCommunity')
        const guided = minutesOf(minutes?.guidedMinutesByCommunity, c.id, 'guidedMinutesByCommunity')
        const data: Record<string, number | null> = {
          residentPopulation: pop,
          venueCount: cv.length,
          weeklyOpenHours: openMinutes / 60,
          venueActivityShare: share(ca.filter((a) => a.venueId !== undefined && venueCommunity.get(a.venueId) === c.id).length, ca.length),
          organizationCount: (orgs.get(c.id) ?? []).length,
          stationCultivatedShare: share(ct.filter((t) => t.cultivatedByStationId !== undefined).length, ct.length),
          volunteerCount,
          linkedVolunteerCount: linkedVolunteers,
          volunteerRate: share(volunteerCount, pop),
          teamCount: ct.length,
          ledTeamCount: led.length,
          ledTeamShare: share(led.length, ct.length),
          leadWorkerCount: workers.size,
          activityCount: ca.length,
          activitiesPer1000: share(ca.length * 1000, pop),
          guidedActivityShare: share(ca.filter((a) => a.leadWorkerId !== undefined).length, ca.length),
          activityDomainCount: new Set(ca.map((a) => a.domain)).size,
          activeTeamShare: share(ct.filter((t) => activeTeams.has(t.id)).length, ct.length),
          projectCount: projects.get(c.id)?.size ?? 0,
          projectStageLevel: stageLevel.get(c.id) ?? 0,
          brandedTeamCount: ct.filter((t) => t.brandId !== undefined).length,
          charityFenPerResident: share(fen, pop),
          guidanceShare: credited === null || guided === null ? null : share(Math.min(guided, credited), credited),
          hoursPerResident: credited === null ? null : share(credited / 60, pop),
        }
        return Object.freeze({
          communityId: c.id,
          streetId: c.streetId,
          name: c.name,
          status: c.status,
          residentPopulation: pop,
          data: Object.freeze(data),
        })
      }),
    )
  })
}
