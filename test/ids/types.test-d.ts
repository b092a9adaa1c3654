import { describe, expectTypeOf, it } from 'vitest'
import { checkCreditCode, checkIdNumber, checkPhone } from '../../src/ids/index'
import type { IdNumberErrorCode, IdNumberKind } from '../../src/ids/index'

describe('ids result types', () => {
  it('narrow on ok', () => {
    const r = checkIdNumber('11010519491231002X', { today: '2026-11-28' })
    if (r.ok) {
      expectTypeOf(r.kind).toEqualTypeOf<IdNumberKind>()
      expectTypeOf(r.sex).toEqualTypeOf<'male' | 'female'>()
      expectTypeOf(r.upgradedFrom).toEqualTypeOf<string | undefined>()
    } else {
      expectTypeOf(r.code).toEqualTypeOf<IdNumberErrorCode>()
    }
    const c = checkCreditCode('')
    if (c.ok) expectTypeOf(c.registrationAuthority.label['zh-CN']).toBeString()
    const p = checkPhone('')
    if (!p.ok) expectTypeOf(p.code).toExtend<`PHONE_${string}`>()
  })
  it('results are readonly', () => {
    const r = checkPhone('13812345678')
    if (r.ok) {
      // @ts-expect-error normalized is readonly
      r.normalized = 'x'
    }
  })
})
