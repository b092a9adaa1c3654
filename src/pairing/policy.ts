import type { Qualification, ServiceDomain, TeamStatus } from '../model/labels'

/**
 * A (team, social worker) pair named by domain ids, for locks, exclusions and previous plans.
 * @example
 * const x: TeamWorkerRef = { teamId: 'team-1', workerId: 'sw-3' }
 */
export interface TeamWorkerRef {
  /** 志愿服务队 id. */
  readonly teamId: string
  /** 社工 id. */
  readonly workerId: string
}

/**
 * The pairing policy (结对规则): hard rules, soft-criterion weights, objective options, locks
 * and exclusions. Plain data; every field has a default in {@link DEFAULT_PAIRING_POLICY}.
 *
 * No national or provincial rule assigns social workers to volunteer teams, and no numeric
 * ratio exists, so every default is a neutral, documented choice a district can override.
 * @see notes/domain.md §6 (no sourced pairing ratio or assignment rule) and §7.8
 * @example
 * const p: PairingPolicy = { ...DEFAULT_PAIRING_POLICY, objective: { loadPenalty: 1, keepPrevious: true } }
 */
export interface PairingPolicy {
  /** Hard rules: a pair breaking one is not a candidate (unless locked as an override). */
  readonly rules: {
    /** Only active (在岗) social workers lead teams. */
    readonly activeWorker: { /** Whether the rule applies. */ readonly enabled: boolean }
    /**
     * Same area: the worker's street equals the team's (`street`), or the worker's station is
     * the station that cultivates the team (`station`; falls back to the street when the team
     * has no cultivating station).
     * @see notes/domain.md §4.3 (one social-work station per 街道), §6 (teams operate from 社工站)
     */
    readonly sameArea: {
      /** Whether the rule applies. */ readonly enabled: boolean
      /** `street` or `station`. */ readonly scope: 'street' | 'station'
    }
    /**
     * Qualification floor for demanding teams: brand teams and teams in the listed domains need
     * a lead of at least `minimum` (default 社会工作师, i.e. `intermediate`).
     * @see notes/domain.md §4.1 (the three levels), §4.2 (社区矫正、禁毒 as practice domains)
     */
    readonly qualificationFloor: {
      /** Whether the rule applies. */ readonly enabled: boolean
      /** The lowest qualification allowed for demanding teams. */ readonly minimum: Qualification
      /** Domains that make a team demanding. */ readonly domains: readonly ServiceDomain[]
      /** Whether a team carrying a brand (服务品牌) is demanding. */ readonly brandTeams: boolean
    }
    /**
     * Availability: the worker's weekly availability must overlap the team's meeting times by
     * at least `minutesPerWeek`. Teams without meeting times pass (nothing to compare).
     */
    readonly availabilityOverlap: {
      /** Whether the rule applies. */ readonly enabled: boolean
      /** Minimum overlap, minutes per week. */ readonly minutesPerWeek: number
    }
    /**
     * Capacity: a worker leads at most `capacity` teams (their declared capacity), and never
     * more than `maxTeamsPerWorker`. Disabled, only `maxTeamsPerWorker` applies.
     */
    readonly capacity: {
      /** Whether the worker's declared capacity applies. */ readonly enabled: boolean
      /** A district-wide cap per worker. */ readonly maxTeamsPerWorker: number
    }
  }
  /** Integer weights of the soft criteria: the most points each can give. */
  readonly weights: {
    /** Service-domain overlap (share of the team's domains the worker covers). */ readonly domain: number
    /** Geographic closeness (same community > same street > same district). */ readonly geography: number
    /** Availability overlap (minutes per week, up to `scoring.availabilityFullMinutes`). */ readonly availability: number
    /** Qualification (rank / 3: none 0, 助理 1/3, 社会工作师 2/3, 高级 1). */ readonly qualification: number
    /** Continuity: the worker leads the team in the previous plan. */ readonly continuity: number
    /** The team's need: new and struggling teams first. */ readonly need: number
  }
  /** Scales of the soft criteria. */
  readonly scoring: {
    /** Overlap at which availability gives full points, minutes per week. */ readonly availabilityFullMinutes: number
    /** Percent of the geography weight for same community / same street / elsewhere. */
    readonly geographyPercent: {
      /** Same community. */ readonly community: number
      /** Same street. */ readonly street: number
      /** Elsewhere in the district. */ readonly district: number
    }
    /** Percent of the need weight by team status. */
    readonly needPercent: Readonly<Record<TeamStatus, number>>
  }
  /** Objective options (after coverage and score, which always come first). */
  readonly objective: {
    /** Fairness: the k-th team of a worker costs loadPenalty·(k−1); 0 = off. */ readonly loadPenalty: number
    /** Among optimal plans prefer the one keeping most previous pairs. */ readonly keepPrevious: boolean
  }
  /** Pairs that must hold (manager decisions); they consume capacity. */
  readonly locks: readonly TeamWorkerRef[]
  /** Pairs that must not hold (conflict of interest, 回避). */
  readonly exclusions: readonly TeamWorkerRef[]
}

/**
 * The default pairing policy. Neutral choices, since no source fixes them (notes/domain.md §6):
 * active workers only; same street; brand teams and 社区矫正 / 禁毒 teams need a 社会工作师 or
 * above; at least 60 minutes of weekly availability overlap when the team has meeting times;
 * declared capacity; weights domain 40, need 30, continuity 25, geography 20, availability 15,
 * qualification 10; fairness off; keep previous pairs among optima.
 * @see notes/domain.md §4.1, §4.2, §6, §7.8
 * @example
 * DEFAULT_PAIRING_POLICY.rules.qualificationFloor.minimum //=> 'intermediate'
 */
export const DEFAULT_PAIRING_POLICY: PairingPolicy = Object.freeze({
  rules: Object.freeze({
    activeWorker: Object.freeze({ enabled: true }),
    sameArea: Object.freeze({ enabled: true, scope: 'street' as const }),
    qualificationFloor: Object.freeze({
      enabled: true,
      minimum: 'intermediate' as const,
      domains: Object.freeze(['community-correction', 'drug-rehabilitation'] as const),
      brandTeams: true,
    }),
    availabilityOverlap: Object.freeze({ enabled: true, minutesPerWeek: 60 }),
    capacity: Object.freeze({ enabled: true, maxTeamsPerWorker: 100 }),
  }),
  weights: Object.freeze({ domain: 40, geography: 20, availability: 15, qualification: 10, continuity: 25, need: 30 }),
  scoring: Object.freeze({
    availabilityFullMinutes: 240,
    geographyPercent: Object.freeze({ community: 100, street: 50, district: 0 }),
    needPercent: Object.freeze({ new: 100, struggling: 100, active: 0, dormant: 0 }),
  }),
  objective: Object.freeze({ loadPenalty: 0, keepPrevious: true }),
  locks: Object.freeze([]),
  exclusions: Object.freeze([]),
})

/**
 * A partial policy: any field may be left out and takes its default.
 * @example
 * const p: PairingPolicyInput = { rules: { sameArea: { enabled: false } } }
 */
export interface PairingPolicyInput {
  /** Hard rules, each partially overridable. */
  readonly rules?: { readonly [K in keyof PairingPolicy['rules']]?: Partial<PairingPolicy['rules'][K]> }
  /** Weights. */
  readonly weights?: Partial<PairingPolicy['weights']>
  /** Scales. */
  readonly scoring?: {
    /** Overlap for full availability points. */ readonly availabilityFullMinutes?: number
    /** Geography percents. */ readonly geographyPercent?: Partial<PairingPolicy['scoring']['geographyPercent']>
    /** Need percents. */ readonly needPercent?: Partial<PairingPolicy['scoring']['needPercent']>
  }
  /** Objective options. */
  readonly objective?: Partial<PairingPolicy['objective']>
  /** Locks. */
  readonly locks?: readonly TeamWorkerRef[]
  /** Exclusions. */
  readonly exclusions?: readonly TeamWorkerRef[]
}
