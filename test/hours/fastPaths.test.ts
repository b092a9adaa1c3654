// The fast paths of the engine (last-id caches, the day → month table, lazy accessors) must not
// show: these pin what they could get wrong.
import { test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { creditHours } from '../../src/hours/index'
import { iso, policyArb, recordsArb, rec, utcMin } from './helpers'

function plain(x: unknown): unknown {
  return JSON.parse(JSON.stringify(x)) as unknown
}

describe('fast paths agree with the plain order', () => {
  test.prop([recordsArb(), policyArb])('records grouped by volunteer and team (cache hits) = any other order', (rs, p) => {
    const grouped = [...rs].sort((a, b) =>
      a.volunteerId < b.volunteerId ? -1 : a.volunteerId > b.volunteerId ? 1 : (a.teamId ?? '') < (b.teamId ?? '') ? -1 : 1,
    )
    const a = creditHours(grouped, p)
    const b = creditHours([...rs].reverse(), p)
    expect(plain(a)).toEqual(plain(b))
  })

  it('months of a batch spanning centuries (no day table) are right', () => {
    const a = utcMin(1900, 1, 15, 2)
    const b = utcMin(2200, 7, 31, 15)
    const l = creditHours([
      rec({ id: 'a', start: iso(a), end: iso(a + 60) }),
      rec({ id: 'b', start: iso(b), end: iso(b + 120) }),
    ])
    expect(l.totals.byMonth).toEqual({ '1900-01': 60, '2200-07': 60, '2200-08': 60 })
    expect(l.volunteers[0]?.byDay).toEqual({ '1900-01-15': 60, '2200-07-31': 60, '2200-08-01': 60 })
  })

  it('byDay is an enumerable own accessor of a frozen line, fixed once read', () => {
    const l = creditHours([rec({ id: 'a', start: '2025-03-08T23:00+08:00', end: '2025-03-09T01:00+08:00' })])
    const v = l.volunteers[0]!
    const d = Object.getOwnPropertyDescriptor(v, 'byDay')
    expect(d?.enumerable).toBe(true)
    expect(d?.configurable).toBe(false)
    expect(typeof d?.get).toBe('function')
    expect(Object.isFrozen(v)).toBe(true)
    expect(Object.keys(v)).toEqual(['volunteerId', 'rawMinutes', 'creditedMinutes', 'adjustments', 'byMonth', 'sessions', 'firstAt', 'lastAt', 'byDay'])
    expect(v.byDay).toBe(v.byDay)
    expect(v.byDay).toEqual({ '2025-03-08': 60, '2025-03-09': 60 })
  })
})
