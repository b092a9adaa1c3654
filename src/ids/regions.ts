// Province-level codes of GB/T 2260 as plain data (no zod), used by the identity-number and
// credit-code checks and by the sample generator.

import type { Label } from '../model/labels'

/**
 * 省级行政区划代码 — the first two digits of a GB/T 2260 address code, with zh-CN / en names.
 * A 居民身份证号 (and the legacy 15-digit number) must start with one of these, except 81 and 82,
 * which appear only in the residence-permit codes 810000 / 820000 (see
 * {@link RESIDENCE_PERMIT_REGION_CODES}).
 *
 * @see notes/domain.md §3.2 (address code = GB/T 2260). The list is GB/T 2260's province level;
 * the province table itself is not in the notes (🟡: a well-known public code list).
 * @example
 * PROVINCE_CODES['37']['zh-CN'] //=> '山东省'
 */
export const PROVINCE_CODES = Object.freeze({
  '11': { 'zh-CN': '北京市', en: 'Beijing' },
  '12': { 'zh-CN': '天津市', en: 'Tianjin' },
  '13': { 'zh-CN': '河北省', en: 'Hebei' },
  '14': { 'zh-CN': '山西省', en: 'Shanxi' },
  '15': { 'zh-CN': '内蒙古自治区', en: 'Inner Mongolia' },
  '21': { 'zh-CN': '辽宁省', en: 'Liaoning' },
  '22': { 'zh-CN': '吉林省', en: 'Jilin' },
  '23': { 'zh-CN': '黑龙江省', en: 'Heilongjiang' },
  '31': { 'zh-CN': '上海市', en: 'Shanghai' },
  '32': { 'zh-CN': '江苏省', en: 'Jiangsu' },
  '33': { 'zh-CN': '浙江省', en: 'Zhejiang' },
  '34': { 'zh-CN': '安徽省', en: 'Anhui' },
  '35': { 'zh-CN': '福建省', en: 'Fujian' },
  '36': { 'zh-CN': '江西省', en: 'Jiangxi' },
  '37': { 'zh-CN': '山东省', en: 'Shandong' },
  '41': { 'zh-CN': '河南省', en: 'Henan' },
  '42': { 'zh-CN': '湖北省', en: 'Hubei' },
  '43': { 'zh-CN': '湖南省', en: 'Hunan' },
  '44': { 'zh-CN': '广东省', en: 'Guangdong' },
  '45': { 'zh-CN': '广西壮族自治区', en: 'Guangxi' },
  '46': { 'zh-CN': '海南省', en: 'Hainan' },
  '50': { 'zh-CN': '重庆市', en: 'Chongqing' },
  '51': { 'zh-CN': '四川省', en: 'Sichuan' },
  '52': { 'zh-CN': '贵州省', en: 'Guizhou' },
  '53': { 'zh-CN': '云南省', en: 'Yunnan' },
  '54': { 'zh-CN': '西藏自治区', en: 'Tibet' },
  '61': { 'zh-CN': '陕西省', en: 'Shaanxi' },
  '62': { 'zh-CN': '甘肃省', en: 'Gansu' },
  '63': { 'zh-CN': '青海省', en: 'Qinghai' },
  '64': { 'zh-CN': '宁夏回族自治区', en: 'Ningxia' },
  '65': { 'zh-CN': '新疆维吾尔自治区', en: 'Xinjiang' },
  '71': { 'zh-CN': '台湾省', en: 'Taiwan' },
  '81': { 'zh-CN': '香港特别行政区', en: 'Hong Kong' },
  '82': { 'zh-CN': '澳门特别行政区', en: 'Macao' },
} as const satisfies Record<string, Label>)

/**
 * A province-level code (two digits) of GB/T 2260.
 * @example
 * const p: ProvinceCode = '37'
 */
export type ProvinceCode = keyof typeof PROVINCE_CODES

/**
 * 港澳台居民居住证 address codes: a residence permit carries exactly one of these as its first six
 * digits (810000 Hong Kong, 820000 Macao, 830000 Taiwan), with the same layout and check as a
 * 居民身份证号.
 *
 * @see notes/domain.md §3.2
 * @example
 * RESIDENCE_PERMIT_REGION_CODES.includes('830000') //=> true
 */
export const RESIDENCE_PERMIT_REGION_CODES: readonly string[] = Object.freeze(['810000', '820000', '830000'])

/**
 * The region code a credit code carries when its registration authority is national (e.g. a
 * national 社会团体 registered with the Ministry of Civil Affairs).
 * @example
 * NATIONAL_REGION_CODE //=> '100000'
 */
export const NATIONAL_REGION_CODE = '100000'
