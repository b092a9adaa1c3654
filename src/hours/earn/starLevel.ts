import type { CodedMessage } from '../../i18n/types'
import { checkStarFacts, checkStarPolicy, rate } from './internal/stars'
import type { StarPolicy } from './starPolicy'

/**
 * What a star rating rests on: credited minutes (`creditedMinutes`, or `minutes`) and optional
 * facts. A ledger volunteer (`creditedMinutes`) and a summary line (`minutes`) are accepted as they are.
 * @example
 * const facts: StarFacts = { creditedMinutes: 40_000, registeredOn: '2024-01-10', asOf: '2025-06-30', qualityScore: 92 }
 */
export interface StarFacts {
  /** Cumulative credited minutes (a ledger volunteer's field). */
  readonly creditedMinutes?: number
  /** Cumulative credited minutes (a summary line's field), used when `creditedMinutes` is absent. */
  readonly minutes?: number
  /** 志愿者编号, used by `starDistribution` to find a registration date. */
  readonly volunteerId?: string
  /** The id of a summary line (= 志愿者编号), used when `volunteerId` is absent. */
  readonly id?: string
  /** Registration date (注册日期), for tiers that need a minimum registration period. */
  readonly registeredOn?: string
  /** The date the rating is made on (with `registeredOn`); passed in, never read from a clock. */
  readonly asOf?: string
  /** Whole months of registration, when known directly (takes precedence over the dates). */
  readonly registrationMonths?: number
  /** The latest service-quality score (服务质量评价), for a policy with a quality gate. */
  readonly qualityScore?: number
  /** Whether the volunteer has been selected (评选) for a tier that requires selection. */
  readonly selected?: boolean
  /** The level already awarded before this rating (for tiers that need the previous one held). */
  readonly heldLevel?: number
}

/**
 * The result of a star rating; every minute figure is an integer.
 * @example
 * const r: StarResult = starLevel(40_000)
 */
export interface StarResult {
  /** The star level awarded, 0 for none. */
  readonly level: number
  /** The minutes threshold of the awarded level (0 for level 0). */
  readonly threshold: number
  /** The minutes threshold of the next tier, or null at the top of the scale. */
  readonly nextThreshold: number | null
  /** Minutes still needed for the next tier (0 when only a non-hours condition is missing), or null at the top. */
  readonly minutesToNext: number | null
  /** The credited minutes rated. */
  readonly minutes: number
  /** The level the hours alone would give. */
  readonly hoursLevel: number
  /** Why the tier above `level` is withheld although its hours are reached (codes `STAR_*`); empty otherwise. */
  readonly blockedBy: readonly CodedMessage[]
  /** Who awards the level, when the policy says so. */
  readonly awardedBy?: string
  /** The policy used. */
  readonly policy: StarPolicy
}

/**
 * 星级志愿者: the star level earned by cumulative credited minutes under a star policy.
 * A tier is awarded when its hours are reached and its other conditions hold (registration
 * months, quality gate, previous level held, selection); the first tier that fails stops the
 * climb, and the reasons are returned in `blockedBy`. The level never falls when minutes grow.
 *
 * @param minutesOrSummary - credited minutes, or {@link StarFacts} (a ledger volunteer summary works)
 * @param policy - the star policy; default {@link STAR_POLICY_NATIONAL} (100/300/600/1,000/1,500 h)
 * @returns the level, its threshold, the next threshold and the minutes still missing
 * @throws TongxinError `HOURS_EARN_INVALID_ARGUMENT` for bad minutes or facts, `STAR_INVALID_POLICY` for a bad policy
 * @see notes/domain.md §2 (star thresholds and variants); §1.2 (办法 Art. 10: 基于服务时间和服务质量)
 * @example
 * starLevel(350 * 60)
 * //=> { level: 2, threshold: 18000, nextThreshold: 36000, minutesToNext: 15000, … }
 * starLevel({ creditedMinutes: 700 * 60, registrationMonths: 8 }, STAR_POLICY_SHENZHEN_LONGGANG).level //=> 2
 */
export function starLevel(minutesOrSummary: number | StarFacts, policy?: StarPolicy): StarResult {
  const p = checkStarPolicy(policy)
  const facts = checkStarFacts(minutesOrSummary, 'minutesOrSummary')
  const { level, hoursLevel, blockedBy } = rate(p, facts)
  const current = level > 0 ? p.tiers[level - 1] : undefined
  const next = p.tiers[level]
  const result: { -readonly [K in keyof StarResult]: StarResult[K] } = {
    level,
    threshold: current?.minMinutes ?? 0,
    nextThreshold: next?.minMinutes ?? null,
    minutesToNext: next === undefined ? null : Math.max(0, next.minMinutes - facts.minutes),
    minutes: facts.minutes,
    hoursLevel,
    blockedBy: Object.freeze(blockedBy.map((b) => Object.freeze({ ...b, params: Object.freeze({ ...b.params }) }))),
    policy: p,
  }
  if (current?.awardedBy !== undefined) result.awardedBy = current.awardedBy
  return Object.freeze(result)
}
