import { describe, expect, it } from 'vitest'
import { HOURS_EARN_MESSAGES } from '../../../src/i18n/messages/hoursEarn'
import { formatMessage } from '../../../src/i18n/formatMessage'

const PREFIXES = ['HOURS_EARN_', 'STAR_', 'CERT_', 'POINTS_', 'TIMEBANK_', 'DEADLINE_', 'CE_']

describe('hoursEarn messages', () => {
  it.each(Object.entries(HOURS_EARN_MESSAGES))('%s has zh-CN and en with the same placeholders', (code, m) => {
    expect(PREFIXES.some((p) => code.startsWith(p))).toBe(true)
    expect(m['zh-CN'].length).toBeGreaterThan(0)
    expect(m.en.length).toBeGreaterThan(0)
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort()
    expect(names(m['zh-CN'])).toEqual(names(m.en))
    expect(formatMessage({ code, params: {} }, 'en')).toBe(m.en)
  })
})
