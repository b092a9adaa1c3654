import type { MessageTemplate } from '../types'

/**
 * Messages of the ids module.
 * @example
 * formatMessage({ code: Object.keys(IDS_MESSAGES)[0] ?? '' }, 'en')
 */
export const IDS_MESSAGES = {
  // 居民身份证号 (GB 11643-1999)
  ID_NOT_STRING: { 'zh-CN': '身份证号应为字符串，实际为 {type}', en: 'the identity number must be a string, not {type}' },
  ID_EMPTY: { 'zh-CN': '身份证号为空', en: 'the identity number is empty' },
  ID_BAD_LENGTH: {
    'zh-CN': '身份证号应为 18 位（或旧版 15 位），实际为 {actual} 位',
    en: 'the identity number must have 18 characters (or 15 in the legacy form), not {actual}',
  },
  ID_BAD_CHARACTERS: {
    'zh-CN': '身份证号第 {position} 位的字符“{character}”无效',
    en: 'the identity number has an invalid character "{character}" at position {position}',
  },
  ID_BAD_REGION: {
    'zh-CN': '身份证号的地址码 {regionCode} 不是有效的省级行政区划代码',
    en: 'the address code {regionCode} of the identity number does not start with a valid province code',
  },
  ID_BAD_BIRTH_DATE: {
    'zh-CN': '身份证号中的出生日期 {birthDate} 不是真实的日期',
    en: 'the birth date {birthDate} in the identity number is not a real date',
  },
  ID_BIRTH_DATE_TOO_EARLY: {
    'zh-CN': '身份证号中的出生日期 {birthDate} 早于 {earliest}',
    en: 'the birth date {birthDate} in the identity number is before {earliest}',
  },
  ID_BIRTH_DATE_IN_FUTURE: {
    'zh-CN': '身份证号中的出生日期 {birthDate} 晚于今天（{today}）',
    en: 'the birth date {birthDate} in the identity number is after today ({today})',
  },
  ID_BAD_CHECK_CHARACTER: {
    'zh-CN': '校验码应为 {expected}，而不是 {actual}',
    en: 'the check character should be {expected}, not {actual}',
  },
  ID_BAD_SEQUENCE: {
    'zh-CN': '顺序码 {sequence} 无效：应为 0 到 999 的整数',
    en: 'the sequence {sequence} is invalid: it must be an integer from 0 to 999',
  },
  ID_INVALID_TODAY: {
    'zh-CN': '选项 today 的值 {today} 无效：应为真实的日期 YYYY-MM-DD',
    en: 'option today {today} is invalid: it must be a real date YYYY-MM-DD',
  },
  ID_INVALID_ARGUMENT: {
    'zh-CN': '参数 {name} 无效：应为 {expected}',
    en: 'argument {name} is invalid: it must be {expected}',
  },

  // 统一社会信用代码 (GB 32100-2015, GB 11714)
  CREDIT_NOT_STRING: {
    'zh-CN': '统一社会信用代码应为字符串，实际为 {type}',
    en: 'the unified social credit code must be a string, not {type}',
  },
  CREDIT_EMPTY: { 'zh-CN': '统一社会信用代码为空', en: 'the unified social credit code is empty' },
  CREDIT_BAD_LENGTH: {
    'zh-CN': '统一社会信用代码应为 18 位，实际为 {actual} 位',
    en: 'the unified social credit code must have 18 characters, not {actual}',
  },
  CREDIT_BAD_CHARACTERS: {
    'zh-CN': '统一社会信用代码第 {position} 位的字符“{character}”无效（不使用 I、O、Z、S、V）',
    en: 'the unified social credit code has an invalid character "{character}" at position {position} (I, O, Z, S, V are not used)',
  },
  CREDIT_BAD_DEPARTMENT: {
    'zh-CN': '登记管理部门代码 {department} 无效',
    en: 'the registration authority code {department} is invalid',
  },
  CREDIT_BAD_CATEGORY: {
    'zh-CN': '登记管理部门 {department} 下没有机构类别代码 {category}',
    en: 'registration authority {department} has no organisation category {category}',
  },
  CREDIT_BAD_REGION: {
    'zh-CN': '登记管理机关行政区划码 {regionCode} 无效',
    en: 'the administrative division code {regionCode} of the registration authority is invalid',
  },
  CREDIT_BAD_ORGANIZATION_CHECK: {
    'zh-CN': '主体标识码（组织机构代码）的校验码应为 {expected}，而不是 {actual}',
    en: 'the check character of the organisation code (GB 11714) should be {expected}, not {actual}',
  },
  CREDIT_BAD_CHECK_CHARACTER: {
    'zh-CN': '统一社会信用代码的校验码应为 {expected}，而不是 {actual}',
    en: 'the check character of the unified social credit code should be {expected}, not {actual}',
  },
  CREDIT_INVALID_ARGUMENT: {
    'zh-CN': '参数 {name} 无效：应为 {expected}',
    en: 'argument {name} is invalid: it must be {expected}',
  },

  // 手机号码
  PHONE_NOT_STRING: { 'zh-CN': '手机号码应为字符串，实际为 {type}', en: 'the mobile number must be a string, not {type}' },
  PHONE_EMPTY: { 'zh-CN': '手机号码为空', en: 'the mobile number is empty' },
  PHONE_BAD_CHARACTERS: {
    'zh-CN': '手机号码中的字符“{character}”无效',
    en: 'the mobile number has an invalid character "{character}"',
  },
  PHONE_BAD_LENGTH: {
    'zh-CN': '手机号码应为 11 位数字，实际为 {actual} 位',
    en: 'the mobile number must have 11 digits, not {actual}',
  },
  PHONE_BAD_PREFIX: {
    'zh-CN': '手机号码应以 13–19 开头，实际为 {prefix}',
    en: 'a mainland mobile number starts with 13–19, not {prefix}',
  },

  // 脱敏
  MASK_NOT_STRING: { 'zh-CN': '待脱敏的值应为字符串，实际为 {type}', en: 'the value to mask must be a string, not {type}' },
  MASK_INVALID_POLICY: {
    'zh-CN': '脱敏规则的 {field} 无效：应为 {expected}',
    en: 'mask policy field {field} is invalid: it must be {expected}',
  },
} as const satisfies Record<string, MessageTemplate>
