// Continuing-education rules for social workers (社会工作者继续教育) as data.
import type { Qualification } from '../../model/labels'

/**
 * The continuing-education policy: required minutes per registration period by qualification.
 * @see notes/domain.md §4.1 (《社会工作者继续教育办法》 民发〔2009〕123号; 《社会工作者职业水平证书登记办法》 民发〔2009〕44号)
 * @example
 * const p: ContinuingEducationPolicy = { ...CE_POLICY_NATIONAL, requiredMinutes: { ...CE_POLICY_NATIONAL.requiredMinutes, assistant: 80 * 60 } }
 */
export interface ContinuingEducationPolicy {
  /** Length of a registration period in years. Default 3. */
  readonly periodYears: number
  /** Minutes required per period by qualification; `none` requires nothing. */
  readonly requiredMinutes: Readonly<Record<Exclude<Qualification, 'none'>, number>>
  /** Minutes a social-work degree earned in the period counts for, at once. Default 90 h. */
  readonly degreeMinutes: number
  /** Where the rule comes from. */
  readonly source: string
}

/**
 * The national rule: ≥ 72 h (助理社会工作师) or ≥ 90 h (社会工作师, 高级社会工作师) per 3-year
 * registration period; a social-work degree earned counts 90 h at once.
 * @see notes/domain.md §4.1 (民发〔2009〕123号, 🟡 three consistent secondary sources)
 * @example
 * CE_POLICY_NATIONAL.requiredMinutes.assistant / 60 //=> 72
 */
export const CE_POLICY_NATIONAL: ContinuingEducationPolicy = Object.freeze({
  periodYears: 3,
  requiredMinutes: Object.freeze({ assistant: 72 * 60, intermediate: 90 * 60, senior: 90 * 60 }),
  degreeMinutes: 90 * 60,
  source: '《社会工作者继续教育办法》 民发〔2009〕123号',
})

/**
 * One continuing-education entry (学习记录).
 * @example
 * const e: TrainingEntry = { id: 'T1', workerId: 'W1', date: '2025-05-10', kind: 'training', minutes: 16 * 60 }
 */
export interface TrainingEntry {
  /** A stable id. */
  readonly id: string
  /** The social worker (needed by `continuingEducationReport`; checked when given). */
  readonly workerId?: string
  /** The date it was completed `YYYY-MM-DD`. */
  readonly date: string
  /** `training` (actual hours), `course` (passed course hours) or `degree` (a social-work degree earned: 90 h at once). */
  readonly kind: 'training' | 'course' | 'degree'
  /** Minutes (training and courses). */
  readonly minutes?: number
  /** For a course: whether it was passed (only passed courses count). Default true. */
  readonly passed?: boolean
}

/**
 * Where one social worker stands in the current registration period.
 * @example
 * const r: ContinuingEducationStatus = continuingEducation(worker, entries, { asOf: '2025-12-31' })
 */
export interface ContinuingEducationStatus {
  /** The social worker. */
  readonly workerId: string
  /** Their qualification. */
  readonly qualification: Qualification
  /** `CE_COMPLETE`, `CE_IN_PROGRESS`, `CE_OVERDUE`, `CE_NOT_REQUIRED` or `CE_NO_REGISTRATION`. */
  readonly code: 'CE_COMPLETE' | 'CE_IN_PROGRESS' | 'CE_OVERDUE' | 'CE_NOT_REQUIRED' | 'CE_NO_REGISTRATION'
  /** Values for the code's message (`workerId`, `required` and `missing` in hours, `deadline`): `formatMessage(status)` renders it. */
  readonly params: Readonly<Record<string, unknown>>
  /** First day of the period (`registeredOn`), or null. */
  readonly periodStart: string | null
  /** Last day of the period: the date by which the missing hours are due, or null. */
  readonly deadline: string | null
  /** Minutes required in the period. */
  readonly requiredMinutes: number
  /** Minutes earned in the period. */
  readonly earnedMinutes: number
  /** Minutes still missing (0 when complete). */
  readonly missingMinutes: number
  /** Days from `asOf` to the deadline (negative when past), or null. */
  readonly daysLeft: number | null
  /** Entries that counted, with the minutes each gave, sorted by date and id. */
  readonly counted: readonly { readonly entryId: string; readonly date: string; readonly minutes: number }[]
  /** Entries that did not count, with why (`CE_ENTRY_OUTSIDE_PERIOD`, `CE_ENTRY_NOT_PASSED`), sorted by id. */
  readonly ignored: readonly { readonly entryId: string; readonly code: string; readonly params: Readonly<Record<string, unknown>> }[]
  /** The policy used. */
  readonly policy: ContinuingEducationPolicy
}
