import { fail, isObject, listArg, localDateArg, objectArg, own, compareIds } from './internal/validate'
import { checkStarFacts, checkStarPolicy, rate } from './internal/stars'
import type { StarFacts } from './starLevel'
import type { StarPolicy } from './starPolicy'

/**
 * How many volunteers hold each star level.
 * @example
 * const d: StarDistribution = starDistribution([6000, 20_000, 0])
 */
export interface StarDistribution {
  /** One row per level, 0 (no star) to the top tier, with the count of volunteers. */
  readonly levels: readonly { readonly level: number; readonly count: number }[]
  /** Number of volunteers rated. */
  readonly total: number
  /** Volunteers whose hours would give a higher level than a non-hours condition allows. */
  readonly withheld: number
  /** The policy used. */
  readonly policy: StarPolicy
}

/**
 * Options of {@link starDistribution}.
 * @example
 * const o: StarDistributionOptions = { asOf: '2025-12-31', registrations: [{ volunteerId: 'V1', registeredOn: '2025-01-01' }] }
 */
export interface StarDistributionOptions {
  /** The rating date, used with registration dates; passed in, never read from a clock. */
  readonly asOf?: string
  /** Registration dates by volunteer id (e.g. the district's volunteers), for items that carry a `volunteerId` but no date. */
  readonly registrations?: Iterable<{ readonly id?: string; readonly volunteerId?: string; readonly registeredOn: string }>
}

/**
 * 星级分布: the star distribution over many volunteers — each item is rated as by `starLevel`
 * and counted per level. Items are minutes or {@link StarFacts} (ledger volunteer summaries work);
 * the counts do not depend on their order.
 *
 * @param items - minutes or facts, one per volunteer
 * @param policy - the star policy; default {@link STAR_POLICY_NATIONAL}
 * @param options - rating date and registration dates by volunteer id
 * @returns the count per level from 0 to the top tier
 * @throws TongxinError `HOURS_EARN_INVALID_ARGUMENT` for a bad item or option, `STAR_INVALID_POLICY` for a bad policy
 * @see notes/domain.md §2
 * @example
 * starDistribution([0, 6000, 20_000, 20_000]).levels
 * //=> [{ level: 0, count: 1 }, { level: 1, count: 1 }, { level: 2, count: 2 }, { level: 3, count: 0 }, …]
 */
export function starDistribution(
  items: Iterable<number | StarFacts>,
  policy?: StarPolicy,
  options: StarDistributionOptions = {},
): StarDistribution {
  const p = checkStarPolicy(policy)
  const list = listArg(items, 'items')
  const opts = objectArg(options, 'options')
  const asOfValue = own(opts, 'asOf')
  const asOf = asOfValue === undefined ? undefined : localDateArg(asOfValue, 'options.asOf')
  const registered = new Map<string, string>()
  const regs = own(opts, 'registrations')
  if (regs !== undefined) {
    listArg(regs, 'options.registrations').forEach((r, i) => {
      const o = objectArg(r, `options.registrations[${i}]`)
      const id = own(o, 'volunteerId') ?? own(o, 'id')
      if (typeof id !== 'string') fail(`options.registrations[${i}].volunteerId`, 'expected a volunteer id')
      const date = localDateArg(own(o, 'registeredOn'), `options.registrations[${i}].registeredOn`)
      const prior = registered.get(id)
      // Deterministic for repeated ids: the earliest date wins.
      if (prior === undefined || compareIds(date, prior) < 0) registered.set(id, date)
    })
  }
  const counts = new Array<number>(p.tiers.length + 1).fill(0)
  let withheld = 0
  list.forEach((item, i) => {
    let value: unknown = item
    if (isObject(item) && own(item, 'registeredOn') === undefined && own(item, 'registrationMonths') === undefined) {
      const id = own(item, 'volunteerId') ?? own(item, 'id')
      const date = typeof id === 'string' ? registered.get(id) : undefined
      if (date !== undefined) value = { ...item, registeredOn: date }
    }
    const facts = checkStarFacts(value, `items[${i}]`, asOf)
    const r = rate(p, facts)
    counts[r.level] = (counts[r.level] ?? 0) + 1
    if (r.hoursLevel > r.level) withheld++
  })
  return Object.freeze({
    levels: Object.freeze(counts.map((count, level) => Object.freeze({ level, count }))),
    total: list.length,
    withheld,
    policy: p,
  })
}
