import { describe, expect, it } from 'vitest'
import { maskCreditCode } from '../../src/ids/maskCreditCode'
import { maskIdNumber } from '../../src/ids/maskIdNumber'
import { maskName } from '../../src/ids/maskName'
import { maskPhone } from '../../src/ids/maskPhone'
import {
  DEFAULT_CREDIT_CODE_MASK,
  DEFAULT_ID_NUMBER_MASK,
  DEFAULT_NAME_MASK,
  DEFAULT_PHONE_MASK,
} from '../../src/ids/maskPolicy'
import { isTongxinError } from '../../src/errors/TongxinError'

describe('default masks (notes/domain.md §3.4 conventions)', () => {
  it('id number keeps 6 + 4', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X')
    expect(maskIdNumber('110105491231002')).toBe('110105*****1002')
  })
  it('phone keeps 3 + 4', () => {
    expect(maskPhone('13812345678')).toBe('138****5678')
  })
  it('credit code keeps 8 + 2', () => {
    expect(maskCreditCode('91110108551385082Q')).toBe('91110108********2Q')
  })
  it('name keeps the surname, compound surnames whole', () => {
    expect(maskName('张三')).toBe('张*')
    expect(maskName('张三丰')).toBe('张**')
    expect(maskName('欧阳娜娜')).toBe('欧阳**')
    expect(maskName('诸葛亮')).toBe('诸葛*')
    expect(maskName('欧阳')).toBe('欧*') // two characters: surname 欧, given name 阳
    expect(maskName('张')).toBe('*') // a one-character name is masked entirely
    expect(maskName('')).toBe('')
    expect(maskName('John')).toBe('J***')
    expect(maskName('𠮷野家')).toBe('𠮷**') // astral characters count as one
  })
  it('default policies are frozen constants', () => {
    for (const p of [DEFAULT_ID_NUMBER_MASK, DEFAULT_PHONE_MASK, DEFAULT_NAME_MASK, DEFAULT_CREDIT_CODE_MASK]) {
      expect(Object.isFrozen(p)).toBe(true)
    }
  })
})

describe('configurable masks', () => {
  it('overrides keepStart, keepEnd and maskChar', () => {
    expect(maskPhone('13812345678', { maskChar: '•' })).toBe('138••••5678')
    expect(maskPhone('13812345678', { keepStart: 0, keepEnd: 2 })).toBe('*********78')
    expect(maskIdNumber('11010519491231002X', { keepStart: 0, keepEnd: 0 })).toBe('*'.repeat(18))
    expect(maskName('欧阳娜娜', { keepStart: 1 })).toBe('欧***')
    expect(maskName('欧阳娜娜', { keepStart: 0 })).toBe('****')
    expect(maskName('欧阳娜娜', { keepStart: 5 })).toBe('欧阳**')
    expect(maskName('张三丰', { keepEnd: 1 })).toBe('张*丰')
    expect(maskCreditCode('91110108551385082Q', { maskChar: '😀' })).toBe('91110108' + '😀'.repeat(8) + '2Q')
  })
  it('ignores explicit undefined fields and inherited fields', () => {
    expect(maskPhone('13812345678', { keepStart: undefined } as never)).toBe('138****5678')
    expect(maskPhone('13812345678', Object.create({ keepStart: 11 }) as never)).toBe('138****5678')
  })
  it('never reveals more on short input: too short → fully masked', () => {
    expect(maskPhone('1234567')).toBe('*******')
    expect(maskPhone('12345678')).toBe('123*5678')
    expect(maskIdNumber('1234')).toBe('****')
  })
  it('rejects bad policies with TongxinError MASK_INVALID_POLICY', () => {
    const bad: unknown[] = [
      { keepStart: -1 },
      { keepEnd: 1.5 },
      { keepStart: Number.NaN },
      { keepEnd: Number.POSITIVE_INFINITY },
      { keepStart: '3' },
      { maskChar: '' },
      { maskChar: '**' },
      { maskChar: 1 },
      5,
      null,
      'x',
    ]
    for (const policy of bad) {
      try {
        maskPhone('13812345678', policy as never)
        expect.unreachable(JSON.stringify(policy))
      } catch (e) {
        expect(isTongxinError(e)).toBe(true)
        expect((e as { code: string }).code).toBe('MASK_INVALID_POLICY')
      }
    }
  })
  it('rejects non-strings with TongxinError MASK_NOT_STRING', () => {
    for (const f of [maskIdNumber, maskPhone, maskName, maskCreditCode]) {
      expect(() => f(12345 as never)).toThrow(/MASK_NOT_STRING/)
    }
  })
})
