// Star-rating policies (星级志愿者认定) as data: the national default and the local variants of
// notes/domain.md §2. Thresholds are stored in minutes.

/**
 * One tier (星级) of a star policy.
 * @example
 * const tier: StarTier = { level: 1, minMinutes: 100 * 60 }
 */
export interface StarTier {
  /** The star level, 1 for ★1; tiers are numbered 1, 2, 3, … without gaps. */
  readonly level: number
  /** Cumulative credited minutes needed (100 h = 6,000 minutes). */
  readonly minMinutes: number
  /** Minimum months since registration (深圳龙岗: 6 for ★1–2, 12 for ★3–4). */
  readonly minRegistrationMonths?: number
  /** The tier is awarded by selection (评选), not automatically (四川 ★5). */
  readonly requiresSelection?: boolean
  /** The previous tier must already be held (awarded before), not only earned (四川 ★5). */
  readonly requiresPreviousLevel?: boolean
  /** Who awards the tier (福建: 县级 / 市级 / 省级志愿者协会); informative. */
  readonly awardedBy?: string
}

/**
 * A quality gate (服务质量评价): from `fromLevel` up, a tier also needs a quality score of at least
 * `minScore` (办法 Art. 10: star ratings are "基于服务时间和服务质量等").
 * @see notes/domain.md §1.2 (办法 Art. 10), §2
 * @example
 * const gate: StarQualityGate = { minScore: 80, fromLevel: 1 }
 */
export interface StarQualityGate {
  /** The lowest accepted quality score, on the host's scale (e.g. 0–100). */
  readonly minScore: number
  /** The first level the gate applies to (1 = every tier). */
  readonly fromLevel: number
}

/**
 * A star-rating policy: tiers with their thresholds and extra conditions.
 * @example
 * const mine: StarPolicy = { ...STAR_POLICY_NATIONAL, id: 'mine', qualityGate: { minScore: 80, fromLevel: 1 } }
 */
export interface StarPolicy {
  /** A stable identifier, e.g. `national`. */
  readonly id: string
  /** The policy's name in zh-CN. */
  readonly name: string
  /** The tiers, ★1 first, with strictly increasing thresholds. */
  readonly tiers: readonly StarTier[]
  /** An optional quality gate. */
  readonly qualityGate?: StarQualityGate
  /** Where the rule comes from. */
  readonly source: string
}

const H = 60

/**
 * The de-facto national scale: ★1–★5 at 100 / 300 / 600 / 1,000 / 1,500 cumulative hours.
 * National law sets no binding thresholds; this is the 民政 practice many rules repeat.
 * @see notes/domain.md §2 (MCA 2012 draft 记录办法; 《中国社区志愿者注册管理办法》 Art. 18; 东营 2015)
 * @example
 * STAR_POLICY_NATIONAL.tiers[0].minMinutes //=> 6000
 */
export const STAR_POLICY_NATIONAL: StarPolicy = Object.freeze({
  id: 'national',
  name: '全国通行做法',
  tiers: Object.freeze([
    Object.freeze({ level: 1, minMinutes: 100 * H }),
    Object.freeze({ level: 2, minMinutes: 300 * H }),
    Object.freeze({ level: 3, minMinutes: 600 * H }),
    Object.freeze({ level: 4, minMinutes: 1000 * H }),
    Object.freeze({ level: 5, minMinutes: 1500 * H }),
  ]),
  source: 'notes/domain.md §2: MCA 2012 draft 记录办法; 中国社区志愿者注册管理办法 Art. 18',
})

/**
 * 北京 (2007 试行办法 as reported): ★1–★5 at 100 / 200 / 500 / 800 / 1,000 h.
 * @see notes/domain.md §2 (北京 variant, 🟡 secondary source)
 * @example
 * STAR_POLICY_BEIJING.tiers[4].minMinutes / 60 //=> 1000
 */
export const STAR_POLICY_BEIJING: StarPolicy = Object.freeze({
  id: 'beijing',
  name: '北京',
  tiers: Object.freeze([
    Object.freeze({ level: 1, minMinutes: 100 * H }),
    Object.freeze({ level: 2, minMinutes: 200 * H }),
    Object.freeze({ level: 3, minMinutes: 500 * H }),
    Object.freeze({ level: 4, minMinutes: 800 * H }),
    Object.freeze({ level: 5, minMinutes: 1000 * H }),
  ]),
  source: 'notes/domain.md §2: 北京 2007 试行办法 (as reported)',
})

/**
 * 深圳龙岗: ★1–★2 need registration and service for at least 6 months, ★3–★4 at least 12; the
 * scale stops at ★4. The hour thresholds are not in the source; the national ones are assumed.
 * @see notes/domain.md §2 (深圳龙岗 variant)
 * @example
 * STAR_POLICY_SHENZHEN_LONGGANG.tiers.length //=> 4
 */
export const STAR_POLICY_SHENZHEN_LONGGANG: StarPolicy = Object.freeze({
  id: 'shenzhen-longgang',
  name: '深圳龙岗',
  tiers: Object.freeze([
    Object.freeze({ level: 1, minMinutes: 100 * H, minRegistrationMonths: 6 }),
    Object.freeze({ level: 2, minMinutes: 300 * H, minRegistrationMonths: 6 }),
    Object.freeze({ level: 3, minMinutes: 600 * H, minRegistrationMonths: 12 }),
    Object.freeze({ level: 4, minMinutes: 1000 * H, minRegistrationMonths: 12 }),
  ]),
  source: 'notes/domain.md §2: 深圳龙岗 (registration months); hour thresholds assumed national',
})

/**
 * 四川: national hours, but ★5 needs 1,500 h **and** ★4 already held **and** selection (评选).
 * @see notes/domain.md §2 (四川 variant)
 * @example
 * STAR_POLICY_SICHUAN.tiers[4].requiresSelection //=> true
 */
export const STAR_POLICY_SICHUAN: StarPolicy = Object.freeze({
  id: 'sichuan',
  name: '四川',
  tiers: Object.freeze([
    Object.freeze({ level: 1, minMinutes: 100 * H }),
    Object.freeze({ level: 2, minMinutes: 300 * H }),
    Object.freeze({ level: 3, minMinutes: 600 * H }),
    Object.freeze({ level: 4, minMinutes: 1000 * H }),
    Object.freeze({ level: 5, minMinutes: 1500 * H, requiresSelection: true, requiresPreviousLevel: true }),
  ]),
  source: 'notes/domain.md §2: 四川青年志愿者星级认定 (★5 by selection)',
})

/**
 * 福建: national hours; ★1–★2 awarded by the county 志愿者协会, ★3–★4 by the city, ★5 by the province.
 * @see notes/domain.md §2 (福建 2013 记录办法)
 * @example
 * STAR_POLICY_FUJIAN.tiers[4].awardedBy //=> '省级志愿者协会'
 */
export const STAR_POLICY_FUJIAN: StarPolicy = Object.freeze({
  id: 'fujian',
  name: '福建',
  tiers: Object.freeze([
    Object.freeze({ level: 1, minMinutes: 100 * H, awardedBy: '县级志愿者协会' }),
    Object.freeze({ level: 2, minMinutes: 300 * H, awardedBy: '县级志愿者协会' }),
    Object.freeze({ level: 3, minMinutes: 600 * H, awardedBy: '市级志愿者协会' }),
    Object.freeze({ level: 4, minMinutes: 1000 * H, awardedBy: '市级志愿者协会' }),
    Object.freeze({ level: 5, minMinutes: 1500 * H, awardedBy: '省级志愿者协会' }),
  ]),
  source: 'notes/domain.md §2: 福建 2013 记录办法 (awarding level by tier)',
})

/**
 * Every named star preset, by id.
 * @example
 * STAR_POLICIES.beijing === STAR_POLICY_BEIJING //=> true
 */
export const STAR_POLICIES: Readonly<Record<'national' | 'beijing' | 'shenzhen-longgang' | 'sichuan' | 'fujian', StarPolicy>> =
  Object.freeze({
    national: STAR_POLICY_NATIONAL,
    beijing: STAR_POLICY_BEIJING,
    'shenzhen-longgang': STAR_POLICY_SHENZHEN_LONGGANG,
    sichuan: STAR_POLICY_SICHUAN,
    fujian: STAR_POLICY_FUJIAN,
  })
