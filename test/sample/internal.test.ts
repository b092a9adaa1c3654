import { describe, expect, it } from 'vitest'
import { DateTexts, buildDayTable, dateOf, isoDate, offsetText } from '../../src/sample/internal/days'
import { Rng } from '../../src/sample/internal/rng'

describe('Rng', () => {
  it('draws weighted indices, honouring a starting index and empty weight', () => {
    const rng = new Rng(1)
    const cum = Float64Array.from([0, 5, 5, 10])
    expect(rng.weighted(new Float64Array(0))).toBe(-1)
    expect(rng.weighted(cum, 4)).toBe(-1)
    expect(rng.weighted(Float64Array.from([0, 0]))).toBe(-1)
    expect(rng.weighted(cum, 2)).toBe(3)
    for (let i = 0; i < 100; i++) expect([1, 3]).toContain(rng.weighted(cum))
  })

  it('gives the same stream for the same seed and a different one for any other seed', () => {
    const draw = (seed: number): number[] => {
      const rng = new Rng(seed)
      return Array.from({ length: 8 }, () => rng.int(0, 1_000_000))
    }
    expect(draw(5)).toEqual(draw(5))
    expect(draw(5)).not.toEqual(draw(6))
    expect(draw(-1)).not.toEqual(draw(2 ** 32 - 1))
    expect(draw(Number.MAX_SAFE_INTEGER)).not.toEqual(draw(Number.MIN_SAFE_INTEGER))
  })

  it('draws floats in [0, 1) and chances at the given rate', () => {
    const rng = new Rng(3)
    let hits = 0
    for (let i = 0; i < 10_000; i++) {
      const x = rng.float()
      expect(x >= 0 && x < 1).toBe(true)
      if (rng.chance(25)) hits++
    }
    expect(hits).toBeGreaterThan(2_200)
    expect(hits).toBeLessThan(2_800)
  })
})

describe('day tables', () => {
  it('formats dates across year ends', () => {
    expect(dateOf(2025, 0)).toBe('2025-01-01')
    expect(dateOf(2025, 365)).toBe('2026-01-01')
    expect(dateOf(2025, -1)).toBe('2024-12-31')
    expect(dateOf(2024, 59)).toBe('2024-02-29')
  })

  it('knows leap years, weekdays and fixed offsets', () => {
    const t = buildDayTable(2024, 'Asia/Shanghai', 10)
    expect(t.yearDays).toBe(366)
    expect(t.date).toHaveLength(376)
    expect(t.weekday[0]).toBe(1) // 2024-01-01 was a Monday
    expect(new Set(t.offset)).toEqual(new Set(['+08:00']))
    expect(t.stable.every((x) => x === 1)).toBe(true)
    expect(buildDayTable(2025, 'UTC', 0).offset[0]).toBe('+00:00')
  })

  it('marks the days around a DST change as unstable and gets offsets right elsewhere', () => {
    const t = buildDayTable(2025, 'America/New_York', 0)
    const march9 = t.date.indexOf('2025-03-09')
    expect(t.stable[march9]).toBe(0)
    expect(t.offset[0]).toBe('-05:00')
    expect(t.offset[t.date.indexOf('2025-07-01')]).toBe('-04:00')
    const unstable = t.stable.reduce((n, x) => n + (x === 0 ? 1 : 0), 0)
    expect(unstable).toBeGreaterThan(0)
    expect(unstable).toBeLessThanOrEqual(10)
  })
})

describe('isoDate', () => {
  it('agrees with Date for every day from 1900 to 2200', () => {
    for (let ms = Date.UTC(1900, 0, 1); ms < Date.UTC(2200, 0, 1); ms += 86_400_000) {
      const expected = new Date(ms).toISOString().slice(0, 10)
      if (isoDate(ms) !== expected) expect(isoDate(ms)).toBe(expected)
    }
  })
})

describe('DateTexts and offsetText', () => {
  it('share date texts, also outside the cached range', () => {
    const t = new DateTexts()
    expect(t.of(2025, 0)).toBe('2025-01-01')
    expect(t.of(2025, 0)).toBe(dateOf(2025, 0))
    expect(t.of(1700, 59)).toBe('1700-03-01')
  })

  it('reads both spellings of a zero offset', () => {
    expect(offsetText({ format: () => '1/1/2025, GMT' } as unknown as Intl.DateTimeFormat, 0)).toBe('+00:00')
    expect(offsetText({ format: () => '1/1/2025, GMT+05:45' } as unknown as Intl.DateTimeFormat, 0)).toBe('+05:45')
  })
})
