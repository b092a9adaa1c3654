import { describe, expect, it } from 'vitest'
import { MCDM_MESSAGES } from '../../../src/i18n/messages/mcdm'

describe('MCDM messages', () => {
  it('every code has zh-CN and en text with the same placeholders', () => {
    for (const [code, m] of Object.entries(MCDM_MESSAGES)) {
      expect(code.startsWith('MCDM_')).toBe(true)
      expect(m['zh-CN'].length).toBeGreaterThan(0)
      expect(m.en.length).toBeGreaterThan(0)
      const names = (t: string): string[] => [...t.matchAll(/\{(\w+)\}/g)].map((x) => x[1]!).sort()
      expect(names(m['zh-CN']), code).toEqual(names(m.en))
    }
  })
})
