import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { checkCreditCode } from '../../src/ids/checkCreditCode'
import { makeCreditCode } from '../../src/ids/makeCreditCode'
import { USCC_ALPHABET, validCreditArb } from './arbitraries'

// What is proved (docs/identifiers.md): the mod-31 check has weights 3^i mod 31, all non-zero
// modulo the prime 31, and symbol values differ by less than 31, so ANY substitution of one
// alphabet symbol by another changes the weighted sum mod 31: every single substitution is
// detected. Adjacent weights differ (w[i+1] = 3·w[i] ≢ w[i], and the check symbol's implicit weight
// 1 ≠ 28), so every adjacent transposition of distinct symbols is detected too. A substitution by
// a symbol outside the alphabet fails CREDIT_BAD_CHARACTERS. Earlier checks (department, category,
// region, GB 11714) may fire first; the law is only that the code is refused.

describe('GB 32100 laws', () => {
  test.prop([validCreditArb])('valid codes (both checks) are accepted and read back', ({ code, department, category, region, body8 }) => {
    expect(checkCreditCode(code)).toMatchObject({
      ok: true,
      normalized: code,
      registrationAuthority: { code: department },
      category: { code: category },
      regionCode: region,
      organizationCode: code.slice(8, 17),
    })
    expect(makeCreditCode({ department, category, regionCode: region, body8 })).toBe(code)
  })

  test.prop([validCreditArb])('every single-symbol substitution within the alphabet is detected', ({ code }) => {
    for (let i = 0; i < 18; i++) {
      for (const ch of USCC_ALPHABET) {
        if (ch === code[i]) continue
        const mutated = code.slice(0, i) + ch + code.slice(i + 1)
        expect(checkCreditCode(mutated).ok, mutated).toBe(false)
      }
    }
  })

  test.prop([validCreditArb, fc.integer({ min: 0, max: 17 }), fc.constantFrom('I', 'O', 'Z', 'S', 'V', '-', ' ', '中')])(
    'a substitution by a symbol outside the alphabet is detected',
    ({ code }, i, ch) => {
      expect(checkCreditCode(code.slice(0, i) + ch + code.slice(i + 1)).ok).toBe(false)
    },
  )

  test.prop([validCreditArb])('every adjacent transposition of distinct symbols is detected', ({ code }) => {
    for (let i = 0; i < 17; i++) {
      if (code[i] === code[i + 1]) continue
      const swapped = code.slice(0, i) + code[i + 1]! + code[i]! + code.slice(i + 2)
      expect(checkCreditCode(swapped).ok, swapped).toBe(false)
    }
  })
})
