import { describe, expect, it } from 'vitest'
import {
  DEADLINE_POLICY_NATIONAL,
  checkRecordingDeadline,
  checkRecordingDeadlines,
  mondayToFriday,
} from '../../../src/hours/earn/index'
import { formatMessage } from '../../../src/i18n/formatMessage'

const record = { id: 'r1', end: '2025-03-07T17:00:00+08:00', recordedAt: '2025-03-21T23:59:59+08:00' }

describe('checkRecordingDeadline (办法 Art. 11)', () => {
  it('10 working days after the activity ends, Monday–Friday, Asia/Shanghai', () => {
    const r = checkRecordingDeadline(record)
    expect(r).toEqual({
      recordId: 'r1',
      status: 'on-time',
      code: 'DEADLINE_ON_TIME',
      params: { recordId: 'r1', deadline: '2025-03-21', workingDays: 10 },
      endedAt: '2025-03-07T09:00:00.000Z',
      deadlineDate: '2025-03-21',
      lateFrom: '2025-03-21T16:00:00.000Z',
      recordedAt: '2025-03-21T23:59:59+08:00',
      policy: DEADLINE_POLICY_NATIONAL,
    })
    const late = checkRecordingDeadline({ ...record, recordedAt: '2025-03-22T00:00:00+08:00' })
    expect(late).toMatchObject({ status: 'late', code: 'DEADLINE_LATE' })
    expect(formatMessage(late)).toBe('记录 r1 晚于期限 2025-03-21 录入（活动结束后 10 个工作日内，《办法》第十一条）')
  })

  it('a record without recordedAt is not assessable', () => {
    expect(checkRecordingDeadline({ id: 'r1', end: record.end })).toMatchObject({
      status: 'not-assessable',
      code: 'DEADLINE_NOT_ASSESSABLE',
      recordedAt: null,
    })
  })

  it('runs from the activity end when the activity is known', () => {
    const r = checkRecordingDeadline(
      { ...record, activityId: 'a1', recordedAt: '2025-03-25T10:00:00+08:00' },
      { activity: { id: 'a1', end: '2025-03-10T12:00:00+08:00' } },
    )
    expect(r).toMatchObject({ deadlineDate: '2025-03-24', status: 'late' })
    const other = checkRecordingDeadline({ ...record, activityId: 'a2' }, { activity: { id: 'a1', end: '2025-03-10T12:00:00+08:00' } })
    expect(other.deadlineDate).toBe('2025-03-21')
  })

  it('counts days in the policy time zone', () => {
    const late = { id: 'r', end: '2025-03-06T20:00:00Z', recordedAt: '2025-03-21T12:00:00Z' }
    expect(checkRecordingDeadline(late)).toMatchObject({ deadlineDate: '2025-03-21', status: 'on-time' })
    expect(checkRecordingDeadline(late, { policy: { timeZone: 'UTC' } })).toMatchObject({ deadlineDate: '2025-03-20', status: 'late' })
  })

  it('ends at local midnight across a DST change (Europe/Berlin)', () => {
    const r = checkRecordingDeadline({ id: 'r', end: '2025-03-17T18:00:00+01:00' }, { policy: { timeZone: 'Europe/Berlin' } })
    expect(r).toMatchObject({ deadlineDate: '2025-03-31', lateFrom: '2025-03-31T22:00:00.000Z' })
    const ny = checkRecordingDeadline({ id: 'r', end: '2025-10-20T18:00:00-04:00' }, { policy: { timeZone: 'America/New_York' } })
    expect(ny).toMatchObject({ deadlineDate: '2025-11-03', lateFrom: '2025-11-04T05:00:00.000Z' })
  })

  it('takes a host calendar (holidays and 调休 make-up days)', () => {
    const holidays = new Set(['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06', '2025-10-07', '2025-10-08'])
    const makeUp = new Set(['2025-09-28', '2025-10-11'])
    const isWorkingDay = (d: string) => makeUp.has(d) || (!holidays.has(d) && mondayToFriday(d))
    const r = checkRecordingDeadline({ id: 'r', end: '2025-09-26T17:00:00+08:00' }, { policy: { isWorkingDay } })
    // 9/28 (Sun, make-up), 9/29, 9/30, 10/9, 10/10, 10/11 (Sat, make-up), 10/13, 10/14, 10/15, 10/16
    expect(r.deadlineDate).toBe('2025-10-16')
    expect(checkRecordingDeadline({ id: 'r', end: '2025-09-26T17:00:00+08:00' }, { policy: { workingDays: 0 } }).deadlineDate).toBe('2025-09-26')
    expect(checkRecordingDeadline({ id: 'r', end: '2025-09-26T17:00:00+08:00' }, { policy: { source: 'x' } }).policy.source).toBe('x')
  })

  it('reports a broken calendar with a code', () => {
    expect(() => checkRecordingDeadline(record, { policy: { isWorkingDay: () => false } })).toThrow(
      expect.objectContaining({ code: 'DEADLINE_CALENDAR_EXHAUSTED' }) as Error,
    )
    expect(() =>
      checkRecordingDeadline(record, {
        policy: {
          isWorkingDay: () => {
            throw new Error('down')
          },
        },
      }),
    ).toThrow(expect.objectContaining({ code: 'DEADLINE_CALENDAR_FAILED', params: { reason: 'down' } }) as Error)
    expect(() =>
      checkRecordingDeadline(record, {
        policy: {
          isWorkingDay: () => {
            // eslint-disable-next-line @typescript-eslint/only-throw-error
            throw 'down'
          },
        },
      }),
    ).toThrow(expect.objectContaining({ code: 'DEADLINE_CALENDAR_FAILED' }) as Error)
    expect(() => checkRecordingDeadline(record, { policy: { isWorkingDay: (() => 1) as never } })).toThrow(
      expect.objectContaining({ code: 'DEADLINE_CALENDAR_FAILED' }) as Error,
    )
  })

  it('rejects malformed input', () => {
    for (const [r, o] of [
      [{ ...record, end: '2025-03-07' }, {}],
      [{ ...record, id: '' }, {}],
      [{ ...record, recordedAt: 'yesterday' }, {}],
      [{ ...record, activityId: 3 }, {}],
      [record, { policy: { timeZone: 'Mars/Base' } }],
      [record, { policy: { workingDays: -1 } }],
      [record, { policy: { isWorkingDay: 'weekdays' } }],
      [record, { policy: { source: 1 } }],
      [record, { activity: { id: 'a', end: 'x' } }],
      [record, 'x'],
    ] as const) {
      expect(() => checkRecordingDeadline(r as never, o as never)).toThrow(expect.objectContaining({ code: 'HOURS_EARN_INVALID_ARGUMENT' }) as Error)
    }
  })
})

describe('checkRecordingDeadlines', () => {
  it('assesses many records, sorted by id, with counts', () => {
    const report = checkRecordingDeadlines(
      [
        { id: 'r3', end: '2025-03-07T17:00:00+08:00' },
        { id: 'r2', end: '2025-03-07T17:00:00+08:00', recordedAt: '2025-04-30T09:00:00+08:00' },
        { id: 'r1', end: '2025-03-07T17:00:00+08:00', recordedAt: '2025-03-08T09:00:00+08:00', activityId: 'a1' },
      ],
      { activities: [{ id: 'a1', end: '2025-03-07T17:00:00+08:00' }] },
    )
    expect(report.results.map((r) => [r.recordId, r.status])).toEqual([
      ['r1', 'on-time'],
      ['r2', 'late'],
      ['r3', 'not-assessable'],
    ])
    expect([report.onTime, report.late, report.notAssessable]).toEqual([1, 1, 1])
    expect(report.policy).toBe(DEADLINE_POLICY_NATIONAL)
  })

  it('is order independent, also with repeated record ids', () => {
    const rs = [
      { id: 'r1', end: '2025-03-07T17:00:00+08:00', recordedAt: '2025-04-30T09:00:00+08:00' },
      { id: 'r1', end: '2025-03-07T17:00:00+08:00', recordedAt: '2025-03-08T09:00:00+08:00' },
    ]
    expect(checkRecordingDeadlines(rs)).toEqual(checkRecordingDeadlines([...rs].reverse()))
  })

  it('rejects an activity listed twice with different ends', () => {
    expect(() =>
      checkRecordingDeadlines([], {
        activities: [
          { id: 'a', end: '2025-03-07T17:00:00+08:00' },
          { id: 'a', end: '2025-03-08T17:00:00+08:00' },
        ],
      }),
    ).toThrow(expect.objectContaining({ code: 'HOURS_EARN_INVALID_ARGUMENT' }) as Error)
  })
})
