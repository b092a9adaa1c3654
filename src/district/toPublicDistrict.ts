import { TongxinError, isTongxinError } from '../errors/TongxinError'
import { maskIdNumber, maskName, maskPhone } from '../ids/index'
import type { MaskPolicy } from '../ids/index'
import type { District, Volunteer } from '../model/types'
import { collectProblems } from './internal/integrity'
import { isPlainObject, reasonOf } from './internal/util'

/**
 * A volunteer as published: ID number and phone masked, name masked unless they consented,
 * birth date only with consent.
 * @example
 * toPublicDistrict(d).volunteers[0].phone //=> '138****5678'
 */
export interface PublicVolunteer extends Omit<Volunteer, 'name' | 'idNumber' | 'phone' | 'birthDate'> {
  /** The name, masked (`张*`) unless `consentToPublish`. */
  readonly name: string
  /** The identity document number, always masked (first 6 and last 4 kept by default). */
  readonly idNumber?: string
  /** The mobile number, always masked (3 + 4 kept by default). */
  readonly phone?: string
  /** The birth date, present only when the volunteer consented to publication. */
  readonly birthDate?: string
}

/**
 * The public, serialisable view of a district: a `District` whose volunteers are `PublicVolunteer`s.
 * @example
 * const text = JSON.stringify(toPublicDistrict(d) satisfies PublicDistrict)
 */
export interface PublicDistrict extends Omit<District, 'volunteers'> {
  /** The volunteers, masked. */
  readonly volunteers: readonly PublicVolunteer[]
}

/**
 * Options of `toPublicDistrict`: the mask policies (see `DEFAULT_ID_NUMBER_MASK`,
 * `DEFAULT_PHONE_MASK`, `DEFAULT_NAME_MASK`) and whether consent reveals names.
 * @example
 * const options: PublicDistrictOptions = { phoneMask: { keepStart: 3, keepEnd: 2 } }
 */
export interface PublicDistrictOptions {
  /** Overrides of the ID-number mask (default keeps 6 + 4). */
  readonly idNumberMask?: Partial<MaskPolicy>
  /** Overrides of the phone mask (default keeps 3 + 4). */
  readonly phoneMask?: Partial<MaskPolicy>
  /** Overrides of the name mask (default shows the surname only). */
  readonly nameMask?: Partial<MaskPolicy>
  /** Show the names of volunteers who consented to publication (default `true`); `false` masks every name. */
  readonly revealConsentedNames?: boolean
}

function publicVolunteer(v: Volunteer, options: PublicDistrictOptions, reveal: boolean): PublicVolunteer {
  const consent = v.consentToPublish
  const out: Record<string, unknown> = { ...v }
  out.name = consent && reveal ? v.name : maskName(v.name, options.nameMask)
  if (v.idNumber !== undefined) out.idNumber = maskIdNumber(v.idNumber, options.idNumberMask)
  if (v.phone !== undefined) out.phone = maskPhone(v.phone, options.phoneMask)
  if (!consent) Reflect.deleteProperty(out, 'birthDate')
  return Object.freeze(out) as unknown as PublicVolunteer
}

/**
 * The public view of a district (公开数据), for anything shown to people or sent outside: each
 * volunteer's 身份证件号码 is masked (first 6 and last 4 kept) and phone masked (3 + 4); names
 * are masked (`张*`) and birth dates dropped unless the volunteer consented to publication
 * (`consentToPublish`). Social workers, teams and the rest are public roles and pass unchanged.
 * The masks come from the identifier module (`maskIdNumber`, `maskPhone`, `maskName`).
 *
 * The result is frozen (the volunteers are new objects; the other collections are shared with
 * the input) and serialises with `JSON.stringify`.
 *
 * @param district - a district
 * @param options - mask policies and whether consent reveals names
 * @returns the public view
 * @throws TongxinError `DISTRICT_NOT_A_DISTRICT` for input that is not a district,
 *   `DISTRICT_INVALID_OPTIONS` for bad options (or a mask policy the masks reject)
 * @see notes/domain.md §3.4 (条例 Art. 20, 办法 Art. 16: no disclosure without consent; masking formats are conventions)
 * @example
 * const pub = toPublicDistrict(district)
 * pub.volunteers[0].idNumber //=> '110105********002X'
 * JSON.stringify(pub) // safe to publish
 */
export function toPublicDistrict(district: District, options: PublicDistrictOptions = {}): PublicDistrict {
  if (!isPlainObject(options)) throw new TongxinError('DISTRICT_INVALID_OPTIONS', { reason: 'options must be an object' })
  const reveal = options.revealConsentedNames ?? true
  if (typeof reveal !== 'boolean') throw new TongxinError('DISTRICT_INVALID_OPTIONS', { reason: 'revealConsentedNames must be a boolean' })
  try {
    collectProblems(district) // checks the shape
  } catch (e) {
    if (isTongxinError(e)) throw e
    throw new TongxinError('DISTRICT_NOT_A_DISTRICT', { reason: reasonOf(e), at: '' })
  }
  const volunteers = district.volunteers
  for (let i = 0; i < volunteers.length; i++) {
    const v = volunteers[i] as unknown as Record<string, unknown>
    const bad = typeof v.name !== 'string' ? 'name' : ['idNumber', 'phone'].find((k) => v[k] !== undefined && typeof v[k] !== 'string')
    if (bad !== undefined) throw new TongxinError('DISTRICT_NOT_A_DISTRICT', { reason: `${bad} is not a string`, at: `volunteers.${i}.${bad}` })
  }
  try {
    return Object.freeze({
      ...district,
      volunteers: Object.freeze(volunteers.map((v) => publicVolunteer(v, options, reveal))),
    })
  } catch (e) {
    throw new TongxinError('DISTRICT_INVALID_OPTIONS', { reason: isTongxinError(e) ? e.code : reasonOf(e) })
  }
}
