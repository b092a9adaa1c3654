import { describe, expect, it } from 'vitest'
import { checkCreditCode } from '../../src/ids/checkCreditCode'
import { checkIdNumber } from '../../src/ids/checkIdNumber'
import { makeCreditCode } from '../../src/ids/makeCreditCode'
import { makeIdNumber } from '../../src/ids/makeIdNumber'

function codeOf(run: () => unknown): string {
  try {
    run()
  } catch (e) {
    return (e as { code: string }).code
  }
  return 'no error'
}

describe('makeIdNumber', () => {
  it('reproduces the test vectors', () => {
    expect(makeIdNumber({ regionCode: '110105', birthDate: '1949-12-31', sequence: 2 })).toBe('11010519491231002X')
    expect(makeIdNumber({ regionCode: '440524', birthDate: '1880-01-01', sequence: 1 })).toBe('440524188001010014')
    expect(makeIdNumber({ regionCode: '810000', birthDate: '1994-08-23', sequence: 2 })).toBe('810000199408230021')
    expect(makeIdNumber({ regionCode: '830000', birthDate: '1992-01-30', sequence: 2 })).toBe('830000199201300022')
  })
  it('produces numbers checkIdNumber accepts', () => {
    const id = makeIdNumber({ regionCode: '370212', birthDate: '2000-02-29', sequence: 999 })
    expect(checkIdNumber(id, { today: '2026-11-28' })).toMatchObject({ ok: true, sex: 'male', birthDate: '2000-02-29' })
  })
  it('throws coded TongxinErrors for bad parts', () => {
    const ok = { regionCode: '370212', birthDate: '1990-01-01', sequence: 1 }
    expect(codeOf(() => makeIdNumber(null as never))).toBe('ID_INVALID_ARGUMENT')
    expect(codeOf(() => makeIdNumber({ ...ok, regionCode: '991234' }))).toBe('ID_BAD_REGION')
    expect(codeOf(() => makeIdNumber({ ...ok, regionCode: 370212 as never }))).toBe('ID_BAD_REGION')
    expect(codeOf(() => makeIdNumber({ ...ok, birthDate: '1990-02-30' }))).toBe('ID_BAD_BIRTH_DATE')
    expect(codeOf(() => makeIdNumber({ ...ok, birthDate: 1 as never }))).toBe('ID_BAD_BIRTH_DATE')
    expect(codeOf(() => makeIdNumber({ ...ok, birthDate: '1799-12-31' }))).toBe('ID_BIRTH_DATE_TOO_EARLY')
    for (const sequence of [-1, 1000, 1.5, Number.NaN, '1']) {
      expect(codeOf(() => makeIdNumber({ ...ok, sequence: sequence as never }))).toBe('ID_BAD_SEQUENCE')
    }
  })
})

describe('makeCreditCode', () => {
  it('reproduces the test vectors', () => {
    expect(makeCreditCode({ department: '9', category: '1', regionCode: '350100', body8: 'M000100Y' })).toBe('91350100M000100Y43')
    expect(makeCreditCode({ department: '9', category: '1', regionCode: '110108', body8: '55138508' })).toBe('91110108551385082Q')
  })
  it('produces codes checkCreditCode accepts', () => {
    const code = makeCreditCode({ department: 'Y', category: '1', regionCode: '370212', body8: 'YYYYYYYY' })
    expect(checkCreditCode(code)).toMatchObject({ ok: true, registrationAuthority: { code: 'Y' } })
  })
  it('throws coded TongxinErrors for bad parts', () => {
    const ok = { department: '5', category: '1', regionCode: '370212', body8: 'MJ000000' }
    expect(codeOf(() => makeCreditCode(undefined as never))).toBe('CREDIT_INVALID_ARGUMENT')
    expect(codeOf(() => makeCreditCode({ ...ok, department: 'B' }))).toBe('CREDIT_BAD_DEPARTMENT')
    expect(codeOf(() => makeCreditCode({ ...ok, department: '__proto__' }))).toBe('CREDIT_BAD_DEPARTMENT')
    expect(codeOf(() => makeCreditCode({ ...ok, department: 5 as never }))).toBe('CREDIT_BAD_DEPARTMENT')
    expect(codeOf(() => makeCreditCode({ ...ok, category: '4' }))).toBe('CREDIT_BAD_CATEGORY')
    expect(codeOf(() => makeCreditCode({ ...ok, category: 1 as never }))).toBe('CREDIT_BAD_CATEGORY')
    expect(codeOf(() => makeCreditCode({ ...ok, regionCode: '99' }))).toBe('CREDIT_BAD_REGION')
    expect(codeOf(() => makeCreditCode({ ...ok, regionCode: null as never }))).toBe('CREDIT_BAD_REGION')
    expect(codeOf(() => makeCreditCode({ ...ok, body8: 'MJ00000O' }))).toBe('CREDIT_BAD_CHARACTERS')
    expect(codeOf(() => makeCreditCode({ ...ok, body8: 'mj000000' }))).toBe('CREDIT_BAD_CHARACTERS')
    expect(codeOf(() => makeCreditCode({ ...ok, body8: [] as never }))).toBe('CREDIT_BAD_CHARACTERS')
  })
})
