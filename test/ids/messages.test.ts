import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { IDS_MESSAGES } from '../../src/i18n/messages/ids'

const SRC = join(import.meta.dirname, '../../src/ids')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [readFileSync(join(dir, e.name), 'utf8')] : [],
  )
}

describe('ids messages', () => {
  const used = new Set(sources(SRC).flatMap((text) => [...text.matchAll(/'((?:ID|CREDIT|PHONE|MASK)_[A-Z_]+)'/g)].map((m) => m[1]!)))

  it('every code used in src/ids has a zh-CN and an en message', () => {
    expect(used.size).toBeGreaterThan(25)
    for (const code of used) {
      expect(Object.hasOwn(IDS_MESSAGES, code), code).toBe(true)
      const m = IDS_MESSAGES[code as keyof typeof IDS_MESSAGES]
      expect(m['zh-CN'].length, code).toBeGreaterThan(0)
      expect(m.en.length, code).toBeGreaterThan(0)
    }
  })

  it('every message of the module is used and carries the module prefix', () => {
    for (const code of Object.keys(IDS_MESSAGES)) {
      expect(code).toMatch(/^(ID|CREDIT|PHONE|MASK)_[A-Z_]+$/)
      expect(used.has(code), code).toBe(true)
    }
  })

  it('zh-CN and en use the same placeholders', () => {
    for (const [code, m] of Object.entries(IDS_MESSAGES)) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort()
      expect(names(m['zh-CN']), code).toEqual(names(m.en))
    }
  })
})
