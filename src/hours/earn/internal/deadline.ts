// The deadline engine shared by checkRecordingDeadline and checkRecordingDeadlines.
import { TongxinError } from '../../../errors/TongxinError'
import type { DeadlinePolicy, DeadlineResult } from '../deadlinePolicy'
import { DEADLINE_POLICY_NATIONAL } from '../deadlinePolicy'
import { addDays, localDateOf, startOfLocalDay } from './dates'
import { fail, instantArg, intArg, objectArg, own, stringArg, timeZoneArg } from './validate'

/** A validated policy and a per-call memo of deadlines by end date. */
export interface DeadlineEngine {
  readonly policy: DeadlinePolicy
  deadline(endDate: string): string
  lateFrom(deadlineDate: string): { readonly ms: number; readonly iso: string }
}

/** Validates a deadline policy (partial: missing fields come from the national one). */
export function deadlineEngine(policy: unknown): DeadlineEngine {
  let p: DeadlinePolicy = DEADLINE_POLICY_NATIONAL
  if (policy !== undefined && policy !== DEADLINE_POLICY_NATIONAL) {
    const o = objectArg(policy, 'policy')
    const wd = own(o, 'workingDays')
    const tz = own(o, 'timeZone')
    const cal = own(o, 'isWorkingDay')
    const src = own(o, 'source')
    if (cal !== undefined && typeof cal !== 'function') fail('policy.isWorkingDay', 'expected a function')
    if (src !== undefined && typeof src !== 'string') fail('policy.source', 'expected a string')
    p = Object.freeze({
      workingDays: wd === undefined ? 10 : intArg(wd, 'policy.workingDays', 366),
      timeZone: tz === undefined ? 'Asia/Shanghai' : timeZoneArg(tz, 'policy.timeZone'),
      isWorkingDay: cal === undefined ? DEADLINE_POLICY_NATIONAL.isWorkingDay : (cal as DeadlinePolicy['isWorkingDay']),
      source: src ?? 'host policy',
    })
  }
  const memo = new Map<string, string>()
  const lateMemo = new Map<string, { readonly ms: number; readonly iso: string }>()
  const limit = 3660
  const isWorking = (date: string): boolean => {
    let answer: unknown
    try {
      answer = p.isWorkingDay(date)
    } catch (e) {
      throw new TongxinError('DEADLINE_CALENDAR_FAILED', { reason: e instanceof Error ? e.message : 'it threw' })
    }
    if (typeof answer !== 'boolean') throw new TongxinError('DEADLINE_CALENDAR_FAILED', { reason: 'it must return a boolean' })
    return answer
  }
  return {
    policy: p,
    deadline(endDate: string): string {
      const hit = memo.get(endDate)
      if (hit !== undefined) return hit
      let day = endDate
      let counted = 0
      let steps = 0
      while (counted < p.workingDays) {
        if (steps >= limit) throw new TongxinError('DEADLINE_CALENDAR_EXHAUSTED', { days: limit, workingDays: p.workingDays })
        day = addDays(day, 1)
        steps++
        if (isWorking(day)) counted++
      }
      memo.set(endDate, day)
      return day
    },
    lateFrom(deadlineDate: string): { readonly ms: number; readonly iso: string } {
      let hit = lateMemo.get(deadlineDate)
      if (hit === undefined) {
        const ms = startOfLocalDay(addDays(deadlineDate, 1), p.timeZone)
        hit = { ms, iso: new Date(ms).toISOString() }
        lateMemo.set(deadlineDate, hit)
      }
      return hit
    },
  }
}

/** Assesses one record with a ready engine and activity index. */
export function assessDeadline(
  record: unknown,
  name: string,
  engine: DeadlineEngine,
  activityEnd: (activityId: string) => number | undefined,
): DeadlineResult {
  const r = objectArg(record, name)
  const recordId = stringArg(own(r, 'id'), `${name}.id`, 200)
  const recordEnd = instantArg(own(r, 'end'), `${name}.end`)
  const activityIdValue = own(r, 'activityId')
  if (activityIdValue !== undefined && typeof activityIdValue !== 'string') fail(`${name}.activityId`, 'expected a string')
  const fromActivity = activityIdValue === undefined ? undefined : activityEnd(activityIdValue)
  const end = fromActivity ?? recordEnd
  const recordedValue = own(r, 'recordedAt')
  const recordedAt = recordedValue === undefined ? undefined : instantArg(recordedValue, `${name}.recordedAt`)
  const tz = engine.policy.timeZone
  const deadlineDate = engine.deadline(localDateOf(end, tz))
  const lateFrom = engine.lateFrom(deadlineDate)
  const lateFromMs = lateFrom.ms
  const status = recordedAt === undefined ? 'not-assessable' : recordedAt >= lateFromMs ? 'late' : 'on-time'
  return Object.freeze({
    recordId,
    status,
    code: status === 'late' ? 'DEADLINE_LATE' : status === 'on-time' ? 'DEADLINE_ON_TIME' : 'DEADLINE_NOT_ASSESSABLE',
    params: Object.freeze({ recordId, deadline: deadlineDate, workingDays: engine.policy.workingDays }),
    endedAt: new Date(end).toISOString(),
    deadlineDate,
    lateFrom: lateFrom.iso,
    recordedAt: recordedValue === undefined ? null : (recordedValue as string),
    policy: engine.policy,
  })
}

/** An index of activity ends by id. */
export function activityEnds(activities: readonly unknown[], name: string): (id: string) => number | undefined {
  const ends = new Map<string, number>()
  activities.forEach((a, i) => {
    const o = objectArg(a, `${name}[${i}]`)
    const id = stringArg(own(o, 'id'), `${name}[${i}].id`, 200)
    const end = instantArg(own(o, 'end'), `${name}[${i}].end`)
    const prior = ends.get(id)
    if (prior !== undefined && prior !== end) fail(`${name}[${i}]`, `activity ${id} appears twice with different ends`)
    ends.set(id, end)
  })
  return (id) => ends.get(id)
}
