// The 志愿服务证明 data types (办法 Art. 15 minimum, 2015 recommended format).
import type { IdType } from '../../model/labels'

/**
 * The issuing unit block of the 2015 format (出具单位).
 * @see notes/domain.md §1.4 (民发〔2015〕149号 format: issuer name, 负责人, 经办人, contact)
 * @example
 * const issuer: CertificateIssuer = { name: '某某社区志愿服务站', head: '王主任', handler: '李四', contact: '0532-12345678' }
 */
export interface CertificateIssuer {
  /** 出具单位名称. */
  readonly name: string
  /** 负责人. */
  readonly head?: string
  /** 经办人. */
  readonly handler?: string
  /** 联系方式. */
  readonly contact?: string
}

/**
 * A period of service on the certificate, as local dates.
 * @example
 * const p: CertificatePeriod = { from: '2025-01-01', to: '2025-12-31' }
 */
export interface CertificatePeriod {
  /** First day `YYYY-MM-DD`. */
  readonly from: string
  /** Last day `YYYY-MM-DD` (not before `from`). */
  readonly to: string
}

/**
 * The volunteer as the certificate needs it (a `Volunteer` of the model fits).
 * @example
 * const v: CertificateVolunteer = { id: 'V0001', name: '张三', idType: 'resident-id', idNumber: '11010519491231002X' }
 */
export interface CertificateVolunteer {
  /** 志愿者编号 (the public number, never the ID number). */
  readonly id: string
  /** 姓名. */
  readonly name: string
  /** 身份证件类型. */
  readonly idType?: IdType | undefined
  /** 身份证件号码 (sensitive: masked on the certificate unless the caller asks otherwise). */
  readonly idNumber?: string | undefined
}

/**
 * What `buildCertificate` needs. The first four fields are the 办法 Art. 15 minimum; the rest are
 * the optional items of the 2015 recommended format. Nothing is read from a clock.
 * @see notes/domain.md §1.4
 * @example
 * const input: CertificateInput = { volunteer, serviceMinutes: 750, serviceContent: '社区助老', recordingUnit: '某某志愿服务队' }
 */
export interface CertificateInput {
  /** The volunteer. */
  readonly volunteer: CertificateVolunteer
  /** 志愿服务时间: credited minutes (shown in hours). */
  readonly serviceMinutes: number
  /** 服务内容: one text or a list (kept in the given order). */
  readonly serviceContent: string | readonly string[]
  /** 记录单位: the unit that recorded the service (谁记录谁证明). */
  readonly recordingUnit: string
  /** The period the service covers. */
  readonly servicePeriod?: CertificatePeriod
  /** 出具单位, 负责人, 经办人, 联系方式. */
  readonly issuer?: CertificateIssuer
  /** 证明编号. */
  readonly certificateNumber?: string
  /** 出具日期 `YYYY-MM-DD`, passed in. */
  readonly issuedOn?: string
  /** 备注. */
  readonly remarks?: string
  /** Whether the issuer stamps it (盖章 is optional, 办法 Art. 15). */
  readonly sealed?: boolean
}

/**
 * 志愿服务证明 as data: the 办法 Art. 15 minimum and whatever optional 2015-format items were given.
 * @see notes/domain.md §1.4 (办法 Art. 14–17; 民发〔2015〕149号)
 * @example
 * const c: ServiceCertificate = buildCertificate(input)
 */
export interface ServiceCertificate {
  /** 志愿者姓名. */
  readonly volunteerName: string
  /** 志愿者编号. */
  readonly volunteerNumber: string
  /** 身份证件类型, when given. */
  readonly idType?: IdType
  /** 身份证件号码: masked unless `revealIdNumber` was requested. */
  readonly idNumber?: string
  /** Whether `idNumber` is masked (true unless revealed). */
  readonly idNumberMasked: boolean
  /** 志愿服务时间 in minutes (as credited). */
  readonly serviceMinutes: number
  /** 志愿服务时间 in hours, as text, rounded down to `hoursDecimals` (never overstated). */
  readonly serviceHours: string
  /** Decimals shown in `serviceHours`. */
  readonly hoursDecimals: number
  /** 服务内容. */
  readonly serviceContent: readonly string[]
  /** 记录单位. */
  readonly recordingUnit: string
  /** Service period. */
  readonly servicePeriod?: CertificatePeriod
  /** 出具单位 block. */
  readonly issuer?: CertificateIssuer
  /** 证明编号. */
  readonly certificateNumber?: string
  /** 出具日期. */
  readonly issuedOn?: string
  /** 备注. */
  readonly remarks?: string
  /** Whether it is stamped. */
  readonly sealed: boolean
}

/**
 * Options of `buildCertificate`.
 * @example
 * const o: CertificateOptions = { revealIdNumber: false, hoursDecimals: 1 }
 */
export interface CertificateOptions {
  /** Put the full ID number on the certificate. Default false: it is masked (条例 Art. 20; PIPL). */
  readonly revealIdNumber?: boolean
  /** The masking function; default `maskIdNumber` of tongxin's ids module (keeps the first 6 and last 4 characters; a short number is masked entirely). */
  readonly maskIdNumber?: (idNumber: string, idType: IdType | undefined) => string
  /** Decimals of the hours shown: 0, 1 or 2. Default 1 (a local choice; the law only says "in hours"). */
  readonly hoursDecimals?: 0 | 1 | 2
}
