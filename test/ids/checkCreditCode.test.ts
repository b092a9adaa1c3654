import { describe, expect, it } from 'vitest'
import { checkCreditCode } from '../../src/ids/checkCreditCode'
import { CREDIT_CODE_DEPARTMENTS } from '../../src/ids/creditCodeTables'
import { makeCreditCode } from '../../src/ids/makeCreditCode'
import { formatMessage } from '../../src/i18n/formatMessage'

describe('checkCreditCode — test vectors (notes/domain.md §3.3)', () => {
  it('accepts 91350100M000100Y43', () => {
    expect(checkCreditCode('91350100M000100Y43')).toEqual({
      ok: true,
      normalized: '91350100M000100Y43',
      registrationAuthority: { code: '9', label: { 'zh-CN': '工商', en: 'industry and commerce' } },
      category: { code: '1', label: { 'zh-CN': '企业', en: 'enterprise' } },
      regionCode: '350100',
      organizationCode: 'M000100Y4',
    })
  })
  it('accepts 91110108551385082Q', () => {
    expect(checkCreditCode('91110108551385082Q')).toMatchObject({ ok: true, regionCode: '110108', organizationCode: '551385082' })
  })
  it('labels a 民政 code (5 / 2 民办非企业单位)', () => {
    const code = makeCreditCode({ department: '5', category: '2', regionCode: '370212', body8: 'MJ0000AB' })
    expect(checkCreditCode(code)).toMatchObject({
      ok: true,
      registrationAuthority: { code: '5', label: { 'zh-CN': '民政' } },
      category: { code: '2', label: { 'zh-CN': '民办非企业单位（社会服务机构）' } },
    })
  })
  it('accepts the national region code 100000', () => {
    const code = makeCreditCode({ department: '5', category: '1', regionCode: '100000', body8: '50000001' })
    expect(checkCreditCode(code)).toMatchObject({ ok: true, regionCode: '100000' })
  })
  it('returns frozen results', () => {
    const r = checkCreditCode('91350100M000100Y43')
    expect(Object.isFrozen(r)).toBe(true)
    if (r.ok) expect(Object.isFrozen(r.registrationAuthority.label)).toBe(true)
    expect(Object.isFrozen(CREDIT_CODE_DEPARTMENTS['5'].categories)).toBe(true)
  })
})

describe('checkCreditCode — normalisation', () => {
  it('trims and upper-cases ASCII letters', () => {
    expect(checkCreditCode('  91350100m000100y43 ')).toMatchObject({ ok: true, normalized: '91350100M000100Y43' })
  })
  it('does not fold non-ASCII letters (ß would become SS)', () => {
    expect(checkCreditCode('91350100M000100Yß')).toMatchObject({ ok: false, code: 'CREDIT_BAD_LENGTH', params: { actual: 17 } })
  })
})

describe('checkCreditCode — every failure code', () => {
  it('non-strings and empty', () => {
    expect(checkCreditCode(42)).toEqual({ ok: false, code: 'CREDIT_NOT_STRING', params: { type: 'number' } })
    expect(checkCreditCode(' ')).toEqual({ ok: false, code: 'CREDIT_EMPTY', params: {} })
  })
  it('wrong length', () => {
    expect(checkCreditCode('91350100M000100Y4')).toMatchObject({ code: 'CREDIT_BAD_LENGTH', params: { actual: 17 } })
  })
  it('characters outside the alphabet (I O Z S V and others)', () => {
    for (const [ch, pos] of [['I', 9], ['O', 10], ['Z', 11], ['S', 12], ['V', 13], ['-', 14]] as const) {
      const code = '91350100M000100Y43'.split('')
      code[pos - 1] = ch
      expect(checkCreditCode(code.join(''))).toMatchObject({ code: 'CREDIT_BAD_CHARACTERS', params: { position: pos, character: ch } })
    }
    expect(checkCreditCode('91350100M000100Y4😀')).toMatchObject({ code: 'CREDIT_BAD_CHARACTERS', params: { position: 18 } })
  })
  it('unknown department and category', () => {
    expect(checkCreditCode('B1350100M000100Y43')).toMatchObject({ code: 'CREDIT_BAD_DEPARTMENT', params: { department: 'B' } })
    expect(checkCreditCode('94350100M000100Y43')).toMatchObject({ code: 'CREDIT_BAD_CATEGORY', params: { department: '9', category: '4' } })
    expect(checkCreditCode('Y2350100M000100Y43')).toMatchObject({ code: 'CREDIT_BAD_CATEGORY' })
  })
  it('bad region', () => {
    expect(checkCreditCode('9135A100M000100Y43')).toMatchObject({ code: 'CREDIT_BAD_REGION', params: { regionCode: '35A100' } })
    expect(checkCreditCode('91990100M000100Y43')).toMatchObject({ code: 'CREDIT_BAD_REGION', params: { regionCode: '990100' } })
  })
  it('bad GB 11714 check (character 17), including the X and 0 cases', () => {
    const r = checkCreditCode('91350100M000100Y53')
    expect(r).toEqual({ ok: false, code: 'CREDIT_BAD_ORGANIZATION_CHECK', params: { expected: '4', actual: '5' } })
    if (!r.ok) expect(formatMessage(r, 'en')).toContain('should be 4, not 5')
    // r = 10 → X, r = 11 → 0
    expect(makeCreditCode({ department: '9', category: '1', regionCode: '110108', body8: '40000000' }).charAt(16)).toBe('X')
    expect(makeCreditCode({ department: '9', category: '1', regionCode: '110108', body8: '00000000' }).charAt(16)).toBe('0')
  })
  it('bad mod-31 check (character 18)', () => {
    expect(checkCreditCode('91350100M000100Y44')).toEqual({
      ok: false,
      code: 'CREDIT_BAD_CHECK_CHARACTER',
      params: { expected: '3', actual: '4' },
    })
  })
})
