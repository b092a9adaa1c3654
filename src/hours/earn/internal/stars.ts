// Validation of star policies and the rating core shared by starLevel and starDistribution.
import { TongxinError } from '../../../errors/TongxinError'
import type { CodedMessage } from '../../../i18n/types'
import type { StarPolicy, StarQualityGate, StarTier } from '../starPolicy'
import { STAR_POLICIES, STAR_POLICY_NATIONAL } from '../starPolicy'
import { fullMonthsBetween } from './dates'
import { boolArg, deepFreeze, finiteArg, intArg, isObject, localDateArg, own, policyHeader } from './validate'

function bad(reason: string): never {
  throw new TongxinError('STAR_INVALID_POLICY', { reason })
}

// Policies already validated (the presets, and every policy this module returned): no re-check.
const checked = new WeakSet<object>(Object.values(STAR_POLICIES))

/** Validates a star policy (or returns the national default for undefined). */
export function checkStarPolicy(value: unknown): StarPolicy {
  if (value === undefined) return STAR_POLICY_NATIONAL
  if (!isObject(value)) bad('expected an object')
  if (checked.has(value)) return value as unknown as StarPolicy
  const { id, name, source } = policyHeader(value, bad)
  const tiersValue = own(value, 'tiers')
  if (!Array.isArray(tiersValue) || tiersValue.length === 0 || tiersValue.length > 100) bad('tiers must be a list of 1–100 tiers')
  const tiers: StarTier[] = []
  let previous = -1
  ;(tiersValue as unknown[]).forEach((t, i) => {
    if (!isObject(t)) bad(`tier ${i} must be an object`)
    const level = own(t, 'level')
    if (level !== i + 1) bad(`tier ${i} must have level ${i + 1}`)
    const minMinutes = own(t, 'minMinutes')
    if (typeof minMinutes !== 'number' || !Number.isSafeInteger(minMinutes) || minMinutes <= previous || minMinutes < 0) {
      bad(`tier ${i + 1} needs an integer minMinutes above the previous tier's`)
    }
    previous = minMinutes
    const tier: { -readonly [K in keyof StarTier]: StarTier[K] } = { level: i + 1, minMinutes }
    const months = own(t, 'minRegistrationMonths')
    if (months !== undefined) {
      if (typeof months !== 'number' || !Number.isSafeInteger(months) || months < 0 || months > 1200) {
        bad(`tier ${i + 1} minRegistrationMonths must be an integer 0–1200`)
      }
      tier.minRegistrationMonths = months
    }
    const sel = own(t, 'requiresSelection')
    if (sel !== undefined) {
      if (typeof sel !== 'boolean') bad(`tier ${i + 1} requiresSelection must be a boolean`)
      tier.requiresSelection = sel
    }
    const prev = own(t, 'requiresPreviousLevel')
    if (prev !== undefined) {
      if (typeof prev !== 'boolean') bad(`tier ${i + 1} requiresPreviousLevel must be a boolean`)
      tier.requiresPreviousLevel = prev
    }
    const by = own(t, 'awardedBy')
    if (by !== undefined) {
      if (typeof by !== 'string' || by.length > 200) bad(`tier ${i + 1} awardedBy must be a string`)
      tier.awardedBy = by
    }
    tiers.push(tier)
  })
  const policy: { -readonly [K in keyof StarPolicy]: StarPolicy[K] } = { id, name, tiers, source }
  const gate = own(value, 'qualityGate')
  if (gate !== undefined) {
    if (!isObject(gate)) bad('qualityGate must be an object')
    const minScore = own(gate, 'minScore')
    const fromLevel = own(gate, 'fromLevel')
    if (typeof minScore !== 'number' || !Number.isFinite(minScore)) bad('qualityGate.minScore must be a finite number')
    if (typeof fromLevel !== 'number' || !Number.isSafeInteger(fromLevel) || fromLevel < 1) {
      bad('qualityGate.fromLevel must be an integer ≥ 1')
    }
    const g: StarQualityGate = { minScore, fromLevel }
    policy.qualityGate = g
  }
  const frozen = deepFreeze(policy)
  checked.add(frozen)
  return frozen
}

/** What the rating of one volunteer is based on, after validation. */
export interface CheckedStarFacts {
  readonly minutes: number
  readonly months: number | undefined
  readonly qualityScore: number | undefined
  readonly selected: boolean
  readonly heldLevel: number
}

/** Validates the first argument of starLevel: minutes, or an object with creditedMinutes and facts. */
export function checkStarFacts(value: unknown, name: string, asOfFallback?: string): CheckedStarFacts {
  if (typeof value === 'number') {
    return { minutes: intArg(value, name), months: undefined, qualityScore: undefined, selected: false, heldLevel: 0 }
  }
  if (!isObject(value)) throw new TongxinError('HOURS_EARN_INVALID_ARGUMENT', { name, reason: 'expected minutes or an object with creditedMinutes (or minutes)' })
  // A ledger volunteer has creditedMinutes; a summary line (summarizeHours) has minutes.
  const credited = own(value, 'creditedMinutes')
  const minutes = credited === undefined ? intArg(own(value, 'minutes'), `${name}.minutes`) : intArg(credited, `${name}.creditedMinutes`)
  let months: number | undefined
  const rm = own(value, 'registrationMonths')
  if (rm !== undefined) months = intArg(rm, `${name}.registrationMonths`)
  else {
    const reg = own(value, 'registeredOn')
    const asOfValue = own(value, 'asOf') ?? asOfFallback
    if (reg !== undefined && asOfValue !== undefined) {
      months = fullMonthsBetween(localDateArg(reg, `${name}.registeredOn`), localDateArg(asOfValue, `${name}.asOf`))
    }
  }
  const q = own(value, 'qualityScore')
  const qualityScore = q === undefined ? undefined : finiteArg(q, `${name}.qualityScore`)
  const selected = boolArg(own(value, 'selected'), `${name}.selected`, false)
  const held = own(value, 'heldLevel')
  const heldLevel = held === undefined ? 0 : intArg(held, `${name}.heldLevel`, 1000)
  return { minutes, months, qualityScore, selected, heldLevel }
}

/** The reasons a tier is not awarded although its hours are reached. */
function gates(tier: StarTier, policy: StarPolicy, f: CheckedStarFacts): CodedMessage[] {
  const reasons: CodedMessage[] = []
  const required = tier.minRegistrationMonths ?? 0
  if (required > 0) {
    if (f.months === undefined) reasons.push({ code: 'STAR_REGISTRATION_UNKNOWN', params: { level: tier.level, required } })
    else if (f.months < required) reasons.push({ code: 'STAR_REGISTRATION_TOO_SHORT', params: { level: tier.level, required, months: f.months } })
  }
  const gate = policy.qualityGate
  if (gate !== undefined && tier.level >= gate.fromLevel) {
    if (f.qualityScore === undefined) reasons.push({ code: 'STAR_QUALITY_NOT_ASSESSED', params: { level: tier.level } })
    else if (f.qualityScore < gate.minScore) {
      reasons.push({ code: 'STAR_QUALITY_BELOW_GATE', params: { level: tier.level, minimum: gate.minScore, score: f.qualityScore } })
    }
  }
  if (tier.requiresPreviousLevel === true && f.heldLevel < tier.level - 1) {
    reasons.push({ code: 'STAR_PREVIOUS_LEVEL_REQUIRED', params: { level: tier.level, previous: tier.level - 1 } })
  }
  if (tier.requiresSelection === true && !f.selected) reasons.push({ code: 'STAR_SELECTION_REQUIRED', params: { level: tier.level } })
  return reasons
}

/** The rating core: level by hours, then each tier's gates in order. */
export function rate(policy: StarPolicy, f: CheckedStarFacts): {
  level: number
  hoursLevel: number
  blockedBy: readonly CodedMessage[]
} {
  let level = 0
  let hoursLevel = 0
  let blockedBy: CodedMessage[] = []
  for (const tier of policy.tiers) {
    if (tier.minMinutes > f.minutes) break
    hoursLevel = tier.level
    if (blockedBy.length > 0) continue
    const reasons = gates(tier, policy, f)
    if (reasons.length > 0) blockedBy = reasons
    else level = tier.level
  }
  return { level, hoursLevel, blockedBy }
}
