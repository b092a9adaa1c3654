import { describe, expect, it } from 'vitest'
import { CODES, MESSAGES } from '../../src/i18n/catalog'
import { formatMessage } from '../../src/i18n/formatMessage'

describe('the message catalog', () => {
  it('has a zh-CN and an en message for every code', () => {
    for (const [code, template] of Object.entries(MESSAGES)) {
      expect(template['zh-CN'], code).toMatch(/\S/)
      expect(template.en, code).toMatch(/\S/)
      // The two languages use the same placeholders; a value given per language is named
      // with a Zh / En suffix (`scopeZh`, `scopeEn`).
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!.replace(/(Zh|En)$/, '')).sort()
      expect(names(template['zh-CN']), code).toEqual(names(template.en))
      // zh-CN text really is Chinese.
      expect(template['zh-CN'], code).toMatch(/[\u4e00-\u9fff]/)
    }
  })
  it('exports every code as a constant equal to itself', () => {
    for (const code of Object.keys(MESSAGES)) expect(CODES[code as keyof typeof CODES]).toBe(code)
    expect(Object.isFrozen(CODES)).toBe(true)
  })
})

describe('formatMessage', () => {
  it('renders zh-CN by default and en on request', () => {
    const m = { code: 'MODEL_END_NOT_AFTER_START', params: { start: 'a', end: 'b' } }
    expect(formatMessage(m)).toBe('结束时间 b 不晚于开始时间 a')
    expect(formatMessage(m, 'en')).toBe('end b is not after start a')
  })
  it('joins lists per locale and renders other values', () => {
    const m = { code: 'MODEL_INVALID_VALUE', params: { values: ['x', 'y'] } }
    expect(formatMessage(m)).toContain('x、y')
    expect(formatMessage(m, 'en')).toContain('x, y')
    expect(formatMessage({ code: 'MODEL_TOO_SMALL', params: { minimum: 3 } }, 'en')).toBe('too small (minimum 3)')
    expect(formatMessage({ code: 'MODEL_TOO_SMALL', params: { minimum: null } }, 'en')).toBe('too small (minimum )')
    expect(formatMessage({ code: 'MODEL_TOO_SMALL', params: { minimum: { a: 1 } } }, 'en')).toBe('too small (minimum {"a":1})')
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(formatMessage({ code: 'MODEL_TOO_SMALL', params: { minimum: cyclic } }, 'en')).toBe('too small (minimum ?)')
  })
  it('leaves unknown placeholders and renders unknown codes as themselves', () => {
    expect(formatMessage({ code: 'MODEL_TOO_SMALL' }, 'en')).toBe('too small (minimum {minimum})')
    expect(formatMessage({ code: 'NO_SUCH_CODE' })).toBe('NO_SUCH_CODE')
    expect(formatMessage({ code: '__proto__' })).toBe('__proto__')
    expect(formatMessage({ code: 'MODEL_TOO_SMALL', params: JSON.parse('{"__proto__":"x"}') as Record<string, unknown> }, 'en')).toBe(
      'too small (minimum {minimum})',
    )
  })
})
