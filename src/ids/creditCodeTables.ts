// GB 32100-2015 tables as plain data (no zod).

import type { Label } from '../model/labels'

/**
 * The 31 symbols of a 统一社会信用代码, in the order of their values 0–30 (no I, O, Z, S, V).
 * @see notes/domain.md §3.3
 * @example
 * CREDIT_CODE_ALPHABET.indexOf('Y') //=> 30
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'

/**
 * One 登记管理部门 (registration authority) of GB 32100-2015: its label and its 机构类别
 * (organisation categories), keyed by the one-character category code.
 * @example
 * const d: CreditCodeDepartment | undefined = CREDIT_CODE_DEPARTMENTS['5']
 */
export interface CreditCodeDepartment {
  /** The department's name. */
  readonly label: Label
  /** Its organisation categories (character 2 of the code), by code. */
  readonly categories: Readonly<Record<string, Label>>
}

/**
 * 登记管理部门代码 (character 1) and 机构类别代码 (character 2) of a 统一社会信用代码.
 *
 * @see notes/domain.md §3.3 — departments 1 机构编制, 5 民政, 9 工商 and Y 其他 with their
 * categories (✅, hutool `CreditCodeUtil`, fdstar `ManagementKindCode.cs`). The other
 * departments (2 外交, 3 司法行政, 4 文化, 6 旅游, 7 宗教, 8 工会, A 中央军委改革和编制办公室,
 * N 农业) follow GB 32100-2015 Table 1 as quoted identically by several public code bases
 * (🟡: the standard text itself was not read).
 * @example
 * CREDIT_CODE_DEPARTMENTS['5'].categories['2']?.['zh-CN'] //=> '民办非企业单位（社会服务机构）'
 */
export const CREDIT_CODE_DEPARTMENTS = deepFreeze({
  '1': {
    label: { 'zh-CN': '机构编制', en: 'institutional establishment' },
    categories: {
      '1': { 'zh-CN': '机关', en: 'government organ' },
      '2': { 'zh-CN': '事业单位', en: 'public institution' },
      '3': { 'zh-CN': '中央编办直接管理机构编制的群众团体', en: 'mass organisation staffed by the central establishment office' },
      '9': { 'zh-CN': '其他', en: 'other' },
    },
  },
  '2': {
    label: { 'zh-CN': '外交', en: 'foreign affairs' },
    categories: {
      '1': { 'zh-CN': '外国常驻新闻机构', en: 'resident foreign news agency' },
      '9': { 'zh-CN': '其他', en: 'other' },
    },
  },
  '3': {
    label: { 'zh-CN': '司法行政', en: 'judicial administration' },
    categories: {
      '1': { 'zh-CN': '律师执业机构', en: 'law firm' },
      '2': { 'zh-CN': '公证处', en: 'notary office' },
      '3': { 'zh-CN': '基层法律服务所', en: 'grassroots legal service office' },
      '4': { 'zh-CN': '司法鉴定机构', en: 'forensic appraisal institution' },
      '5': { 'zh-CN': '仲裁委员会', en: 'arbitration commission' },
      '9': { 'zh-CN': '其他', en: 'other' },
    },
  },
  '4': {
    label: { 'zh-CN': '文化', en: 'culture' },
    categories: {
      '1': { 'zh-CN': '外国在华文化中心', en: 'foreign cultural centre in China' },
      '9': { 'zh-CN': '其他', en: 'other' },
    },
  },
  '5': {
    label: { 'zh-CN': '民政', en: 'civil affairs' },
    categories: {
      '1': { 'zh-CN': '社会团体', en: 'social association' },
      '2': { 'zh-CN': '民办非企业单位（社会服务机构）', en: 'private non-enterprise unit (social service organisation)' },
      '3': { 'zh-CN': '基金会', en: 'foundation' },
      '9': { 'zh-CN': '其他', en: 'other' },
    },
  },
  '6': {
    label: { 'zh-CN': '旅游', en: 'tourism' },
    categories: {
      '1': { 'zh-CN': '外国旅游部门常驻代表机构', en: 'representative office of a foreign tourism authority' },
      '2': {
        'zh-CN': '港澳台地区旅游部门常驻内地（大陆）代表机构',
        en: 'representative office of a Hong Kong, Macao or Taiwan tourism authority',
      },
      '9': { 'zh-CN': '其他', en: 'other' },
    },
  },
  '7': {
    label: { 'zh-CN': '宗教', en: 'religious affairs' },
    categories: {
      '1': { 'zh-CN': '宗教活动场所', en: 'venue for religious activities' },
      '2': { 'zh-CN': '宗教院校', en: 'religious college' },
      '9': { 'zh-CN': '其他', en: 'other' },
    },
  },
  '8': {
    label: { 'zh-CN': '工会', en: 'trade union' },
    categories: {
      '1': { 'zh-CN': '基层工会', en: 'grassroots trade union' },
      '9': { 'zh-CN': '其他', en: 'other' },
    },
  },
  '9': {
    label: { 'zh-CN': '工商', en: 'industry and commerce' },
    categories: {
      '1': { 'zh-CN': '企业', en: 'enterprise' },
      '2': { 'zh-CN': '个体工商户', en: 'individual business' },
      '3': { 'zh-CN': '农民专业合作社', en: "farmers' specialised cooperative" },
    },
  },
  A: {
    label: { 'zh-CN': '中央军委改革和编制办公室', en: 'CMC reform and establishment office' },
    categories: {
      '1': { 'zh-CN': '军队事业单位', en: 'military public institution' },
      '9': { 'zh-CN': '其他', en: 'other' },
    },
  },
  N: {
    label: { 'zh-CN': '农业', en: 'agriculture' },
    categories: {
      '1': { 'zh-CN': '组级集体经济组织', en: 'group-level collective economic organisation' },
      '2': { 'zh-CN': '村级集体经济组织', en: 'village-level collective economic organisation' },
      '3': { 'zh-CN': '乡镇级集体经济组织', en: 'township-level collective economic organisation' },
      '9': { 'zh-CN': '其他', en: 'other' },
    },
  },
  Y: {
    label: { 'zh-CN': '其他', en: 'other' },
    categories: {
      '1': { 'zh-CN': '其他（不再细分）', en: 'other (not subdivided)' },
    },
  },
} satisfies Record<string, CreditCodeDepartment>)

/**
 * A registration-authority code (character 1 of a credit code).
 * @example
 * const c: CreditCodeDepartmentCode = '5'
 */
export type CreditCodeDepartmentCode = keyof typeof CREDIT_CODE_DEPARTMENTS

function deepFreeze<T extends object>(value: T): T {
  for (const v of Object.values(value)) if (typeof v === 'object' && v !== null) deepFreeze(v as object)
  return Object.freeze(value)
}
