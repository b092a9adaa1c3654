// tongxin ids — identity numbers (GB 11643), credit codes (GB 32100), mobile numbers, masking.
export { checkIdNumber, type CheckIdNumberOptions } from './checkIdNumber'
export { checkCreditCode } from './checkCreditCode'
export { checkPhone } from './checkPhone'
export { maskIdNumber } from './maskIdNumber'
export { maskPhone } from './maskPhone'
export { maskName } from './maskName'
export { maskCreditCode } from './maskCreditCode'
export { makeIdNumber, type IdNumberParts } from './makeIdNumber'
export { makeCreditCode, type CreditCodeParts } from './makeCreditCode'
export {
  DEFAULT_ID_NUMBER_MASK,
  DEFAULT_PHONE_MASK,
  DEFAULT_NAME_MASK,
  DEFAULT_CREDIT_CODE_MASK,
  type MaskPolicy,
} from './maskPolicy'
export { COMPOUND_SURNAMES } from './compoundSurnames'
export {
  CREDIT_CODE_ALPHABET,
  CREDIT_CODE_DEPARTMENTS,
  type CreditCodeDepartment,
  type CreditCodeDepartmentCode,
} from './creditCodeTables'
export {
  PROVINCE_CODES,
  RESIDENCE_PERMIT_REGION_CODES,
  NATIONAL_REGION_CODE,
  type ProvinceCode,
} from './regions'
export type * from './types'
