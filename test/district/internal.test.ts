// Internals of the district store that the public API reaches only in unusual data.
import { describe, expect, it } from 'vitest'
import { compareProblems } from '../../src/district/internal/integrity'
import { at, deepFreeze, jsonEqual } from '../../src/district/internal/util'
import type { IntegrityProblem } from '../../src/district/index'

const p = (code: string, path: (string | number)[]): IntegrityProblem =>
  ({ code, params: {}, path }) as unknown as IntegrityProblem

describe('compareProblems', () => {
  it('orders by collection, then path (numbers before names, shorter first), then code', () => {
    const list = [
      p('B', ['teams', 1, 'x']),
      p('A', ['teams', 1, 'x']),
      p('A', ['teams', 1, 'x', 0]),
      p('A', ['teams', 1, 0]),
      p('A', ['teams', 0, 'y']),
      p('A', ['streets', 5, 'id']),
      p('A', ['unknown', 0]),
      p('A', ['teams', 1, 'a']),
    ]
    expect([...list].sort(compareProblems).map((x) => `${x.code}:${x.path.join('.')}`)).toEqual([
      'A:unknown.0',
      'A:streets.5.id',
      'A:teams.0.y',
      'A:teams.1.0',
      'A:teams.1.a',
      'A:teams.1.x',
      'B:teams.1.x',
      'A:teams.1.x.0',
    ])
    expect(compareProblems(p('A', ['teams', 1]), p('A', ['teams', 1]))).toBe(0)
  })
})

describe('util', () => {
  it('jsonEqual compares JSON-like data structurally, ignoring undefined keys', () => {
    expect(jsonEqual({ a: [1, { b: 2 }], c: undefined }, { a: [1, { b: 2 }] })).toBe(true)
    expect(jsonEqual([1, 2], [1, 2, 3])).toBe(false)
    expect(jsonEqual([1], { 0: 1 })).toBe(false)
    expect(jsonEqual({ a: 1 }, { b: 1 })).toBe(false)
    expect(jsonEqual({ a: 1 }, { a: 2 })).toBe(false)
    expect(jsonEqual(null, {})).toBe(false)
    expect(jsonEqual(NaN, NaN)).toBe(true)
  })

  it('deepFreeze freezes everything reachable, skipping typed arrays', () => {
    const v = deepFreeze({ a: [{ b: 1 }], t: new Uint8Array(2) })
    expect(Object.isFrozen(v.a[0])).toBe(true)
    expect(Object.isFrozen(v.t)).toBe(false)
    expect(at([1, 2], 1)).toBe(2)
  })
})
