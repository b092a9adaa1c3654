import { describe, expect, it } from 'vitest'
import { toPublicDistrict } from '../../src/district/index'
import type { PublicDistrictOptions } from '../../src/district/index'
import { TongxinError } from '../../src/errors/TongxinError'
import type { District } from '../../src/model/types'
import { isDeepFrozen } from './arbitraries'
import { smallDistrict, thaw } from './fixtures'

function codeOf(fn: () => unknown): string {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(TongxinError)
    return (e as TongxinError).code
  }
  return 'no error'
}

describe('toPublicDistrict', () => {
  it('masks ID numbers and phones always, names and birth dates without consent', () => {
    const d = smallDistrict()
    const pub = toPublicDistrict(d)
    expect(pub.volunteers[0]).toEqual({
      id: 'v-1', name: '张*', idType: 'resident-id', idNumber: '110105********002X', phone: '138****5678',
      skills: [], domains: [], registeredOn: '2024-01-01', communityId: 'c-1', consentToPublish: false,
    })
    expect(pub.volunteers[1]).toMatchObject({ name: '欧阳娜娜', phone: '139****4321', birthDate: '2000-01-01' })
    expect(pub.volunteers[2]?.name).toBe('李*')
    expect(pub.teams).toBe(d.teams)
    expect(isDeepFrozen(pub)).toBe(true)
    expect(JSON.stringify(pub)).not.toContain('19491231')
    expect(JSON.stringify(pub)).not.toContain('张三')
    expect(d.volunteers[0]?.name).toBe('张三') // input untouched
  })

  it('takes mask policies and can mask every name', () => {
    const pub = toPublicDistrict(smallDistrict(), { phoneMask: { keepEnd: 2 }, revealConsentedNames: false })
    expect(pub.volunteers[1]).toMatchObject({ name: '欧阳**', phone: '139******21' })
  })

  it('rejects bad options and non-districts', () => {
    expect(codeOf(() => toPublicDistrict(smallDistrict(), null as unknown as PublicDistrictOptions))).toBe('DISTRICT_INVALID_OPTIONS')
    expect(codeOf(() => toPublicDistrict(smallDistrict(), { revealConsentedNames: 1 } as unknown as PublicDistrictOptions))).toBe('DISTRICT_INVALID_OPTIONS')
    expect(codeOf(() => toPublicDistrict(smallDistrict(), { idNumberMask: { keepStart: -1 } }))).toBe('DISTRICT_INVALID_OPTIONS')
    expect(codeOf(() => toPublicDistrict(null as unknown as District))).toBe('DISTRICT_NOT_A_DISTRICT')
    const noName = thaw(smallDistrict())
    noName.volunteers[0].name = 5
    expect(codeOf(() => toPublicDistrict(noName as District))).toBe('DISTRICT_NOT_A_DISTRICT')
    const badPhone = thaw(smallDistrict())
    badPhone.volunteers[0].phone = 13812345678
    expect(codeOf(() => toPublicDistrict(badPhone as District))).toBe('DISTRICT_NOT_A_DISTRICT')
    const hostile = thaw(smallDistrict())
    Object.defineProperty(hostile, 'volunteers', { get: () => { throw new Error('boom') }, enumerable: true })
    expect(codeOf(() => toPublicDistrict(hostile as District))).toBe('DISTRICT_NOT_A_DISTRICT')
  })
})
