// Hostile input for every public entry point of the hoursEarn part: only TongxinError may escape.
import { fc, test } from '@fast-check/vitest'
import {
  applyTimeBankOperations,
  awardPoints,
  buildCertificate,
  checkRecordingDeadline,
  checkRecordingDeadlines,
  continuingEducation,
  continuingEducationReport,
  depositTime,
  guidanceShare,
  mondayToFriday,
  openTimeBank,
  renderCertificate,
  starDistribution,
  starLevel,
  withdrawTime,
} from '../../src/hours/earn/index'
import { onlyTongxin } from './hostile'

const hostile = fc.oneof(
  fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withObjectString: true }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 2 ** 60, -0, '', '__proto__', [], {}),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'creditedMinutes', 'id', 'end', 'minutes', 'kind', 'tiers', 'volunteer'), fc.anything()),
)
const at = '2025-03-08T12:00:00+08:00'
const bank = depositTime(openTimeBank(), { holderId: 'V1', minutes: 60, at })

const cases: [string, (a: unknown, b: unknown, c: unknown) => unknown][] = [
  ['starLevel', (a, b) => starLevel(a as never, b as never)],
  ['starDistribution', (a, b, c) => starDistribution(a as never, b as never, c as never)],
  ['buildCertificate', (a, b) => buildCertificate(a as never, b as never)],
  ['renderCertificate', (a) => renderCertificate(a as never)],
  ['awardPoints', (a, b, c) => awardPoints(a as never, b as never, c as never)],
  ['openTimeBank', (a) => openTimeBank(a as never)],
  ['depositTime', (a, b) => depositTime(a as never, b as never)],
  ['depositTime on a bank', (_a, b) => depositTime(bank, b as never)],
  ['withdrawTime', (a, b) => withdrawTime(a as never, b as never)],
  ['withdrawTime on a bank', (_a, b) => withdrawTime(bank, b as never)],
  ['applyTimeBankOperations', (a, b) => applyTimeBankOperations(a as never, b as never)],
  ['applyTimeBankOperations on a bank', (_a, b) => applyTimeBankOperations(bank, b as never)],
  ['checkRecordingDeadline', (a, b) => checkRecordingDeadline(a as never, b as never)],
  ['checkRecordingDeadlines', (a, b) => checkRecordingDeadlines(a as never, b as never)],
  ['guidanceShare', (a, b) => guidanceShare(a as never, b as never)],
  ['continuingEducation', (a, b, c) => continuingEducation(a as never, b as never, c as never)],
  ['continuingEducationReport', (a, b, c) => continuingEducationReport(a as never, b as never, c as never)],
]

for (const [name, f] of cases) {
  test.prop([hostile, hostile, hostile])(`${name}: only TongxinError escapes`, (a, b, c) => {
    onlyTongxin(() => f(a, b, c))
  })
}

// Near-valid input: hostile values in one field of a valid shape reach deeper checks.
const valid = {
  star: { creditedMinutes: 6000, registeredOn: '2024-01-01', asOf: '2025-01-01', qualityScore: 90, selected: true, heldLevel: 1 },
  cert: { volunteer: { id: 'V1', name: '张三', idType: 'resident-id', idNumber: '11010519491231002X' }, serviceMinutes: 60, serviceContent: 'x', recordingUnit: 'u' },
  points: { volunteerId: 'V1', activityId: 'A1', minutes: 60, kind: 'elderly' },
  record: { id: 'r1', end: at, recordedAt: at, activityId: 'a1' },
  op: { kind: 'deposit', holderId: 'V1', minutes: 1, at, ref: 'x' },
  worker: { id: 'W1', qualification: 'assistant', registeredOn: '2024-01-01' },
  entry: { id: 'T1', workerId: 'W1', date: '2024-06-01', kind: 'training', minutes: 60 },
  credit: { recordId: 'r1', creditedMinutes: 60, teamId: 't1', activityId: 'a1' },
} as const

function mutate<T extends object>(base: T): fc.Arbitrary<T> {
  return fc.tuple(fc.constantFrom(...Object.keys(base), '__proto__'), hostile).map(([k, v]) => {
    const copy = { ...base } as Record<string, unknown>
    Object.defineProperty(copy, k, { value: v, enumerable: true, writable: true, configurable: true })
    return copy as unknown as T
  })
}

test.prop([mutate(valid.star)])('starLevel, one field hostile', (s) => { onlyTongxin(() => starLevel(s)); })
test.prop([mutate(valid.cert), mutate({ revealIdNumber: false, hoursDecimals: 1 })])('buildCertificate, one field hostile', (c, o) => { onlyTongxin(() => renderCertificate(buildCertificate(c, o as never))); },
)
test.prop([mutate(valid.points)])('awardPoints, one field hostile', (p) => { onlyTongxin(() => awardPoints([p] as never)); })
test.prop([mutate(valid.record), mutate({ timeZone: 'Asia/Shanghai', workingDays: 10 })])('checkRecordingDeadline, one field hostile', (r, p) => { onlyTongxin(() => checkRecordingDeadlines([r] as never, { policy: p, activities: [{ id: 'a1', end: at }] })); },
)
test.prop([mutate(valid.op)])('applyTimeBankOperations, one field hostile', (o) => { onlyTongxin(() => applyTimeBankOperations(bank, [o] as never)); })
test.prop([mutate(valid.worker), mutate(valid.entry)])('continuingEducation, one field hostile', (w, e) => { onlyTongxin(() => continuingEducationReport([w] as never, [e] as never, { asOf: '2025-01-01' })); },
)
test.prop([mutate(valid.credit)])('guidanceShare, one field hostile', (c) => { onlyTongxin(() => guidanceShare([c] as never, { teams: [{ id: 't1', streetId: 's1' }], activities: [{ id: 'a1', teamId: 't1' }] })); },
)
test.prop([fc.string()])('mondayToFriday never throws on a date-like string', (s) => {
  onlyTongxin(() => mondayToFriday(s))
})
