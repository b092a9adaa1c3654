import { describe, expect, it } from 'vitest'
import { PAIRING_MESSAGES } from '../../src/i18n/messages/pairing'

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort()

describe('pairing messages', () => {
  it('every code is PAIRING_-prefixed and has zh-CN and en with the same placeholders', () => {
    for (const [code, m] of Object.entries(PAIRING_MESSAGES)) {
      expect(code.startsWith('PAIRING_')).toBe(true)
      expect(m['zh-CN'].length).toBeGreaterThan(0)
      expect(m.en.length).toBeGreaterThan(0)
      const zh = placeholders(m['zh-CN']).map((p) => p.replace(/Zh$/, ''))
      const en = placeholders(m.en).map((p) => p.replace(/En$/, ''))
      expect(zh).toEqual(en)
    }
  })
})
