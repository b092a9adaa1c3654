import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { addYears, fullMonthsBetween, localDateOf, startOfLocalDay } from '../../../src/hours/earn/internal/dates'

const zone = fc.constantFrom('Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham', 'UTC')
const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) })

function intlDate(ms: number, timeZone: string): string {
  const f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
  return f.format(ms)
}

test.prop([instant, zone])('localDateOf agrees with Intl in every zone, DST included', (ms, tz) => {
  expect(localDateOf(ms, tz)).toBe(intlDate(ms, tz))
})

test.prop([instant, zone])('the start of a local day is in that day, and a millisecond before is not', (ms, tz) => {
  const date = localDateOf(ms, tz)
  const start = startOfLocalDay(date, tz)
  expect(localDateOf(start, tz)).toBe(date)
  expect(localDateOf(start - 1, tz)).not.toBe(date)
})

test.prop([fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 20_000 })])('full months are monotone', (a, b) => {
  const d = (n: number) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10)
  const from = d(0)
  expect(fullMonthsBetween(from, d(Math.min(a, b)))).toBeLessThanOrEqual(fullMonthsBetween(from, d(Math.max(a, b))))
  expect(fullMonthsBetween(d(a), d(b)) >= 0).toBe(true)
  expect(addYears('2024-02-29', 1)).toBe('2025-02-28')
})
