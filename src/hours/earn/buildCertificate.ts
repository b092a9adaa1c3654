import { TongxinError } from '../../errors/TongxinError'
import { ID_TYPE_LABELS } from '../../model/labels'
import type { IdType } from '../../model/labels'
import type { CertificateInput, CertificateIssuer, CertificateOptions, CertificatePeriod, ServiceCertificate } from './certificate'
import { maskIdNumber } from '../../ids/index'
import { boolArg, deepFreeze, fail, intArg, isObject, listArg, localDateArg, objectArg, optionalString, own } from './internal/validate'

function required(value: unknown, field: string, maxLength = 2000): string {
  if (typeof value !== 'string' || value.trim().length === 0) throw new TongxinError('CERT_MISSING_FIELD', { field })
  if (value.length > maxLength) fail(field, `expected at most ${maxLength} characters`)
  return value
}

/** Minutes as hours text, rounded down to `decimals` with integer arithmetic. */
function hoursText(minutes: number, decimals: number): string {
  const scale = 10 ** decimals
  const units = Math.floor((minutes * scale) / 60)
  if (decimals === 0) return String(units)
  const whole = Math.floor(units / scale)
  const frac = String(units - whole * scale).padStart(decimals, '0')
  return `${whole}.${frac}`
}

/**
 * 志愿服务证明: builds the certificate data for a volunteer from credited minutes. It always has
 * the 办法 Art. 15 minimum — 志愿服务时间 (in hours), 服务内容, 记录单位 — and the optional items of
 * the 2015 recommended format that are passed in (ID type and masked number, 志愿者编号, 出具单位,
 * 负责人, 经办人, 联系方式, 证明编号, 出具日期, 备注). Hours are rounded down, so a certificate never
 * states more than was credited. The full ID number appears only with `revealIdNumber: true`.
 * Certificates are issued free of charge and only for volunteer service (办法 Art. 14, 19).
 *
 * @param input - the volunteer, credited minutes, service content, recording unit and optional items
 * @param options - `revealIdNumber`, the masking function, decimals of the hours
 * @returns the frozen certificate data
 * @throws TongxinError `CERT_MISSING_FIELD` when a minimum item is missing; `HOURS_EARN_INVALID_ARGUMENT` for malformed input
 * @see notes/domain.md §1.4 (办法 Art. 14–17; 民发〔2015〕149号 format); §3.4 (masking conventions)
 * @example
 * const c = buildCertificate({
 *   volunteer: { id: 'V0001', name: '张三', idType: 'resident-id', idNumber: '11010519491231002X' },
 *   serviceMinutes: 750, serviceContent: '社区助老', recordingUnit: '某某志愿服务队',
 * })
 * c.serviceHours //=> '12.5'
 * c.idNumber //=> '110105********002X'
 */
export function buildCertificate(input: CertificateInput, options: CertificateOptions = {}): ServiceCertificate {
  const inp = objectArg(input, 'input')
  const opts = objectArg(options, 'options')
  const volunteerValue = own(inp, 'volunteer')
  if (!isObject(volunteerValue)) throw new TongxinError('CERT_MISSING_FIELD', { field: 'volunteer' })
  const volunteerName = required(own(volunteerValue, 'name'), 'volunteer.name', 200)
  const volunteerNumber = required(own(volunteerValue, 'id'), 'volunteer.id', 200)
  const minutesValue = own(inp, 'serviceMinutes')
  if (minutesValue === undefined) throw new TongxinError('CERT_MISSING_FIELD', { field: 'serviceMinutes' })
  const serviceMinutes = intArg(minutesValue, 'serviceMinutes')
  const contentValue = own(inp, 'serviceContent')
  const contentList: readonly unknown[] =
    typeof contentValue === 'string' ? [contentValue] : contentValue === undefined ? [] : listArg(contentValue, 'serviceContent')
  if (contentList.length > 1000) fail('serviceContent', 'expected at most 1000 items')
  const serviceContent = contentList.map((c, i) => required(c, `serviceContent[${i}]`))
  if (serviceContent.length === 0) throw new TongxinError('CERT_MISSING_FIELD', { field: 'serviceContent' })
  const recordingUnit = required(own(inp, 'recordingUnit'), 'recordingUnit', 200)

  const decimalsValue = own(opts, 'hoursDecimals') ?? 1
  if (decimalsValue !== 0 && decimalsValue !== 1 && decimalsValue !== 2) fail('options.hoursDecimals', 'expected 0, 1 or 2')
  const reveal = boolArg(own(opts, 'revealIdNumber'), 'options.revealIdNumber', false)
  const maskValue = own(opts, 'maskIdNumber')
  if (maskValue !== undefined && typeof maskValue !== 'function') fail('options.maskIdNumber', 'expected a function')

  const cert: { -readonly [K in keyof ServiceCertificate]: ServiceCertificate[K] } = {
    volunteerName,
    volunteerNumber,
    idNumberMasked: !reveal,
    serviceMinutes,
    serviceHours: hoursText(serviceMinutes, decimalsValue),
    hoursDecimals: decimalsValue,
    serviceContent,
    recordingUnit,
    sealed: boolArg(own(inp, 'sealed'), 'sealed', false),
  }
  const idTypeValue = own(volunteerValue, 'idType')
  let idType: IdType | undefined
  if (idTypeValue !== undefined) {
    if (typeof idTypeValue !== 'string' || !Object.hasOwn(ID_TYPE_LABELS, idTypeValue)) fail('volunteer.idType', 'expected an identity document type')
    idType = idTypeValue as IdType
    cert.idType = idType
  }
  const idNumber = optionalString(own(volunteerValue, 'idNumber'), 'volunteer.idNumber', 64)
  if (idNumber !== undefined) {
    if (reveal) cert.idNumber = idNumber
    else {
      let masked: unknown
      try {
        masked = maskValue === undefined ? maskIdNumber(idNumber) : (maskValue as (n: string, t: IdType | undefined) => unknown)(idNumber, idType)
      } catch (e) {
        if (e instanceof TongxinError) throw e
        fail('options.maskIdNumber', 'the masking function threw')
      }
      if (typeof masked !== 'string') fail('options.maskIdNumber', 'the masking function must return a string')
      cert.idNumber = masked
    }
  }
  const periodValue = own(inp, 'servicePeriod')
  if (periodValue !== undefined) {
    const p = objectArg(periodValue, 'servicePeriod')
    const period: CertificatePeriod = {
      from: localDateArg(own(p, 'from'), 'servicePeriod.from'),
      to: localDateArg(own(p, 'to'), 'servicePeriod.to'),
    }
    if (period.to < period.from) fail('servicePeriod', 'to is before from')
    cert.servicePeriod = period
  }
  const issuerValue = own(inp, 'issuer')
  if (issuerValue !== undefined) {
    const o = objectArg(issuerValue, 'issuer')
    const issuer: { -readonly [K in keyof CertificateIssuer]: CertificateIssuer[K] } = { name: required(own(o, 'name'), 'issuer.name', 200) }
    const head = optionalString(own(o, 'head'), 'issuer.head', 200)
    const handler = optionalString(own(o, 'handler'), 'issuer.handler', 200)
    const contact = optionalString(own(o, 'contact'), 'issuer.contact', 200)
    if (head !== undefined) issuer.head = head
    if (handler !== undefined) issuer.handler = handler
    if (contact !== undefined) issuer.contact = contact
    cert.issuer = issuer
  }
  const number = optionalString(own(inp, 'certificateNumber'), 'certificateNumber', 200)
  if (number !== undefined) cert.certificateNumber = number
  const issuedOnValue = own(inp, 'issuedOn')
  if (issuedOnValue !== undefined) cert.issuedOn = localDateArg(issuedOnValue, 'issuedOn')
  const remarks = optionalString(own(inp, 'remarks'), 'remarks')
  if (remarks !== undefined) cert.remarks = remarks
  return deepFreeze(cert)
}
