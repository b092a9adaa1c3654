import { afterEach, describe, expect, it, vi } from 'vitest'
import { checkIdNumber } from '../../src/ids/checkIdNumber'
import { todayInShanghai } from '../../src/ids/internal/dates'
import { formatMessage } from '../../src/i18n/formatMessage'
import { isTongxinError } from '../../src/errors/TongxinError'

const today = '2026-11-28'
const opts = { today }

describe('checkIdNumber — test vectors (notes/domain.md §3.2)', () => {
  it.each([
    ['11010519491231002X', '110105', '1949-12-31', 'female'],
    ['440524188001010014', '440524', '1880-01-01', 'male'],
    ['34052419800101001X', '340524', '1980-01-01', 'male'],
  ] as const)('accepts %s', (id, regionCode, birthDate, sex) => {
    expect(checkIdNumber(id, opts)).toEqual({ ok: true, normalized: id, kind: 'resident', regionCode, birthDate, sex })
  })

  it.each([
    ['810000199408230021', '810000', '1994-08-23', 'female'],
    ['830000199201300022', '830000', '1992-01-30', 'female'],
  ] as const)('accepts the residence permit %s as its own kind', (id, regionCode, birthDate, sex) => {
    expect(checkIdNumber(id, opts)).toEqual({ ok: true, normalized: id, kind: 'residence-permit', regionCode, birthDate, sex })
  })
})

describe('checkIdNumber — normalisation', () => {
  it('upper-cases a final x and trims surrounding whitespace', () => {
    const r = checkIdNumber(' \t11010519491231002x\u3000\n', opts)
    expect(r).toMatchObject({ ok: true, normalized: '11010519491231002X' })
  })
  it('does not accept an x anywhere but the end', () => {
    expect(checkIdNumber('1101051949123100X2', opts)).toMatchObject({ ok: false, code: 'ID_BAD_CHARACTERS', params: { position: 17, character: 'X' } })
    expect(checkIdNumber('x1010519491231002X', opts)).toMatchObject({ ok: false, code: 'ID_BAD_CHARACTERS', params: { position: 1, character: 'x' } })
  })
  it('guesses nothing else: inner spaces, full-width digits and dashes are refused', () => {
    expect(checkIdNumber('110105 19491231002X', opts)).toMatchObject({ ok: false, code: 'ID_BAD_LENGTH', params: { actual: 19 } })
    expect(checkIdNumber('１10105194912310021', opts)).toMatchObject({ ok: false, code: 'ID_BAD_CHARACTERS', params: { position: 1, character: '１' } })
    expect(checkIdNumber('110105-1949123100X', opts)).toMatchObject({ ok: false, code: 'ID_BAD_CHARACTERS', params: { position: 7 } })
  })
  it('returns a frozen result', () => {
    expect(Object.isFrozen(checkIdNumber('11010519491231002X', opts))).toBe(true)
    const failure = checkIdNumber('', opts)
    expect(Object.isFrozen(failure)).toBe(true)
  })
})

describe('checkIdNumber — legacy 15-digit numbers', () => {
  it('upgrades to 18 with the 19YY century and a computed check character', () => {
    expect(checkIdNumber('110105491231002', opts)).toEqual({
      ok: true,
      normalized: '11010519491231002X',
      kind: 'legacy-15',
      regionCode: '110105',
      birthDate: '1949-12-31',
      sex: 'female',
      upgradedFrom: '110105491231002',
    })
  })
  it('reads the sex from the last digit', () => {
    expect(checkIdNumber('340524800101001', opts)).toMatchObject({ ok: true, sex: 'male', normalized: '34052419800101001X' })
  })
  it('refuses letters, bad dates and residence-permit regions', () => {
    expect(checkIdNumber('11010549123100X', opts)).toMatchObject({ ok: false, code: 'ID_BAD_CHARACTERS', params: { position: 15 } })
    expect(checkIdNumber('110105490230002', opts)).toMatchObject({ ok: false, code: 'ID_BAD_BIRTH_DATE', params: { birthDate: '1949-02-30' } })
    expect(checkIdNumber('810000940823002', opts)).toMatchObject({ ok: false, code: 'ID_BAD_REGION', params: { regionCode: '810000' } })
  })
})

describe('checkIdNumber — every failure code', () => {
  it('non-strings', () => {
    expect(checkIdNumber(11010519491231002, opts)).toEqual({ ok: false, code: 'ID_NOT_STRING', params: { type: 'number' } })
    expect(checkIdNumber(null, opts)).toMatchObject({ code: 'ID_NOT_STRING', params: { type: 'null' } })
    expect(checkIdNumber([], opts)).toMatchObject({ code: 'ID_NOT_STRING', params: { type: 'array' } })
    expect(checkIdNumber(undefined, opts)).toMatchObject({ code: 'ID_NOT_STRING', params: { type: 'undefined' } })
  })
  it('empty', () => {
    expect(checkIdNumber('', opts)).toEqual({ ok: false, code: 'ID_EMPTY', params: {} })
    expect(checkIdNumber('   ', opts)).toMatchObject({ code: 'ID_EMPTY' })
  })
  it('wrong length (counted in characters)', () => {
    expect(checkIdNumber('1101051949123100', opts)).toMatchObject({ code: 'ID_BAD_LENGTH', params: { actual: 16 } })
    expect(checkIdNumber('11010519491231002X0', opts)).toMatchObject({ code: 'ID_BAD_LENGTH', params: { actual: 19 } })
    expect(checkIdNumber('😀'.repeat(9), opts)).toMatchObject({ code: 'ID_BAD_LENGTH', params: { actual: 9 } })
  })
  it('bad region: unknown province, 81/82 outside the permit codes, 83 prefix', () => {
    expect(checkIdNumber('001234199001011234', opts)).toMatchObject({ code: 'ID_BAD_REGION', params: { regionCode: '001234' } })
    expect(checkIdNumber('991234199001011234', opts)).toMatchObject({ code: 'ID_BAD_REGION' })
    expect(checkIdNumber('810100199001011234', opts)).toMatchObject({ code: 'ID_BAD_REGION', params: { regionCode: '810100' } })
    expect(checkIdNumber('830001199001011234', opts)).toMatchObject({ code: 'ID_BAD_REGION' })
  })
  it('birth date not real (Feb 29 in a non-leap year, month 13)', () => {
    expect(checkIdNumber('110105190002290011', opts)).toMatchObject({ code: 'ID_BAD_BIRTH_DATE', params: { birthDate: '1900-02-29' } })
    expect(checkIdNumber('110105199013010011', opts)).toMatchObject({ code: 'ID_BAD_BIRTH_DATE' })
    expect(checkIdNumber('110105199000010011', opts)).toMatchObject({ code: 'ID_BAD_BIRTH_DATE' })
  })
  it('accepts Feb 29 in a leap year (2000)', () => {
    const id = '11010520000229001' // check computed below
    const r = checkIdNumber(id + '0', opts)
    const expected = r.ok ? '0' : String(r.params.expected)
    expect(checkIdNumber(id + expected, opts)).toMatchObject({ ok: true, birthDate: '2000-02-29' })
  })
  it('birth date before 1800', () => {
    expect(checkIdNumber('110105179912310011', opts)).toMatchObject({
      code: 'ID_BIRTH_DATE_TOO_EARLY',
      params: { birthDate: '1799-12-31', earliest: '1800-01-01' },
    })
  })
  it('birth date after today (and today itself is fine)', () => {
    expect(checkIdNumber('11010520261129001X', opts)).toMatchObject({
      code: 'ID_BIRTH_DATE_IN_FUTURE',
      params: { birthDate: '2026-11-29', today },
    })
    const r = checkIdNumber('110105202611280010', opts)
    expect(r.ok || r.code === 'ID_BAD_CHECK_CHARACTER').toBe(true)
  })
  it('bad check character, with expected and actual', () => {
    const r = checkIdNumber('110105194912310021', opts)
    expect(r).toEqual({ ok: false, code: 'ID_BAD_CHECK_CHARACTER', params: { expected: 'X', actual: '1' } })
    if (r.ok) return
    expect(formatMessage(r, 'en')).toBe('the check character should be X, not 1')
    expect(formatMessage(r)).toBe('校验码应为 X，而不是 1')
  })
})

describe('checkIdNumber — options.today', () => {
  afterEach(() => {
    vi.useRealTimers()
  })
  it('throws TongxinError for a today that is not a real YYYY-MM-DD date', () => {
    for (const bad of ['2026-02-30', '2026/01/01', '', 20260101, null, {}]) {
      try {
        checkIdNumber('11010519491231002X', { today: bad as string })
        expect.unreachable()
      } catch (e) {
        expect(isTongxinError(e)).toBe(true)
        expect((e as { code: string }).code).toBe('ID_INVALID_TODAY')
      }
    }
  })
  it('throws TongxinError for options that are not an object', () => {
    expect(() => checkIdNumber('11010519491231002X', 5 as never)).toThrow(/ID_INVALID_ARGUMENT/)
    expect(() => checkIdNumber('11010519491231002X', null as never)).toThrow(/ID_INVALID_ARGUMENT/)
  })
  it('defaults to the current date in Asia/Shanghai', () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2026-01-01T16:30:00Z')) // 2026-01-02 00:30 in Shanghai
    expect(todayInShanghai()).toBe('2026-01-02')
    const born0102 = '110105202601020010'
    const r = checkIdNumber(born0102)
    const check = r.ok ? born0102 : born0102.slice(0, 17) + String(r.params.expected ?? '')
    expect(checkIdNumber(check)).toMatchObject({ ok: true, birthDate: '2026-01-02' })
    expect(checkIdNumber(check, {})).toMatchObject({ ok: true })
    expect(checkIdNumber(check, { today: '2026-01-01' })).toMatchObject({ ok: false, code: 'ID_BIRTH_DATE_IN_FUTURE' })
    vi.setSystemTime(new Date('2026-01-01T15:59:00Z')) // still 2026-01-01 in Shanghai
    expect(checkIdNumber(check)).toMatchObject({ ok: false, code: 'ID_BIRTH_DATE_IN_FUTURE', params: { today: '2026-01-01' } })
  })
})
