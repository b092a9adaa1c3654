import { describe, expect, it } from 'vitest'
import { isLocalDate, isRealDate, isTimeOfDay, isTimeZone, parseInstant, timeOfDayToMinutes } from '../../src/model/calendar'

describe('isRealDate', () => {
  it('knows leap years', () => {
    expect(isRealDate(2024, 2, 29)).toBe(true)
    expect(isRealDate(2023, 2, 29)).toBe(false)
    expect(isRealDate(1900, 2, 29)).toBe(false)
    expect(isRealDate(2000, 2, 29)).toBe(true)
  })
  it('rejects impossible parts', () => {
    expect(isRealDate(2025, 2, 30)).toBe(false)
    expect(isRealDate(2025, 13, 1)).toBe(false)
    expect(isRealDate(2025, 0, 1)).toBe(false)
    expect(isRealDate(2025, 4, 31)).toBe(false)
    expect(isRealDate(0, 1, 1)).toBe(false)
    expect(isRealDate(2025.5, 1, 1)).toBe(false)
  })
})

describe('isLocalDate', () => {
  it('accepts only YYYY-MM-DD real dates', () => {
    expect(isLocalDate('2025-03-08')).toBe(true)
    expect(isLocalDate('2025-02-30')).toBe(false)
    expect(isLocalDate('2025-3-8')).toBe(false)
    expect(isLocalDate('2025-03-08T00:00')).toBe(false)
  })
})

describe('isTimeOfDay / timeOfDayToMinutes', () => {
  it('accepts 00:00 to 24:00', () => {
    expect(isTimeOfDay('00:00')).toBe(true)
    expect(isTimeOfDay('23:59')).toBe(true)
    expect(isTimeOfDay('24:00')).toBe(true)
    expect(isTimeOfDay('24:01')).toBe(false)
    expect(isTimeOfDay('25:00')).toBe(false)
    expect(isTimeOfDay('12:60')).toBe(false)
    expect(isTimeOfDay('8:30')).toBe(false)
  })
  it('converts to minutes', () => {
    expect(timeOfDayToMinutes('08:30')).toBe(510)
    expect(timeOfDayToMinutes('24:00')).toBe(1440)
  })
})

describe('parseInstant', () => {
  it('reads offsets', () => {
    expect(parseInstant('2025-03-08T09:00+08:00')).toBe(Date.UTC(2025, 2, 8, 1, 0))
    expect(parseInstant('2025-03-08T09:00:30Z')).toBe(Date.UTC(2025, 2, 8, 9, 0, 30))
    expect(parseInstant('2025-03-08T09:00:30.250-05:30')).toBe(Date.UTC(2025, 2, 8, 14, 30, 30, 250))
  })
  it('keeps years before 100 as written', () => {
    expect(new Date(parseInstant('0099-12-31T23:59Z')!).toISOString()).toBe('0099-12-31T23:59:00.000Z')
    expect(new Date(parseInstant('0001-01-01T00:00+00:00')!).toISOString()).toBe('0001-01-01T00:00:00.000Z')
  })
  it('rejects missing offsets and impossible instants', () => {
    expect(parseInstant('2025-03-08T09:00')).toBeUndefined()
    expect(parseInstant('2025-02-30T09:00+08:00')).toBeUndefined()
    expect(parseInstant('2025-03-08T25:00+08:00')).toBeUndefined()
    expect(parseInstant('2025-03-08T09:60+08:00')).toBeUndefined()
    expect(parseInstant('2025-03-08T09:00:60+08:00')).toBeUndefined()
    expect(parseInstant('2025-03-08T09:00+19:00')).toBeUndefined()
    expect(parseInstant('2025-03-08T09:00+18:30')).toBeUndefined()
    expect(parseInstant('2025-03-08T09:00+08:60')).toBeUndefined()
  })
})

describe('isTimeZone', () => {
  it('accepts IANA zones only', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true)
    expect(isTimeZone('Europe/Berlin')).toBe(true)
    expect(isTimeZone('Mars/Olympus')).toBe(false)
    expect(isTimeZone('')).toBe(false)
    expect(isTimeZone('x'.repeat(65))).toBe(false)
  })
})
