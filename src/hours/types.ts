// Types of the hours module: the policy, the context, the ledger and the summary.
// Stable contract: src/hours/earn/** builds on these. Type-only imports, no zod.
import type { RecordStatus } from '../model/labels'
import type { Activity, VolunteerTeam } from '../model/types'

/**
 * A rounding unit in minutes (1 = no rounding: minute precision).
 * @example
 * const unit: RoundingUnit = 15
 */
export type RoundingUnit = 1 | 5 | 15 | 30 | 60

/**
 * How a rounded quantity moves to a multiple of the unit: down (`floor`), up (`ceil`), or to
 * the nearest with halves going up (`half-up`).
 * @example
 * const mode: RoundingMode = 'floor'
 */
export type RoundingMode = 'floor' | 'ceil' | 'half-up'

/**
 * What is rounded: each session (record), each volunteer's local day, or each volunteer's
 * local month (the period total that star ratings and reports use).
 * @example
 * const scope: RoundingScope = 'day'
 */
export type RoundingScope = 'session' | 'day' | 'month'

/**
 * The rounding rule. The law is silent on rounding (notes/domain.md §1.3: ❌ no national rule), so
 * the default is none (unit 1, minute precision) and any other choice is a local policy.
 * @see notes/domain.md §1.3 (rounding, minimum unit, caps: no national rule)
 * @example
 * const r: HoursRounding = { unit: 15, mode: 'floor', scope: 'session' }
 */
export interface HoursRounding {
  /** The unit in minutes; 1 means no rounding. Default 1. */
  readonly unit: RoundingUnit
  /** Down, up or half-up. Default `floor`. */
  readonly mode: RoundingMode
  /** Per session, per local day or per local month. Default `session`. */
  readonly scope: RoundingScope
}

/**
 * How overlapping sessions of one volunteer are treated: `merge` (the union is credited once —
 * a volunteer cannot serve twice at once) or `keep` (each record counts in full; this breaks the
 * no-double-counting law and exists only to reproduce legacy figures).
 * @example
 * const o: OverlapRule = 'merge'
 */
export type OverlapRule = 'merge' | 'keep'

/**
 * The crediting policy (a complete one: every field set). `creditHours` accepts a partial policy
 * and fills the rest from {@link DEFAULT_HOURS_POLICY}; the ledger echoes the complete policy.
 * @see notes/domain.md §1.3 (办法 Art. 7: service time actually given, in hours)
 * @example
 * const p: HoursPolicy = { ...DEFAULT_HOURS_POLICY, dailyCapMinutes: 480 }
 */
export interface HoursPolicy {
  /** IANA time zone of days and months. Default `Asia/Shanghai`. */
  readonly timeZone: string
  /** Statuses that count. Default `['confirmed']` (a pending record has not been confirmed by the recording unit, 办法 Art. 26). */
  readonly countedStatuses: readonly RecordStatus[]
  /** Subtract `breakMinutes` from a session. Default true (办法 Art. 7: time actually given). */
  readonly subtractBreaks: boolean
  /** Exclude `travelMinutes` (往返交通时间). Default true: explicit in the 2012 rules, the 2020 办法 is silent (notes/domain.md §1.3). */
  readonly excludeTravel: boolean
  /** Overlapping sessions of one volunteer. Default `merge`. */
  readonly overlap: OverlapRule
  /** At most this many minutes per session, or null for no cap. Default null (no national rule; 海林 uses 120). */
  readonly sessionCapMinutes: number | null
  /** At most this many minutes per volunteer per local day, or null for no cap. Default null. */
  readonly dailyCapMinutes: number | null
  /** A session that nets fewer minutes earns nothing. Default 0 (none). */
  readonly minimumSessionMinutes: number
  /** Rounding. Default none (unit 1). */
  readonly rounding: HoursRounding
  /** A record longer than this (end − start, in minutes) is rejected as implausible. Default 1440 (24 h). At most 44,640 (31 days). */
  readonly maxSessionMinutes: number
}

/**
 * A partial policy as callers write it: any field may be left out (defaults fill it), and
 * `rounding` may be partial too.
 * @example
 * const p: HoursPolicyInput = { timeZone: 'Europe/Berlin', rounding: { unit: 15 } }
 */
export type HoursPolicyInput = Partial<Omit<HoursPolicy, 'rounding'>> & {
  /** Rounding, partially. */
  readonly rounding?: Partial<HoursRounding>
}

/**
 * What the crediting pipeline may know besides the records: the current instant (for the
 * "record in the future" rule), the activities (for the 办法 Art. 19 rule and a record's team when
 * the record names only its activity) and the teams (for community and street totals).
 * Everything is optional; a rule whose data is missing is simply not applied.
 * @example
 * const ctx: HoursContext = { now: '2025-12-31T23:59:59+08:00', activities: district.activities, teams: district.teams }
 */
export interface HoursContext {
  /** The current instant, ISO 8601 with offset or epoch milliseconds. Without it, records are never "in the future". */
  readonly now?: string | number | undefined
  /** Activities by id: `isVolunteerService: false` rejects their records (办法 Art. 19); `teamId` gives a record without a team its team. */
  readonly activities?: readonly Pick<Activity, 'id' | 'teamId' | 'isVolunteerService'>[] | undefined
  /** Teams by id: `streetId` and `communityId` place team minutes in street and community totals. */
  readonly teams?: readonly Pick<VolunteerTeam, 'id' | 'streetId' | 'communityId'>[] | undefined
}

/**
 * The minutes each step removed. Every field is ≥ 0, except `rounding`, which is negative when
 * rounding added minutes (`ceil`, `half-up`). Conservation: raw = credited + the sum of these.
 * @example
 * const a: HoursAdjustments = { overlap: 30, breaks: 15, travel: 0, sessionCap: 0, dailyCap: 0, minimumSession: 0, rounding: 5 }
 */
export interface HoursAdjustments {
  /** Minutes already covered by another session of the same volunteer (merged overlap). */
  readonly overlap: number
  /** Break minutes subtracted. */
  readonly breaks: number
  /** Travel minutes excluded. */
  readonly travel: number
  /** Minutes above the session cap. */
  readonly sessionCap: number
  /** Minutes above the daily cap. */
  readonly dailyCap: number
  /** Minutes of sessions shorter than the minimum session. */
  readonly minimumSession: number
  /** Minutes removed by rounding (negative when rounding added minutes). */
  readonly rounding: number
}

/**
 * Why a record earned nothing. The first group rejects a record before crediting (it is not in
 * `ledger.credits`); the second names the step that took an accepted record's last minute.
 * @example
 * const c: HoursRejectionCode = 'HOURS_STATUS_NOT_COUNTED'
 */
export type HoursRejectionCode =
  | 'HOURS_DUPLICATE'
  | 'HOURS_CONFLICTING_DUPLICATE'
  | 'HOURS_STATUS_NOT_COUNTED'
  | 'HOURS_END_NOT_AFTER_START'
  | 'HOURS_LESS_THAN_A_MINUTE'
  | 'HOURS_TOO_LONG'
  | 'HOURS_IN_FUTURE'
  | 'HOURS_NOT_VOLUNTEER_SERVICE'
  | 'HOURS_FULLY_OVERLAPPED'
  | 'HOURS_NOTHING_AFTER_DEDUCTIONS'
  | 'HOURS_BELOW_MINIMUM_SESSION'
  | 'HOURS_CAPPED_TO_ZERO'
  | 'HOURS_ROUNDED_TO_ZERO'

/**
 * A record that earned nothing, and why.
 * @example
 * const r: RejectedRecord = { recordId: 'r1', volunteerId: 'v1', code: 'HOURS_IN_FUTURE', stage: 'validation' }
 */
export interface RejectedRecord {
  /** The record id. */
  readonly recordId: string
  /** The record's volunteer. */
  readonly volunteerId: string
  /** Why it earned nothing. */
  readonly code: HoursRejectionCode
  /** `validation`: rejected before crediting; `crediting`: accepted, but every minute was adjusted away (see `ledger.credits`). */
  readonly stage: 'validation' | 'crediting'
}

/**
 * What one accepted record earned: its raw minutes, the minutes each step removed, and the rest.
 * @example
 * const c: RecordCredit = { recordId: 'r1', volunteerId: 'v1', teamId: 't1', rawMinutes: 120, creditedMinutes: 90, adjustments }
 */
export interface RecordCredit {
  /** The record id. */
  readonly recordId: string
  /** The record's volunteer. */
  readonly volunteerId: string
  /** The team the minutes count for (the record's, else its activity's), or null. */
  readonly teamId: string | null
  /** end − start, in whole minutes. */
  readonly rawMinutes: number
  /** Minutes credited. */
  readonly creditedMinutes: number
  /** Minutes removed per step (raw = credited + Σ adjustments). */
  readonly adjustments: HoursAdjustments
}

/**
 * One volunteer's account in the ledger.
 * @example
 * ledger.volunteers[0] //=> { volunteerId: 'v1', rawMinutes: 600, creditedMinutes: 540, byMonth: { '2025-03': 540 }, … }
 */
export interface VolunteerHours {
  /** 志愿者编号. */
  readonly volunteerId: string
  /** Minutes of accepted records, end − start. */
  readonly rawMinutes: number
  /** Minutes credited. */
  readonly creditedMinutes: number
  /** Minutes removed per step; raw = credited + Σ adjustments. */
  readonly adjustments: HoursAdjustments
  /** Credited minutes by local month `YYYY-MM`, keys in ascending order (the object is made on first read, then fixed). */
  readonly byMonth: Readonly<Record<string, number>>
  /** Credited minutes by local day `YYYY-MM-DD`, keys in ascending order (the object is made on first read, then fixed). */
  readonly byDay: Readonly<Record<string, number>>
  /** Number of records that earned at least one minute. */
  readonly sessions: number
  /** Start of the earliest crediting record (as written in the record), or null. */
  readonly firstAt: string | null
  /** End of the latest crediting record (as written in the record), or null. */
  readonly lastAt: string | null
}

/**
 * Credited minutes of one team, community or street.
 * @example
 * const t: HoursByUnit = { id: 't1', minutes: 5400, byMonth: { '2025-03': 5400 } }
 */
export interface HoursByUnit {
  /** The team, community or street id. */
  readonly id: string
  /** Credited minutes. */
  readonly minutes: number
  /** Credited minutes by local month. */
  readonly byMonth: Readonly<Record<string, number>>
}

/**
 * District-level totals of a ledger. Minutes of records without a known team (or team without a
 * community) are in `minutes` and `byMonth` but in no team (community, street) entry.
 * @example
 * ledger.totals.minutes //=> 123456
 */
export interface HoursTotals {
  /** Credited minutes in all. */
  readonly minutes: number
  /** Credited minutes by local month. */
  readonly byMonth: Readonly<Record<string, number>>
  /** Per team, sorted by id. */
  readonly byTeam: readonly HoursByUnit[]
  /** Per community (through the team's `communityId`), sorted by id. */
  readonly byCommunity: readonly HoursByUnit[]
  /** Per street (through the team's `streetId`), sorted by id. */
  readonly byStreet: readonly HoursByUnit[]
  /** Volunteers with at least one credited minute. */
  readonly volunteers: number
  /** Records that earned at least one minute. */
  readonly creditedRecords: number
  /** Records in the input. */
  readonly inputRecords: number
}

/**
 * The result of `creditHours`: frozen, sorted, identical for any input order.
 * @example
 * const ledger: HoursLedger = creditHours(records)
 */
export interface HoursLedger {
  /** Per volunteer, sorted by volunteerId. */
  readonly volunteers: readonly VolunteerHours[]
  /** Every record that earned nothing, sorted by recordId then code (made on first read, then fixed). */
  readonly rejected: readonly RejectedRecord[]
  /** Every accepted record, sorted by volunteerId, then start, end and recordId (made on first read, then fixed). */
  readonly credits: readonly RecordCredit[]
  /** District totals. */
  readonly totals: HoursTotals
  /** The complete policy used. */
  readonly policy: HoursPolicy
}

/**
 * One line of a summary: credited minutes of a volunteer, team, community or street, by month.
 * @example
 * const line: HoursSummaryLine = { id: 'v1', minutes: 600, byMonth: { '2025-03': 600 } }
 */
export type HoursSummaryLine = HoursByUnit

/**
 * A compact, mergeable summary of credited hours. Summaries form a commutative monoid under
 * `combineSummaries`, with `emptySummary()` as identity.
 * @example
 * const s: HoursSummary = summarizeHours(creditHours(records))
 */
export interface HoursSummary {
  /** The time zone of the months, or null for the empty summary. */
  readonly timeZone: string | null
  /** Credited minutes in all. */
  readonly minutes: number
  /** Credited minutes by local month. */
  readonly byMonth: Readonly<Record<string, number>>
  /** Per volunteer (id = volunteerId), sorted by id. */
  readonly volunteers: readonly HoursSummaryLine[]
  /** Per team, sorted by id. */
  readonly teams: readonly HoursSummaryLine[]
  /** Per community, sorted by id. */
  readonly communities: readonly HoursSummaryLine[]
  /** Per street, sorted by id. */
  readonly streets: readonly HoursSummaryLine[]
  /** Records seen. */
  readonly inputRecords: number
  /** Records that earned at least one minute. */
  readonly creditedRecords: number
  /** Records that earned nothing, by rejection code (keys sorted). */
  readonly rejectedByCode: Readonly<Partial<Record<HoursRejectionCode, number>>>
}
