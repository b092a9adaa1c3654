import { isLocalDate } from '../../model/calendar'
import { ID_TYPE_LABELS } from '../../model/labels'
import type { ServiceCertificate } from './certificate'
import { zhDate } from './internal/dates'
import { fail, isObject, own } from './internal/validate'

const str = (v: unknown): boolean => typeof v === 'string'
const optStr = (v: unknown): boolean => v === undefined || typeof v === 'string'
const optDate = (v: unknown): boolean => v === undefined || (typeof v === 'string' && isLocalDate(v))

/** Checks the shape of a certificate (it may come back from JSON). */
function checkCertificate(value: unknown): ServiceCertificate {
  if (!isObject(value)) fail('certificate', 'expected a certificate from buildCertificate')
  const content = own(value, 'serviceContent')
  const idType = own(value, 'idType')
  const period = own(value, 'servicePeriod')
  const issuer = own(value, 'issuer')
  const ok =
    str(own(value, 'volunteerName')) &&
    str(own(value, 'volunteerNumber')) &&
    str(own(value, 'serviceHours')) &&
    str(own(value, 'recordingUnit')) &&
    Array.isArray(content) &&
    content.every(str) &&
    (idType === undefined || (typeof idType === 'string' && Object.hasOwn(ID_TYPE_LABELS, idType))) &&
    optStr(own(value, 'idNumber')) &&
    (period === undefined || (isObject(period) && optDate(own(period, 'from')) && optDate(own(period, 'to')) && str(own(period, 'from')) && str(own(period, 'to')))) &&
    (issuer === undefined ||
      (isObject(issuer) && str(own(issuer, 'name')) && optStr(own(issuer, 'head')) && optStr(own(issuer, 'handler')) && optStr(own(issuer, 'contact')))) &&
    optStr(own(value, 'certificateNumber')) &&
    optDate(own(value, 'issuedOn')) &&
    optStr(own(value, 'remarks')) &&
    (own(value, 'sealed') === undefined || typeof own(value, 'sealed') === 'boolean')
  if (!ok) fail('certificate', 'expected a certificate from buildCertificate')
  return value as unknown as ServiceCertificate
}

/**
 * Renders a 志愿服务证明 as zh-CN plain text in the order of the 2015 recommended format: identity,
 * service, issuer, number and date. Items that were not given are left out.
 *
 * @param certificate - a certificate from `buildCertificate`
 * @returns the text, lines separated by `\n`
 * @throws TongxinError `HOURS_EARN_INVALID_ARGUMENT` when the argument does not have the shape of a certificate
 * @see notes/domain.md §1.4 (民发〔2015〕149号 format)
 * @example
 * renderCertificate(buildCertificate({ volunteer: { id: 'V0001', name: '张三' }, serviceMinutes: 750, serviceContent: '社区助老', recordingUnit: '某某志愿服务队' }))
 * //=> '志愿服务证明\n\n兹证明 张三（志愿者编号：V0001）参加志愿服务，累计志愿服务时间 12.5 小时。\n…'
 */
export function renderCertificate(certificate: ServiceCertificate): string {
  const c = checkCertificate(certificate)
  const lines: string[] = ['志愿服务证明']
  if (c.certificateNumber !== undefined) lines.push(`证明编号：${c.certificateNumber}`)
  lines.push('')
  const ids: string[] = []
  if (c.idNumber !== undefined) ids.push(`${c.idType === undefined ? '身份证件' : ID_TYPE_LABELS[c.idType]['zh-CN']}号码：${c.idNumber}`)
  else if (c.idType !== undefined) ids.push(`证件类型：${ID_TYPE_LABELS[c.idType]['zh-CN']}`)
  ids.push(`志愿者编号：${c.volunteerNumber}`)
  const when = c.servicePeriod === undefined ? '' : `于 ${zhDate(c.servicePeriod.from)}至${zhDate(c.servicePeriod.to)} `
  lines.push(`兹证明 ${c.volunteerName}（${ids.join('；')}）${when}参加志愿服务，累计志愿服务时间 ${c.serviceHours} 小时。`)
  lines.push(`服务内容：${c.serviceContent.join('；')}`)
  lines.push(`记录单位：${c.recordingUnit}`)
  lines.push('')
  if (c.issuer !== undefined) {
    lines.push(`出具单位：${c.issuer.name}${c.sealed ? '（盖章）' : ''}`)
    if (c.issuer.head !== undefined) lines.push(`负责人：${c.issuer.head}`)
    if (c.issuer.handler !== undefined) lines.push(`经办人：${c.issuer.handler}`)
    if (c.issuer.contact !== undefined) lines.push(`联系方式：${c.issuer.contact}`)
  } else if (c.sealed) lines.push('（盖章）')
  if (c.issuedOn !== undefined) lines.push(`出具日期：${zhDate(c.issuedOn)}`)
  if (c.remarks !== undefined) lines.push(`备注：${c.remarks}`)
  return lines.join('\n')
}
