import { isoWeekday } from './internal/dates'
import { localDateArg } from './internal/validate'

// The recording-deadline policy (办法 Art. 11) as data.

/**
 * A working-day calendar: whether a local date `YYYY-MM-DD` is a working day. Hosts supply one
 * with public holidays and 调休 make-up days; the default is Monday to Friday.
 * @example
 * const holidays = new Set(['2025-10-01', '2025-10-02'])
 * const cal: WorkingDayCalendar = (d) => !holidays.has(d) && mondayToFriday(d)
 */
export type WorkingDayCalendar = (date: string) => boolean

/**
 * The recording-deadline policy.
 * @see notes/domain.md §1.3 (办法 Art. 11: record within 10 working days after the activity ends)
 * @example
 * const p: DeadlinePolicy = { ...DEADLINE_POLICY_NATIONAL, isWorkingDay: myCalendar }
 */
export interface DeadlinePolicy {
  /** Working days after the day the activity ends; the record is due by the end of the last one. Default 10. */
  readonly workingDays: number
  /** IANA time zone of the calendar days. Default `Asia/Shanghai`. */
  readonly timeZone: string
  /** The working-day calendar. Default {@link mondayToFriday}. */
  readonly isWorkingDay: WorkingDayCalendar
  /** Where the rule comes from. */
  readonly source: string
}

/**
 * The default calendar: Monday to Friday are working days (no holidays known).
 * @param date - a local date `YYYY-MM-DD`
 * @returns true from Monday to Friday
 * @throws TongxinError `HOURS_EARN_INVALID_ARGUMENT` when `date` is not a real date
 * @example
 * mondayToFriday('2025-03-08') //=> false (a Saturday)
 */
export function mondayToFriday(date: string): boolean {
  const w = isoWeekday(localDateArg(date, 'date'))
  return w < 6
}

/**
 * The national rule: 志愿服务情况 must be recorded within 10 working days after the activity ends.
 * @see notes/domain.md §1.3 (《志愿服务记录与证明出具办法（试行）》 民政部令第67号 Art. 11)
 * @example
 * DEADLINE_POLICY_NATIONAL.workingDays //=> 10
 */
export const DEADLINE_POLICY_NATIONAL: DeadlinePolicy = Object.freeze({
  workingDays: 10,
  timeZone: 'Asia/Shanghai',
  isWorkingDay: mondayToFriday,
  source: '办法 (民政部令第67号) Art. 11',
})

/**
 * Whether a record was entered in time.
 * @example
 * const r: DeadlineResult = checkRecordingDeadline(record)
 */
export interface DeadlineResult {
  /** The record id. */
  readonly recordId: string
  /** `on-time`, `late`, or `not-assessable` (no `recordedAt`). */
  readonly status: 'on-time' | 'late' | 'not-assessable'
  /** `DEADLINE_ON_TIME`, `DEADLINE_LATE` or `DEADLINE_NOT_ASSESSABLE`. */
  readonly code: 'DEADLINE_ON_TIME' | 'DEADLINE_LATE' | 'DEADLINE_NOT_ASSESSABLE'
  /** Values for the code's message (`recordId`, `deadline`, `workingDays`): `formatMessage(result)` renders it. */
  readonly params: Readonly<Record<string, unknown>>
  /** The end the deadline runs from: the activity's end when the activity is known, else the record's. */
  readonly endedAt: string
  /** The last local day for entry `YYYY-MM-DD`. */
  readonly deadlineDate: string
  /** The first instant that is late (the start of the local day after `deadlineDate`), ISO 8601 UTC. */
  readonly lateFrom: string
  /** When the record was entered, as written, or null. */
  readonly recordedAt: string | null
  /** The policy used. */
  readonly policy: DeadlinePolicy
}

/**
 * The activity facts the deadline needs.
 * @example
 * const a: DeadlineActivity = { id: 'a1', end: '2025-03-07T17:00:00+08:00' }
 */
export interface DeadlineActivity {
  /** The activity id. */
  readonly id: string
  /** Its end, ISO 8601 with offset. */
  readonly end: string
}

/**
 * The record facts the deadline needs.
 * @example
 * const r: DeadlineRecord = { id: 'r1', end: '2025-03-07T17:00:00+08:00', recordedAt: '2025-03-10T09:00:00+08:00' }
 */
export interface DeadlineRecord {
  /** The record id. */
  readonly id: string
  /** The record's end, ISO 8601 with offset. */
  readonly end: string
  /** Its activity, if any. */
  readonly activityId?: string | undefined
  /** When it was entered, ISO 8601 with offset; without it, timeliness cannot be assessed. */
  readonly recordedAt?: string | undefined
}
