import type { CodedMessage } from '../i18n/types'
import { QUALIFICATION_LABELS, QUALIFICATIONS, SERVICE_DOMAINS } from '../model/labels'
import type { SocialWorker, VolunteerTeam } from '../model/types'
import { blockingFromChosen, greedyPrepared, stablePrepared } from './baselines'
import { prepare } from './internal/prepare'
import { overlapMinutes, readTeams, readWorkers, type TeamView, type WorkerView } from './internal/entities'
import { resolvePolicy } from './internal/resolvePolicy'
import { compareIds, invalid, isRecord, own, readArray, readId } from './internal/validate'
import type { PairingPolicy, PairingPolicyInput, TeamWorkerRef } from './policy'
import {
  solvePrepared,
  type AssignmentEdge,
  type AssignmentProblem,
  type AssignmentResult,
  type ComponentStats,
  type LockConflict,
} from './solveAssignment'

/**
 * A soft criterion of the pairing score.
 * @example
 * const c: PairingCriterion = 'domain'
 */
export type PairingCriterion = 'domain' | 'geography' | 'availability' | 'qualification' | 'continuity' | 'need'

/**
 * One line of a pair's score breakdown: `points = round_half_up(weight × share)`, and the
 * points of all lines sum exactly to the pair's score.
 * @example
 * const line: ScoreLine = { criterion: 'domain', code: 'PAIRING_CRITERION_DOMAIN', raw: 0.5, weight: 40, points: 20 }
 */
export interface ScoreLine {
  /** The criterion. */
  readonly criterion: PairingCriterion
  /** Its message code (render with `formatMessage`). */
  readonly code: string
  /**
   * The raw value: domain share 0–1; geography `community` / `street` / `district`; availability
   * minutes per week; qualification level; continuity 1 or 0; need = team status.
   */
  readonly raw: number | string
  /** The weight (most points the criterion can give). */
  readonly weight: number
  /** Integer points. */
  readonly points: number
}

/**
 * A pair of the plan with its explanation.
 * @example
 * // plan.pairs[0].breakdown.reduce((s, l) => s + l.points, 0) === plan.pairs[0].score
 */
export interface PlannedPair {
  /** 志愿服务队 id. */
  readonly teamId: string
  /** 社工 id. */
  readonly workerId: string
  /** Integer score = Σ breakdown points (0 for a locked override). */
  readonly score: number
  /** Whether the pair comes from a lock. */
  readonly locked: boolean
  /** The score breakdown (empty for a locked pair that breaks a hard rule). */
  readonly breakdown: readonly ScoreLine[]
  /** Hard rules the pair breaks (only for locked overrides). */
  readonly brokenRules: readonly CodedMessage[]
}

/**
 * Why one worker of the team's area may not lead an unassigned team.
 * @example
 * const c: CandidateTrace = { workerId: 'sw-1', rules: [{ code: 'PAIRING_RULE_INACTIVE', params: { worker: 'sw-1' } }] }
 */
export interface CandidateTrace {
  /** 社工 id. */
  readonly workerId: string
  /** Every hard rule the pair breaks (at least one). */
  readonly rules: readonly CodedMessage[]
}

/**
 * A team short of leads and why.
 * @example
 * // plan.unassigned[0].reasons.map((r) => formatMessage(r))
 */
export interface UnassignedExplanation {
  /** 志愿服务队 id. */
  readonly teamId: string
  /** Lead slots not filled. */
  readonly missing: number
  /**
   * Reason codes: `PAIRING_REASON_NO_CANDIDATE`, `PAIRING_REASON_CAPACITY_TAKEN` (with the
   * points the best pair needs, from the duals), `PAIRING_REASON_LOCKED_CAPACITY`,
   * `PAIRING_REASON_SHORTAGE` (the Hall certificate of its component).
   */
  readonly reasons: readonly CodedMessage[]
  /** Workers of the team's area (all workers when the area rule is off) that break a hard rule, with every rule each breaks. */
  readonly candidates: readonly CandidateTrace[]
  /** Workers of the team's area that pass every hard rule (their capacity went elsewhere). */
  readonly eligibleCandidates: number
  /** Workers outside the team's area (not listed). */
  readonly outsideArea: number
  /** The shortage certificate: teams (ids) of the set and the workers they can use. */
  readonly shortage?: {
    /** Teams of the set. */ readonly teamIds: readonly string[]
    /** Workers with an edge into the set. */ readonly workerIds: readonly string[]
    /** Leads the set needs. */ readonly demand: number
    /** At most this many leads its workers can give. */ readonly available: number
  }
}

/**
 * A worker's load in the plan.
 * @example
 * const w: WorkerLoadSummary = { workerId: 'sw-1', capacity: 3, load: 2, spare: 1, teamIds: ['t1', 't2'] }
 */
export interface WorkerLoadSummary {
  /** 社工 id. */
  readonly workerId: string
  /** Capacity under the policy. */
  readonly capacity: number
  /** Teams led. */
  readonly load: number
  /** capacity − load. */
  readonly spare: number
  /** The teams, sorted. */
  readonly teamIds: readonly string[]
}

/**
 * A baseline's result beside the optimum.
 * @example
 * const b: BaselineSummary = { coverage: 90, totalScore: 8000 }
 */
export interface BaselineSummary {
  /** Slots filled. */
  readonly coverage: number
  /** Σ scores. */
  readonly totalScore: number
}

/**
 * The pairing plan (结对方案).
 * @example
 * // const plan = pairTeams({ socialWorkers, teams })
 * // plan.coverage / plan.demand
 */
export interface PairingPlan {
  /** Pairs sorted by team id then worker id. */
  readonly pairs: readonly PlannedPair[]
  /** Teams short of leads, sorted by id, each with reasons. */
  readonly unassigned: readonly UnassignedExplanation[]
  /** Every worker's load, sorted by id. */
  readonly workers: readonly WorkerLoadSummary[]
  /** Lead slots filled. */
  readonly coverage: number
  /** Lead slots needed (Σ leadsNeeded). */
  readonly demand: number
  /** Σ pair scores. */
  readonly totalScore: number
  /** totalScore / number of pairs (0 when none). */
  readonly averageScore: number
  /** Lock conflicts (dropped or overriding locks). */
  readonly conflicts: readonly LockConflict[]
  /** Greedy and stable baselines, and the blocking pairs of this plan. */
  readonly baselines: {
    /** Greedy by score. */ readonly greedy: BaselineSummary
    /** Hospitals/residents deferred acceptance. */ readonly stable: BaselineSummary
    /** Blocking pairs of the optimal plan (both sides rank by score). */ readonly blockingPairs: number
  }
  /** Per-component statistics of the solver. */
  readonly components: readonly ComponentStats[]
  /** The solver problem built from the domain (edges = eligible pairs with scores). */
  readonly problem: AssignmentProblem
  /** The solver result, with its optimality certificate (`verifyCertificate(plan.problem, plan.assignment)`). */
  readonly assignment: AssignmentResult
  /** The policy used. */
  readonly policy: PairingPolicy
}

/**
 * Input of {@link pairTeams}.
 * @example
 * const input: PairTeamsInput = { socialWorkers: district.socialWorkers, teams: district.teams }
 */
export interface PairTeamsInput {
  /** 社工. */
  readonly socialWorkers: readonly SocialWorker[]
  /** 志愿服务队. */
  readonly teams: readonly VolunteerTeam[]
  /** The previous plan; default: every team's current `leadWorkerIds`. */
  readonly previous?: readonly TeamWorkerRef[]
}

const CRITERION_CODE: Readonly<Record<PairingCriterion, string>> = {
  domain: 'PAIRING_CRITERION_DOMAIN',
  geography: 'PAIRING_CRITERION_GEOGRAPHY',
  availability: 'PAIRING_CRITERION_AVAILABILITY',
  qualification: 'PAIRING_CRITERION_QUALIFICATION',
  continuity: 'PAIRING_CRITERION_CONTINUITY',
  need: 'PAIRING_CRITERION_NEED',
}

/** round_half_up(weight × num / den) in integers (all non-negative). */
function share(weight: number, num: number, den: number): number {
  return den <= 0 ? 0 : Math.floor((2 * weight * num + den) / (2 * den))
}

function popcount(x: number): number {
  let n = 0
  for (let v = x; v !== 0; v &= v - 1) n++
  return n
}

/** A set of (team id, worker id) pairs without string-joining ambiguities. */
class PairSet {
  private readonly map = new Map<string, Set<string>>()
  /** Number of pairs. */
  size = 0
  constructor(refs: readonly TeamWorkerRef[]) {
    for (const r of refs) {
      let s = this.map.get(r.teamId)
      if (s === undefined) this.map.set(r.teamId, (s = new Set()))
      if (!s.has(r.workerId)) {
        s.add(r.workerId)
        this.size++
      }
    }
  }
  has(teamId: string, workerId: string): boolean {
    return this.map.get(teamId)?.has(workerId) ?? false
  }
}

interface Context {
  readonly policy: PairingPolicy
  readonly previous: PairSet
  readonly excluded: PairSet
  readonly floorDomains: number
}

function isDemanding(ctx: Context, t: TeamView): boolean {
  const q = ctx.policy.rules.qualificationFloor
  return q.enabled && ((q.brandTeams && t.brand) || (t.domains & ctx.floorDomains) !== 0)
}

function inArea(ctx: Context, t: TeamView, w: WorkerView): boolean {
  const a = ctx.policy.rules.sameArea
  if (!a.enabled) return true
  if (a.scope === 'station' && t.stationId !== undefined) return w.stationId === t.stationId
  return w.streetId === t.streetId
}

/** Every hard rule the pair breaks (empty = eligible). */
function brokenRules(ctx: Context, t: TeamView, w: WorkerView, capacity: number): CodedMessage[] {
  const r = ctx.policy.rules
  const out: CodedMessage[] = []
  const worker = w.id
  if (r.activeWorker.enabled && !w.active) out.push({ code: 'PAIRING_RULE_INACTIVE', params: { worker } })
  if (!inArea(ctx, t, w)) {
    const station = r.sameArea.scope === 'station' && t.stationId !== undefined
    out.push({ code: 'PAIRING_RULE_AREA', params: { worker, scope: station ? 'station' : 'street', scopeZh: station ? '社工站服务范围' : '街道', scopeEn: station ? 'station area' : 'street' } })
  }
  if (isDemanding(ctx, t) && w.rank < QUALIFICATIONS.indexOf(r.qualificationFloor.minimum)) {
    const min = r.qualificationFloor.minimum
    out.push({
      code: 'PAIRING_RULE_QUALIFICATION',
      params: {
        worker,
        minimum: min,
        actual: w.qualification,
        minimumZh: QUALIFICATION_LABELS[min]['zh-CN'],
        minimumEn: QUALIFICATION_LABELS[min].en,
        actualZh: QUALIFICATION_LABELS[w.qualification]['zh-CN'],
        actualEn: QUALIFICATION_LABELS[w.qualification].en,
      },
    })
  }
  if (r.availabilityOverlap.enabled && t.meetings.length > 0) {
    const minutes = overlapMinutes(w.availability, t.meetings)
    if (minutes < r.availabilityOverlap.minutesPerWeek) {
      out.push({ code: 'PAIRING_RULE_AVAILABILITY', params: { worker, minutes, required: r.availabilityOverlap.minutesPerWeek } })
    }
  }
  if (capacity <= 0) out.push({ code: 'PAIRING_RULE_CAPACITY', params: { worker } })
  if (ctx.excluded.has(t.id, w.id)) out.push({ code: 'PAIRING_RULE_EXCLUDED', params: { worker } })
  return out
}

/** Fast eligibility (no allocation), given the pair's weekly overlap in minutes. */
function eligible(ctx: Context, t: TeamView, w: WorkerView, capacity: number, floorRank: number, minutes: number): boolean {
  const r = ctx.policy.rules
  if (capacity <= 0) return false
  if (r.activeWorker.enabled && !w.active) return false
  if (!inArea(ctx, t, w)) return false
  if (w.rank < floorRank && isDemanding(ctx, t)) return false
  if (r.availabilityOverlap.enabled && t.meetings.length > 0 && minutes < r.availabilityOverlap.minutesPerWeek) return false
  return !(ctx.excluded.size > 0 && ctx.excluded.has(t.id, w.id))
}

function breakdown(ctx: Context, t: TeamView, w: WorkerView): ScoreLine[] {
  const { weights, scoring } = ctx.policy
  const shared = popcount(t.domains & w.domains)
  const geo = t.communityId !== undefined && t.communityId === w.communityId ? 'community' : t.streetId === w.streetId ? 'street' : 'district'
  const minutes = t.meetings.length > 0 ? overlapMinutes(w.availability, t.meetings) : 0
  const full = scoring.availabilityFullMinutes
  const cont = ctx.previous.has(t.id, w.id) ? 1 : 0
  const lines: [PairingCriterion, number | string, number][] = [
    ['domain', t.domainCount === 0 ? 0 : shared / t.domainCount, share(weights.domain, shared, t.domainCount)],
    ['geography', geo, share(weights.geography, scoring.geographyPercent[geo], 100)],
    ['availability', minutes, share(weights.availability, Math.min(minutes, full), full)],
    ['qualification', w.qualification, share(weights.qualification, w.rank, QUALIFICATIONS.length - 1)],
    ['continuity', cont, weights.continuity * cont],
    ['need', t.status, share(weights.need, scoring.needPercent[t.status], 100)],
  ]
  return lines.map(([criterion, raw, points]) => ({ criterion, code: CRITERION_CODE[criterion], raw, weight: weights[criterion], points }))
}

function readRefs(value: unknown, name: string): TeamWorkerRef[] {
  return readArray(value, name, true, 1_000_000).map((raw, i) => {
    if (!isRecord(raw)) invalid(`${name}[${i}]`, 'expected an object')
    return { teamId: readId(own(raw, 'teamId'), `${name}[${i}].teamId`), workerId: readId(own(raw, 'workerId'), `${name}[${i}].workerId`) }
  })
}

/**
 * Pairs social workers with volunteer teams (社工—志愿服务队结对): turns the domain into an
 * assignment problem (hard rules decide the candidates, weighted soft criteria their integer
 * scores), solves it optimally with {@link solveAssignment}, and explains the plan: a score
 * breakdown for every pair, reasons for every unassigned team (the hard rule that excluded each
 * candidate; capacity taken by pairs worth more, with the points needed from the duals; a Hall
 * shortage certificate), every worker's load, and the greedy and stable baselines.
 *
 * @param input - social workers, teams, and optionally the previous plan (default: current leads)
 * @param policy - a partial {@link PairingPolicy}; defaults in {@link DEFAULT_PAIRING_POLICY}
 * @returns the plan with its explanations, baselines and certificate
 * @throws TongxinError `PAIRING_INVALID_INPUT` for malformed input or policy, `PAIRING_DUPLICATE_ID`, `PAIRING_UNKNOWN_ID` (a lock naming an unknown team or worker), `PAIRING_OVERFLOW`
 * @see notes/domain.md §6 (no sourced pairing rule: the defaults are neutral choices)
 * @example
 * const plan = pairTeams({ socialWorkers: district.socialWorkers, teams: district.teams })
 * plan.coverage //=> slots filled
 * formatMessage(plan.unassigned[0].reasons[0]) //=> '候选社工的名额已分给得分更高的配对；…'
 */
export function pairTeams(input: PairTeamsInput, policy?: PairingPolicyInput): PairingPlan {
  const pol = resolvePolicy(policy)
  if (!isRecord(input)) invalid('input', 'expected an object')
  const workers = readWorkers(own(input, 'socialWorkers')).sort((a, b) => compareIds(a.id, b.id))
  const teams = readTeams(own(input, 'teams')).sort((a, b) => compareIds(a.id, b.id))
  const prevIn = own(input, 'previous')
  const previousRefs =
    prevIn === undefined ? teams.flatMap((t) => t.leadWorkerIds.map((workerId) => ({ teamId: t.id, workerId }))) : readRefs(prevIn, 'previous')
  const previous = new PairSet(previousRefs)
  const excluded = new PairSet(pol.exclusions)
  let floorDomains = 0
  for (const d of pol.rules.qualificationFloor.domains) floorDomains |= 1 << SERVICE_DOMAINS.indexOf(d)
  const ctx: Context = { policy: pol, previous, excluded, floorDomains }
  const floorRank = QUALIFICATIONS.indexOf(pol.rules.qualificationFloor.minimum)
  const capOf = (w: WorkerView): number => (pol.rules.capacity.enabled ? Math.min(w.capacity, pol.rules.capacity.maxTeamsPerWorker) : pol.rules.capacity.maxTeamsPerWorker)

  // Candidate pools: by street (or station) when the area rule is on, else everyone.
  const byArea = new Map<string, WorkerView[]>()
  for (const w of workers) {
    for (const key of [`s:${w.streetId}`, ...(w.stationId === undefined ? [] : [`t:${w.stationId}`])]) {
      const list = byArea.get(key)
      if (list === undefined) byArea.set(key, [w])
      else list.push(w)
    }
  }
  const poolOf = (t: TeamView): readonly WorkerView[] => {
    const a = pol.rules.sameArea
    if (!a.enabled) return workers
    if (a.scope === 'station' && t.stationId !== undefined) return byArea.get(`t:${t.stationId}`) ?? []
    return byArea.get(`s:${t.streetId}`) ?? []
  }
  const edges: AssignmentEdge[] = []
  const { weights, scoring } = pol
  const full = scoring.availabilityFullMinutes
  const geoPct = scoring.geographyPercent
  // The same formulas as `breakdown`, without allocating (a property test checks they agree).
  const scoreOf = (t: TeamView, w: WorkerView, minutes: number): number => {
    const geo = t.communityId !== undefined && t.communityId === w.communityId ? geoPct.community : t.streetId === w.streetId ? geoPct.street : geoPct.district
    return (
      share(weights.domain, popcount(t.domains & w.domains), t.domainCount) +
      share(weights.geography, geo, 100) +
      share(weights.availability, Math.min(minutes, full), full) +
      share(weights.qualification, w.rank, QUALIFICATIONS.length - 1) +
      (previous.has(t.id, w.id) ? weights.continuity : 0) +
      share(weights.need, scoring.needPercent[t.status], 100)
    )
  }
  for (const t of teams) {
    const pool = poolOf(t)
    for (const w of pool) {
      const minutes = t.meetings.length > 0 ? overlapMinutes(w.availability, t.meetings) : 0
      if (eligible(ctx, t, w, capOf(w), floorRank, minutes)) edges.push({ team: t.id, worker: w.id, score: scoreOf(t, w, minutes) })
    }
  }
  const problem: AssignmentProblem = Object.freeze({
    teams: Object.freeze(teams.map((t) => Object.freeze({ id: t.id, demand: t.leadsNeeded }))),
    workers: Object.freeze(workers.map((w) => Object.freeze({ id: w.id, capacity: capOf(w) }))),
    edges: Object.freeze(edges),
    locks: Object.freeze(pol.locks.map((l) => Object.freeze({ team: l.teamId, worker: l.workerId }))),
    exclusions: Object.freeze(pol.exclusions.map((l) => Object.freeze({ team: l.teamId, worker: l.workerId }))),
    loadPenalty: pol.objective.loadPenalty,
    previous: Object.freeze(pol.objective.keepPrevious ? previousRefs.map((r) => Object.freeze({ team: r.teamId, worker: r.workerId })) : []),
  })
  const prepared = prepare(problem)
  const { result, chosen } = solvePrepared(prepared)
  const teamById = new Map(teams.map((t) => [t.id, t]))
  const workerById = new Map(workers.map((w) => [w.id, w]))

  const pairs: PlannedPair[] = result.pairs.map((x) => {
    const t = teamById.get(x.team)
    const w = workerById.get(x.worker)
    /* c8 ignore next */
    if (t === undefined || w === undefined) return invalid('pairs', 'internal')
    const rules = x.locked ? brokenRules(ctx, t, w, capOf(w)) : []
    const lines = rules.length > 0 ? [] : breakdown(ctx, t, w)
    return Object.freeze({ teamId: x.team, workerId: x.worker, score: x.score, locked: x.locked, breakdown: Object.freeze(lines), brokenRules: Object.freeze(rules) })
  })

  // Component of each team (for the shortage certificate).
  const compOfTeam = new Map<string, number>()
  result.certificate.components.forEach((c, i) => {
    for (const id of c.teams) compOfTeam.set(id, i)
  })
  const unassigned: UnassignedExplanation[] = result.unassigned.map((u) => {
    const t = teamById.get(u.team)
    /* c8 ignore next */
    if (t === undefined) return invalid('unassigned', 'internal')
    const pool = poolOf(t)
    const candidates: CandidateTrace[] = []
    let eligibleCount = 0
    for (const w of pool) {
      const rules = brokenRules(ctx, t, w, capOf(w))
      if (rules.length === 0) eligibleCount++
      else candidates.push({ workerId: w.id, rules })
    }
    const reasons: CodedMessage[] = []
    if (eligibleCount === 0) reasons.push({ code: 'PAIRING_REASON_NO_CANDIDATE', params: { workers: candidates.length } })
    else if (u.bestAlternative !== undefined) {
      reasons.push({ code: 'PAIRING_REASON_CAPACITY_TAKEN', params: { worker: u.bestAlternative.worker, points: u.bestAlternative.pointsNeeded } })
    } else reasons.push({ code: 'PAIRING_REASON_LOCKED_CAPACITY', params: {} })
    const ci = compOfTeam.get(u.team)
    const stats = ci === undefined ? undefined : result.components[ci]
    const sh = stats?.shortage
    if (sh !== undefined) {
      reasons.push({ code: 'PAIRING_REASON_SHORTAGE', params: { teams: sh.teams.length, demand: sh.demand, available: sh.available, gap: sh.demand - sh.available } })
    }
    return Object.freeze({
      teamId: u.team,
      missing: u.missing,
      reasons: Object.freeze(reasons),
      candidates: Object.freeze(candidates),
      eligibleCandidates: eligibleCount,
      outsideArea: workers.length - pool.length,
      ...(sh === undefined ? {} : { shortage: Object.freeze({ teamIds: sh.teams, workerIds: sh.workers, demand: sh.demand, available: sh.available }) }),
    })
  })

  const teamsOfWorker = new Map<string, string[]>()
  for (const x of result.pairs) {
    const list = teamsOfWorker.get(x.worker)
    if (list === undefined) teamsOfWorker.set(x.worker, [x.team])
    else list.push(x.team)
  }
  const workerLoads = result.workers.map((w) =>
    Object.freeze({ workerId: w.worker, capacity: w.capacity, load: w.load, spare: w.spare, teamIds: Object.freeze([...(teamsOfWorker.get(w.worker) ?? [])].sort(compareIds)) }),
  )
  const greedy = greedyPrepared(prepared, false)
  const stable = stablePrepared(prepared, false)
  return Object.freeze({
    pairs: Object.freeze(pairs),
    unassigned: Object.freeze(unassigned),
    workers: Object.freeze(workerLoads),
    coverage: result.coverage,
    demand: result.demand,
    totalScore: result.totalScore,
    averageScore: result.pairs.length === 0 ? 0 : result.totalScore / result.pairs.length,
    conflicts: result.conflicts,
    baselines: Object.freeze({
      greedy: Object.freeze({ coverage: greedy.coverage, totalScore: greedy.totalScore }),
      stable: Object.freeze({ coverage: stable.coverage, totalScore: stable.totalScore }),
      blockingPairs: blockingFromChosen(prepared, chosen),
    }),
    components: result.components,
    problem,
    assignment: result,
    policy: pol,
  })
}

