// Continuing-education core shared by continuingEducation and continuingEducationReport.
import type { Qualification } from '../../../model/labels'
import { QUALIFICATIONS } from '../../../model/labels'
import type { ContinuingEducationPolicy, ContinuingEducationStatus, TrainingEntry } from '../continuingEducationPolicy'
import { CE_POLICY_NATIONAL } from '../continuingEducationPolicy'
import { addDays, addYears, dayNumber } from './dates'
import { boolArg, compareIds, fail, intArg, localDateArg, objectArg, own, positiveIntArg, safeAdd, stringArg } from './validate'

/** Validates a continuing-education policy (undefined → national). */
export function checkCePolicy(value: unknown): ContinuingEducationPolicy {
  if (value === undefined || value === CE_POLICY_NATIONAL) return CE_POLICY_NATIONAL
  const o = objectArg(value, 'policy')
  const req = objectArg(own(o, 'requiredMinutes'), 'policy.requiredMinutes')
  const source = own(o, 'source')
  if (typeof source !== 'string' || source.length > 2000) fail('policy.source', 'expected a string')
  return Object.freeze({
    periodYears: positiveIntArg(own(o, 'periodYears'), 'policy.periodYears', 100),
    requiredMinutes: Object.freeze({
      assistant: intArg(own(req, 'assistant'), 'policy.requiredMinutes.assistant', 1_000_000),
      intermediate: intArg(own(req, 'intermediate'), 'policy.requiredMinutes.intermediate', 1_000_000),
      senior: intArg(own(req, 'senior'), 'policy.requiredMinutes.senior', 1_000_000),
    }),
    degreeMinutes: intArg(own(o, 'degreeMinutes'), 'policy.degreeMinutes', 1_000_000),
    source,
  })
}

/** A checked worker. */
export interface CheckedWorker {
  readonly id: string
  readonly qualification: Qualification
  readonly registeredOn: string | undefined
}

/** Validates the worker fields used. */
export function checkWorker(value: unknown, name: string): CheckedWorker {
  const o = objectArg(value, name)
  const q = own(o, 'qualification')
  if (typeof q !== 'string' || !(QUALIFICATIONS as readonly string[]).includes(q)) fail(`${name}.qualification`, 'expected none, assistant, intermediate or senior')
  const reg = own(o, 'registeredOn')
  return {
    id: stringArg(own(o, 'id'), `${name}.id`, 200),
    qualification: q as Qualification,
    registeredOn: reg === undefined ? undefined : localDateArg(reg, `${name}.registeredOn`),
  }
}

/** Validates an entry. */
export function checkEntry(value: unknown, name: string): TrainingEntry {
  const o = objectArg(value, name)
  const kind = own(o, 'kind')
  if (kind !== 'training' && kind !== 'course' && kind !== 'degree') fail(`${name}.kind`, 'expected training, course or degree')
  const entry: { -readonly [K in keyof TrainingEntry]: TrainingEntry[K] } = {
    id: stringArg(own(o, 'id'), `${name}.id`, 200),
    date: localDateArg(own(o, 'date'), `${name}.date`),
    kind,
  }
  const worker = own(o, 'workerId')
  if (worker !== undefined) entry.workerId = stringArg(worker, `${name}.workerId`, 200)
  const minutes = own(o, 'minutes')
  if (minutes !== undefined) entry.minutes = intArg(minutes, `${name}.minutes`, 10_000_000)
  else if (kind !== 'degree') fail(`${name}.minutes`, 'training and courses need minutes')
  entry.passed = boolArg(own(o, 'passed'), `${name}.passed`, true)
  return entry
}

/** The status of one worker from checked data. */
export function assess(
  worker: CheckedWorker,
  entries: readonly TrainingEntry[],
  asOf: string,
  policy: ContinuingEducationPolicy,
): ContinuingEducationStatus {
  const base = { workerId: worker.id, qualification: worker.qualification, policy }
  const hours = (m: number): string => String(Math.ceil(m / 6) / 10)
  const params = (required: number, missing: number, deadline: string | null): Readonly<Record<string, unknown>> =>
    Object.freeze({ workerId: worker.id, required: hours(required), missing: hours(missing), deadline: deadline ?? '' })
  const sorted = [...entries].sort((a, b) => compareIds(a.date, b.date) || compareIds(a.id, b.id))
  if (worker.qualification === 'none' || worker.registeredOn === undefined) {
    const req = worker.qualification === 'none' ? 0 : policy.requiredMinutes[worker.qualification]
    return Object.freeze({
      params: params(req, req, null),
      ...base,
      code: worker.qualification === 'none' ? 'CE_NOT_REQUIRED' : 'CE_NO_REGISTRATION',
      periodStart: worker.registeredOn ?? null,
      deadline: null,
      requiredMinutes: req,
      earnedMinutes: 0,
      missingMinutes: req,
      daysLeft: null,
      counted: Object.freeze([]),
      ignored: Object.freeze([]),
    })
  }
  const start = worker.registeredOn
  const deadline = addDays(addYears(start, policy.periodYears), -1)
  const required = policy.requiredMinutes[worker.qualification]
  const counted: { entryId: string; date: string; minutes: number }[] = []
  const ignored: { entryId: string; code: string; params: Readonly<Record<string, unknown>> }[] = []
  let earned = 0
  for (const e of sorted) {
    if (e.date < start || e.date > deadline) {
      ignored.push(Object.freeze({ entryId: e.id, code: 'CE_ENTRY_OUTSIDE_PERIOD', params: Object.freeze({ entryId: e.id, date: e.date, from: start, to: deadline }) }))
      continue
    }
    if (e.kind === 'course' && e.passed === false) {
      ignored.push(Object.freeze({ entryId: e.id, code: 'CE_ENTRY_NOT_PASSED', params: Object.freeze({ entryId: e.id }) }))
      continue
    }
    const minutes = e.kind === 'degree' ? policy.degreeMinutes : (e.minutes ?? 0)
    earned = safeAdd(earned, minutes, 'earnedMinutes')
    counted.push(Object.freeze({ entryId: e.id, date: e.date, minutes }))
  }
  ignored.sort((a, b) => compareIds(a.entryId, b.entryId))
  const missing = Math.max(0, required - earned)
  const code = missing === 0 ? 'CE_COMPLETE' : asOf > deadline ? 'CE_OVERDUE' : 'CE_IN_PROGRESS'
  return Object.freeze({
    ...base,
    code,
    params: params(required, missing, deadline),
    periodStart: start,
    deadline,
    requiredMinutes: required,
    earnedMinutes: earned,
    missingMinutes: missing,
    daysLeft: dayNumber(deadline) - dayNumber(asOf),
    counted: Object.freeze(counted),
    ignored: Object.freeze(ignored),
  })
}
