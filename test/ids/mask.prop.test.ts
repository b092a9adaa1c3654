import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { maskCreditCode } from '../../src/ids/maskCreditCode'
import { maskIdNumber } from '../../src/ids/maskIdNumber'
import { maskName } from '../../src/ids/maskName'
import { maskPhone } from '../../src/ids/maskPhone'
import {
  DEFAULT_CREDIT_CODE_MASK,
  DEFAULT_ID_NUMBER_MASK,
  DEFAULT_NAME_MASK,
  DEFAULT_PHONE_MASK,
  type MaskPolicy,
} from '../../src/ids/maskPolicy'

const MASKS = [
  ['maskIdNumber', maskIdNumber, DEFAULT_ID_NUMBER_MASK],
  ['maskPhone', maskPhone, DEFAULT_PHONE_MASK],
  ['maskName', maskName, DEFAULT_NAME_MASK],
  ['maskCreditCode', maskCreditCode, DEFAULT_CREDIT_CODE_MASK],
] as const

const valueArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ maxLength: 30 }),
  fc.constantFrom('欧阳娜娜', '诸葛亮', '张', '张三', '11010519491231002X', '13812345678'),
)
const policyArb: fc.Arbitrary<MaskPolicy> = fc.record({
  keepStart: fc.integer({ min: 0, max: 25 }),
  keepEnd: fc.integer({ min: 0, max: 25 }),
  maskChar: fc.constantFrom('*', '•', '＊', '😀', '#'),
})

/**
 * The law: output has as many code points as the input; every position is either the original
 * character in the first keepStart or last keepEnd positions, or the mask character; at most
 * keepStart + keepEnd positions come from the original, and all others are the mask character.
 */
function checkLaw(value: string, masked: string, policy: MaskPolicy, allOrNothingWhenShort = true): void {
  const input = Array.from(value)
  const output = Array.from(masked)
  expect(output.length).toBe(input.length)
  let shown = 0
  for (let i = 0; i < input.length; i++) {
    const inWindow = i < policy.keepStart || i >= input.length - policy.keepEnd
    if (output[i] !== policy.maskChar) {
      expect(output[i]).toBe(input[i])
      expect(inWindow).toBe(true)
      shown++
    } else if (output[i] === input[i] && inWindow) {
      shown++ // an original character equal to maskChar counts as shown
    }
  }
  expect(shown).toBeLessThanOrEqual(policy.keepStart + policy.keepEnd)
  // no more characters than the window → nothing is shown (maskName shows only the surname part
  // of keepStart, so its window is smaller and this stronger form does not apply)
  if (allOrNothingWhenShort && input.length <= policy.keepStart + policy.keepEnd) expect(output.every((c) => c === policy.maskChar)).toBe(true)
}

describe('masking never reveals more than its policy allows', () => {
  for (const [name, mask, defaults] of MASKS) {
    test.prop([valueArb, policyArb])(`${name} with any policy`, (value, policy) => {
      checkLaw(value, mask(value, policy), policy, name !== 'maskName')
    })
    test.prop([valueArb])(`${name} with its default policy`, (value) => {
      checkLaw(value, mask(value), defaults, name !== 'maskName')
    })
  }
})
