// Points (积分) policies as data.

/**
 * A conversion rate: `points` points for every `perMinutes` credited minutes (integers, so
 * 1.2 points per hour is `{ points: 6, perMinutes: 300 }`).
 * @example
 * const onePerHour: PointsRate = { points: 1, perMinutes: 60 }
 */
export interface PointsRate {
  /** Points per `perMinutes` minutes (an integer 0–1,000,000). */
  readonly points: number
  /** The minutes the points are for (an integer 1–1,000,000). */
  readonly perMinutes: number
}

/**
 * How minutes become points (服务积分). The law sets no rates: the 2024 意见 only asks for 服务积分
 * and 时间储蓄, so every rate and cap here is a local choice.
 * @see notes/domain.md §1.3 (海林: ≤ 2 h per activity, 1 h = 1 积分; 苏州 DB3205/T 1001-2020: category coefficients); §2 (2024 意见 §七.3)
 * @example
 * const p: PointsPolicy = { ...POINTS_POLICY_DEFAULT, rates: { emergency: { points: 2, perMinutes: 60 } } }
 */
export interface PointsPolicy {
  /** A stable identifier. */
  readonly id: string
  /** The policy's name in zh-CN. */
  readonly name: string
  /** The rate for activities whose kind has no rate of its own. */
  readonly defaultRate: PointsRate
  /** Rates by activity kind: a service domain (`elderly`, …) or a host's activity type. */
  readonly rates: Readonly<Record<string, PointsRate>>
  /** At most this many minutes of one volunteer in one activity count, or null. */
  readonly capMinutesPerActivity: number | null
  /** At most this many points for one volunteer in one activity, or null. */
  readonly capPointsPerActivity: number | null
  /** How a fractional result becomes an integer, per activity: `floor` (default), `ceil` or `half-up`. */
  readonly rounding: 'floor' | 'ceil' | 'half-up'
  /** Where the rule comes from. */
  readonly source: string
}

/**
 * The neutral default: 1 point per full credited hour, no caps, rounded down per activity.
 * @see notes/domain.md §1.3 (no national rule; 1 h = 1 积分 is the common local practice)
 * @example
 * POINTS_POLICY_DEFAULT.defaultRate //=> { points: 1, perMinutes: 60 }
 */
export const POINTS_POLICY_DEFAULT: PointsPolicy = Object.freeze({
  id: 'default',
  name: '默认（1小时=1积分）',
  defaultRate: Object.freeze({ points: 1, perMinutes: 60 }),
  rates: Object.freeze({}),
  capMinutesPerActivity: null,
  capPointsPerActivity: null,
  rounding: 'floor',
  source: 'notes/domain.md §1.3: no national rule; neutral default 1 h = 1 point',
})

/**
 * 海林: 1 h = 1 积分, at most 2 h credited per activity.
 * @see notes/domain.md §1.3 (海林, http://m.51dongshi.net/eedfrcvreebvs.html, 🟡 local)
 * @example
 * POINTS_POLICY_HAILIN.capMinutesPerActivity //=> 120
 */
export const POINTS_POLICY_HAILIN: PointsPolicy = Object.freeze({
  id: 'hailin',
  name: '海林',
  defaultRate: Object.freeze({ points: 1, perMinutes: 60 }),
  rates: Object.freeze({}),
  capMinutesPerActivity: 120,
  capPointsPerActivity: null,
  rounding: 'floor',
  source: 'notes/domain.md §1.3: 海林 — at most 2 h per activity, 1 h = 1 积分',
})

/**
 * Every named points preset, by id.
 * @example
 * POINTS_POLICIES.hailin === POINTS_POLICY_HAILIN //=> true
 */
export const POINTS_POLICIES: Readonly<Record<'default' | 'hailin', PointsPolicy>> = Object.freeze({
  default: POINTS_POLICY_DEFAULT,
  hailin: POINTS_POLICY_HAILIN,
})
