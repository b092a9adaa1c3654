import { describe, expect, it } from 'vitest'
import { checkPhone } from '../../src/ids/checkPhone'

describe('checkPhone', () => {
  it.each([
    ['13812345678'],
    [' 138 1234 5678 '],
    ['138-1234-5678'],
    ['+8613812345678'],
    ['+86 138 1234 5678'],
    ['0086-138-1234-5678'],
  ])('accepts %j', (v) => {
    expect(checkPhone(v)).toEqual({ ok: true, normalized: '13812345678' })
  })
  it('accepts every segment 13–19', () => {
    for (let d = 3; d <= 9; d++) expect(checkPhone(`1${d}012345678`).ok).toBe(true)
  })
  it('refuses non-strings and empty values', () => {
    expect(checkPhone(13812345678)).toEqual({ ok: false, code: 'PHONE_NOT_STRING', params: { type: 'number' } })
    expect(checkPhone(' - ')).toEqual({ ok: false, code: 'PHONE_EMPTY', params: {} })
  })
  it('refuses other characters', () => {
    expect(checkPhone('(138)12345678')).toMatchObject({ code: 'PHONE_BAD_CHARACTERS', params: { character: '(' } })
    expect(checkPhone('138１2345678')).toMatchObject({ code: 'PHONE_BAD_CHARACTERS', params: { character: '１' } })
    expect(checkPhone('1381234567😀')).toMatchObject({ code: 'PHONE_BAD_CHARACTERS', params: { character: '😀' } })
    expect(checkPhone('+1 13812345678')).toMatchObject({ code: 'PHONE_BAD_CHARACTERS', params: { character: '+' } })
  })
  it('refuses the wrong length (86 without + or 00 is not a prefix)', () => {
    expect(checkPhone('1381234567')).toMatchObject({ code: 'PHONE_BAD_LENGTH', params: { actual: 10 } })
    expect(checkPhone('8613812345678')).toMatchObject({ code: 'PHONE_BAD_LENGTH', params: { actual: 13 } })
    expect(checkPhone('+86')).toMatchObject({ code: 'PHONE_BAD_LENGTH', params: { actual: 0 } })
  })
  it('refuses numbers outside 13–19', () => {
    expect(checkPhone('12345678901')).toEqual({ ok: false, code: 'PHONE_BAD_PREFIX', params: { prefix: '12' } })
    expect(checkPhone('02312345678')).toMatchObject({ code: 'PHONE_BAD_PREFIX', params: { prefix: '02' } })
  })
  it('returns frozen results', () => {
    expect(Object.isFrozen(checkPhone('13812345678'))).toBe(true)
  })
})
