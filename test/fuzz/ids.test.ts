import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { formatMessage } from '../../src/i18n/formatMessage'
import {
  checkCreditCode,
  checkIdNumber,
  checkPhone,
  makeCreditCode,
  makeIdNumber,
  maskCreditCode,
  maskIdNumber,
  maskName,
  maskPhone,
} from '../../src/ids/index'
import { anything, onlyTongxin } from './hostile'

const hostile = fc.oneof(
  anything,
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 2 ** 60, '__proto__', 'constructor', '\u0000', '\uD800'),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.stringMatching(/^[\dXx ]{10,20}$/),
)

/** Runs f; it may return, or throw a TongxinError — nothing else. */
describe('ids under hostile input', () => {
  test.prop([hostile])('checkIdNumber never throws for any value (fixed today)', (value) => {
    const r = checkIdNumber(value, { today: '2026-11-28' })
    expect(typeof r.ok).toBe('boolean')
    if (!r.ok) expect(formatMessage(r)).not.toBe(r.code)
  })

  test.prop([hostile, hostile])('checkIdNumber with hostile options only throws TongxinError', (value, options) => {
    onlyTongxin(() => checkIdNumber(value, options as never))
  })

  test.prop([hostile])('checkCreditCode never throws', (value) => {
    const r = checkCreditCode(value)
    expect(typeof r.ok).toBe('boolean')
    if (!r.ok) expect(formatMessage(r, 'en')).not.toBe(r.code)
  })

  test.prop([hostile])('checkPhone never throws', (value) => {
    const r = checkPhone(value)
    expect(typeof r.ok).toBe('boolean')
    if (!r.ok) expect(formatMessage(r)).not.toBe(r.code)
  })

  test.prop([hostile, fc.oneof(hostile, fc.record({ keepStart: hostile, keepEnd: hostile, maskChar: hostile }, { requiredKeys: [] }))])(
    'mask* only return strings or throw TongxinError',
    (value, policy) => {
      for (const mask of [maskIdNumber, maskPhone, maskName, maskCreditCode]) {
        onlyTongxin(() => {
          const out = mask(value as string, policy as never)
          expect(typeof out).toBe('string')
        })
        onlyTongxin(() => mask(value as string))
      }
    },
  )

  test.prop([hostile, fc.record({ regionCode: hostile, birthDate: hostile, sequence: hostile }, { requiredKeys: [] })])(
    'makeIdNumber / makeCreditCode only throw TongxinError',
    (value, parts) => {
      onlyTongxin(() => makeIdNumber(value as never))
      onlyTongxin(() => makeIdNumber(parts as never))
      onlyTongxin(() => makeCreditCode(value as never))
      onlyTongxin(() => makeCreditCode({ department: '5', category: '1', regionCode: '370212', body8: value } as never))
    },
  )

  test.prop([fc.integer({ min: 0, max: 200_000 })])('long strings are refused quickly by length', (n) => {
    const s = '1'.repeat(n)
    expect(checkIdNumber(s, { today: '2026-11-28' }).ok).toBe(n === 15)
    expect(checkCreditCode(s).ok).toBe(false)
  })
})
