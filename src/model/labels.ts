// Enumerations of the domain with their zh-CN and en labels. Plain data: no zod here, so
// calculators and renderers can import it freely.

/**
 * A zh-CN / en label pair.
 * @example
 * const l: Label = { 'zh-CN': '为老', en: 'elderly care' }
 */
export interface Label {
  /** Simplified Chinese. */
  readonly 'zh-CN': string
  /** English. */
  readonly en: string
}

/**
 * Service domains (服务领域), after the national plan's list.
 * @see notes/domain.md §4.2 (《社会工作专业人才队伍建设中长期规划（2011—2020年）》)
 * @example
 * SERVICE_DOMAIN_LABELS.elderly['zh-CN'] //=> '为老'
 */
export const SERVICE_DOMAIN_LABELS = {
  elderly: { 'zh-CN': '为老', en: 'elderly care' },
  children: { 'zh-CN': '儿童', en: 'children' },
  youth: { 'zh-CN': '青少年', en: 'youth' },
  disability: { 'zh-CN': '助残', en: 'disability' },
  'social-assistance': { 'zh-CN': '社会救助', en: 'social assistance' },
  'community-correction': { 'zh-CN': '社区矫正', en: 'community correction' },
  'drug-rehabilitation': { 'zh-CN': '禁毒', en: 'drug rehabilitation' },
  medical: { 'zh-CN': '医务', en: 'medical' },
  school: { 'zh-CN': '学校', en: 'school' },
  family: { 'zh-CN': '婚姻家庭', en: 'marriage and family' },
  'mental-health': { 'zh-CN': '精神卫生', en: 'mental health' },
  employment: { 'zh-CN': '就业援助', en: 'employment aid' },
  emergency: { 'zh-CN': '应急', en: 'emergency' },
  environment: { 'zh-CN': '生态环保', en: 'environment' },
  culture: { 'zh-CN': '文化', en: 'culture' },
  'community-governance': { 'zh-CN': '社区治理', en: 'community governance' },
  'legal-aid': { 'zh-CN': '普法', en: 'legal aid' },
  other: { 'zh-CN': '其他', en: 'other' },
} as const satisfies Record<string, Label>

/**
 * A service domain (服务领域).
 * @example
 * const d: ServiceDomain = 'elderly'
 */
export type ServiceDomain = keyof typeof SERVICE_DOMAIN_LABELS

/**
 * Every service domain, in the order of the national list.
 * @example
 * SERVICE_DOMAINS.includes('elderly') //=> true
 */
export const SERVICE_DOMAINS = Object.freeze(Object.keys(SERVICE_DOMAIN_LABELS)) as readonly ServiceDomain[]

/**
 * Social-worker qualification levels (职业水平).
 * @see notes/domain.md §4.1 (国人部发〔2006〕71号)
 * @example
 * QUALIFICATION_LABELS.intermediate['zh-CN'] //=> '社会工作师'
 */
export const QUALIFICATION_LABELS = {
  none: { 'zh-CN': '无证', en: 'none' },
  assistant: { 'zh-CN': '助理社会工作师', en: 'assistant social worker' },
  intermediate: { 'zh-CN': '社会工作师', en: 'social worker' },
  senior: { 'zh-CN': '高级社会工作师', en: 'senior social worker' },
} as const satisfies Record<string, Label>

/**
 * A social-worker qualification level.
 * @example
 * const q: Qualification = 'assistant'
 */
export type Qualification = keyof typeof QUALIFICATION_LABELS

/**
 * Qualification levels from lowest to highest; the index is the rank.
 * @example
 * QUALIFICATIONS.indexOf('senior') > QUALIFICATIONS.indexOf('assistant') //=> true
 */
export const QUALIFICATIONS = Object.freeze(['none', 'assistant', 'intermediate', 'senior'] as const)

/**
 * Community status (试点 / 示范).
 * @example
 * COMMUNITY_STATUS_LABELS.demonstration['zh-CN'] //=> '示范社区'
 */
export const COMMUNITY_STATUS_LABELS = {
  ordinary: { 'zh-CN': '普通社区', en: 'ordinary' },
  pilot: { 'zh-CN': '试点社区', en: 'pilot' },
  demonstration: { 'zh-CN': '示范社区', en: 'demonstration' },
} as const satisfies Record<string, Label>

/**
 * A community's status.
 * @example
 * const s: CommunityStatus = 'pilot'
 */
export type CommunityStatus = keyof typeof COMMUNITY_STATUS_LABELS

/**
 * Cultivation stages of a project (项目培育).
 * @example
 * PROJECT_STAGE_LABELS.branded['zh-CN'] //=> '品牌化'
 */
export const PROJECT_STAGE_LABELS = {
  incubating: { 'zh-CN': '孵化', en: 'incubating' },
  growing: { 'zh-CN': '成长', en: 'growing' },
  mature: { 'zh-CN': '成熟', en: 'mature' },
  branded: { 'zh-CN': '品牌化', en: 'branded' },
} as const satisfies Record<string, Label>

/**
 * A project's stage.
 * @example
 * const s: ProjectStage = 'incubating'
 */
export type ProjectStage = keyof typeof PROJECT_STAGE_LABELS

/**
 * Statuses of a service record.
 * @example
 * RECORD_STATUS_LABELS.confirmed['zh-CN'] //=> '已确认'
 */
export const RECORD_STATUS_LABELS = {
  pending: { 'zh-CN': '待确认', en: 'pending' },
  confirmed: { 'zh-CN': '已确认', en: 'confirmed' },
  rejected: { 'zh-CN': '已驳回', en: 'rejected' },
  void: { 'zh-CN': '已作废', en: 'void' },
} as const satisfies Record<string, Label>

/**
 * A service record's status.
 * @example
 * const s: RecordStatus = 'pending'
 */
export type RecordStatus = keyof typeof RECORD_STATUS_LABELS

/**
 * Identity document types (身份证件类型, 办法 Art. 5 says 身份证件, not only 身份证).
 * @example
 * ID_TYPE_LABELS['resident-id']['zh-CN'] //=> '居民身份证'
 */
export const ID_TYPE_LABELS = {
  'resident-id': { 'zh-CN': '居民身份证', en: 'resident identity card' },
  'residence-permit': { 'zh-CN': '港澳台居民居住证', en: 'HK/Macao/Taiwan residence permit' },
  passport: { 'zh-CN': '护照', en: 'passport' },
  'foreign-permanent-residence': { 'zh-CN': '外国人永久居留身份证', en: 'foreign permanent residence card' },
  other: { 'zh-CN': '其他证件', en: 'other document' },
} as const satisfies Record<string, Label>

/**
 * An identity document type.
 * @example
 * const t: IdType = 'passport'
 */
export type IdType = keyof typeof ID_TYPE_LABELS

/**
 * Team statuses used to express need (new and struggling teams first).
 * @example
 * TEAM_STATUS_LABELS.struggling['zh-CN'] //=> '待扶持'
 */
export const TEAM_STATUS_LABELS = {
  new: { 'zh-CN': '新建', en: 'new' },
  active: { 'zh-CN': '活跃', en: 'active' },
  struggling: { 'zh-CN': '待扶持', en: 'struggling' },
  dormant: { 'zh-CN': '休眠', en: 'dormant' },
} as const satisfies Record<string, Label>

/**
 * A team's status.
 * @example
 * const s: TeamStatus = 'new'
 */
export type TeamStatus = keyof typeof TEAM_STATUS_LABELS

/**
 * Weekdays, ISO numbering (1 = Monday … 7 = Sunday).
 * @example
 * WEEKDAY_LABELS[6]['zh-CN'] //=> '周六'
 */
export const WEEKDAY_LABELS = {
  1: { 'zh-CN': '周一', en: 'Monday' },
  2: { 'zh-CN': '周二', en: 'Tuesday' },
  3: { 'zh-CN': '周三', en: 'Wednesday' },
  4: { 'zh-CN': '周四', en: 'Thursday' },
  5: { 'zh-CN': '周五', en: 'Friday' },
  6: { 'zh-CN': '周六', en: 'Saturday' },
  7: { 'zh-CN': '周日', en: 'Sunday' },
} as const satisfies Record<number, Label>
