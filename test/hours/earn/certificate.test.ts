import { describe, expect, it } from 'vitest'
import { buildCertificate, renderCertificate } from '../../../src/hours/earn/index'
import type { CertificateInput } from '../../../src/hours/earn/index'

const volunteer = { id: 'V0001', name: '张三', idType: 'resident-id', idNumber: '11010519491231002X' } as const
const minimum: CertificateInput = { volunteer, serviceMinutes: 750, serviceContent: '社区助老', recordingUnit: '金家岭街道保利星火志愿服务队' }
const full: CertificateInput = {
  ...minimum,
  serviceContent: ['社区助老', '垃圾分类宣传'],
  servicePeriod: { from: '2025-01-01', to: '2025-12-31' },
  issuer: { name: '金家岭街道社工站', head: '王主任', handler: '李四', contact: '0532-12345678' },
  certificateNumber: 'JJL-2026-0001',
  issuedOn: '2026-01-05',
  remarks: '仅用于评优',
  sealed: true,
}

describe('buildCertificate', () => {
  it('has the 办法 Art. 15 minimum and masks the ID number by default', () => {
    const c = buildCertificate(minimum)
    expect(c).toMatchObject({
      volunteerName: '张三',
      volunteerNumber: 'V0001',
      idType: 'resident-id',
      idNumber: '110105********002X',
      idNumberMasked: true,
      serviceMinutes: 750,
      serviceHours: '12.5',
      serviceContent: ['社区助老'],
      recordingUnit: '金家岭街道保利星火志愿服务队',
      sealed: false,
    })
    expect(Object.isFrozen(c)).toBe(true)
    expect(Object.isFrozen(c.serviceContent)).toBe(true)
    expect(JSON.stringify(c)).not.toContain('19491231')
  })

  it('shows the full ID number only when asked', () => {
    const c = buildCertificate(minimum, { revealIdNumber: true })
    expect(c.idNumber).toBe('11010519491231002X')
    expect(c.idNumberMasked).toBe(false)
  })

  it('uses an injected masking function', () => {
    const c = buildCertificate(minimum, { maskIdNumber: (n, t) => `${t ?? ''}:${n.slice(-2)}` })
    expect(c.idNumber).toBe('resident-id:2X')
  })

  it('rounds hours down, never overstating', () => {
    expect(buildCertificate({ ...minimum, serviceMinutes: 59 }).serviceHours).toBe('0.9')
    expect(buildCertificate({ ...minimum, serviceMinutes: 59 }, { hoursDecimals: 0 }).serviceHours).toBe('0')
    expect(buildCertificate({ ...minimum, serviceMinutes: 61 }, { hoursDecimals: 2 }).serviceHours).toBe('1.01')
    expect(buildCertificate({ ...minimum, serviceMinutes: 0 }, { hoursDecimals: 2 }).serviceHours).toBe('0.00')
  })

  it('keeps the optional 2015-format items', () => {
    const c = buildCertificate(full)
    expect(c).toMatchObject({
      servicePeriod: { from: '2025-01-01', to: '2025-12-31' },
      issuer: { name: '金家岭街道社工站', head: '王主任', handler: '李四', contact: '0532-12345678' },
      certificateNumber: 'JJL-2026-0001',
      issuedOn: '2026-01-05',
      remarks: '仅用于评优',
      sealed: true,
    })
  })

  it.each([
    [{ ...minimum, serviceContent: '' }, 'serviceContent[0]'],
    [{ ...minimum, serviceContent: [] }, 'serviceContent'],
    [{ ...minimum, serviceContent: undefined }, 'serviceContent'],
    [{ ...minimum, recordingUnit: ' ' }, 'recordingUnit'],
    [{ ...minimum, serviceMinutes: undefined }, 'serviceMinutes'],
    [{ ...minimum, volunteer: undefined }, 'volunteer'],
    [{ ...minimum, volunteer: { id: 'V1', name: '' } }, 'volunteer.name'],
    [{ ...minimum, issuer: { name: '' } }, 'issuer.name'],
  ])('CERT_MISSING_FIELD for %#', (input, field) => {
    expect(() => buildCertificate(input as never)).toThrow(expect.objectContaining({ code: 'CERT_MISSING_FIELD', params: { field } }) as Error)
  })

  it.each([
    [{ ...minimum, serviceMinutes: -1 }, {}],
    [{ ...minimum, servicePeriod: { from: '2025-02-01', to: '2025-01-01' } }, {}],
    [{ ...minimum, issuedOn: '2025-13-01' }, {}],
    [{ ...minimum, volunteer: { ...volunteer, idType: 'card' } }, {}],
    [minimum, { hoursDecimals: 3 }],
    [minimum, { maskIdNumber: 'x' }],
    [minimum, { maskIdNumber: () => 3 }],
    [minimum, { maskIdNumber: () => { throw new Error('boom') } }],
    [{ ...minimum, recordingUnit: 'x'.repeat(201) }, {}],
  ])('HOURS_EARN_INVALID_ARGUMENT for %#', (input, options) => {
    expect(() => buildCertificate(input as never, options as never)).toThrow(
      expect.objectContaining({ code: 'HOURS_EARN_INVALID_ARGUMENT' }) as Error,
    )
  })
})

describe('renderCertificate', () => {
  it('renders the minimum', () => {
    expect(renderCertificate(buildCertificate({ ...minimum, volunteer: { id: 'V0001', name: '张三' } }))).toBe(
      ['志愿服务证明', '', '兹证明 张三（志愿者编号：V0001）参加志愿服务，累计志愿服务时间 12.5 小时。', '服务内容：社区助老', '记录单位：金家岭街道保利星火志愿服务队', ''].join('\n'),
    )
  })

  it('renders the full 2015 format', () => {
    expect(renderCertificate(buildCertificate(full))).toBe(
      [
        '志愿服务证明',
        '证明编号：JJL-2026-0001',
        '',
        '兹证明 张三（居民身份证号码：110105********002X；志愿者编号：V0001）于 2025年1月1日至2025年12月31日 参加志愿服务，累计志愿服务时间 12.5 小时。',
        '服务内容：社区助老；垃圾分类宣传',
        '记录单位：金家岭街道保利星火志愿服务队',
        '',
        '出具单位：金家岭街道社工站（盖章）',
        '负责人：王主任',
        '经办人：李四',
        '联系方式：0532-12345678',
        '出具日期：2026年1月5日',
        '备注：仅用于评优',
      ].join('\n'),
    )
  })

  it('renders an ID type without a number, and a seal without an issuer', () => {
    const text = renderCertificate(buildCertificate({ ...minimum, volunteer: { id: 'V1', name: '李四', idType: 'passport' }, sealed: true }))
    expect(text).toContain('（证件类型：护照；志愿者编号：V1）')
    expect(text.endsWith('（盖章）')).toBe(true)
  })

  it('renders a certificate read back from JSON', () => {
    const c = buildCertificate(full)
    expect(renderCertificate(JSON.parse(JSON.stringify(c)))).toBe(renderCertificate(c))
  })

  it('rejects what is not a certificate', () => {
    for (const bad of [null, {}, { ...buildCertificate(minimum), serviceContent: [1] }, { ...buildCertificate(minimum), idType: 'x' }]) {
      expect(() => renderCertificate(bad as never)).toThrow(expect.objectContaining({ code: 'HOURS_EARN_INVALID_ARGUMENT' }) as Error)
    }
  })
})
