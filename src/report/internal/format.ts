import type { Locale } from '../../i18n/types'

/** Hours with one decimal, rounded down so a report never states more than was credited. */
export function hoursText(minutes: number): string {
  return (Math.floor(minutes / 6) / 10).toFixed(1)
}

/** A ratio as a percentage with one decimal, or a dash when there is no denominator. */
export function percentText(numerator: number, denominator: number): string {
  return denominator > 0 ? `${((numerator / denominator) * 100).toFixed(1)}%` : '—'
}

/** Yuan with two decimals from integer fen. */
export function yuanText(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

/** The report's labels in both locales. */
export const LABELS = {
  title: { 'zh-CN': '「社工+志愿」联动情况', en: 'Social work + volunteer linkage' },
  figure: { 'zh-CN': '指标', en: 'Figure' },
  value: { 'zh-CN': '数值', en: 'Value' },
  communities: { 'zh-CN': '社区（试点 / 示范）', en: 'Communities (pilot / demonstration)' },
  teams: { 'zh-CN': '志愿服务队（社工站培育 / 社工引领 / 品牌）', en: 'Volunteer teams (cultivated / led by social workers / branded)' },
  organizations: { 'zh-CN': '社区社会组织', en: 'Community organisations' },
  socialWorkers: { 'zh-CN': '社工（在岗 / 领队）', en: 'Social workers (active / leading)' },
  volunteers: { 'zh-CN': '志愿者（联动 / 有服务时长）', en: 'Volunteers (linked / with hours)' },
  activities: { 'zh-CN': '实践活动（社工引领）', en: 'Activities (led by social workers)' },
  brands: { 'zh-CN': '服务品牌', en: 'Service brands' },
  hours: { 'zh-CN': '服务时长（小时）', en: 'Hours credited' },
  guided: { 'zh-CN': '社工引领时长占比', en: 'Guided share of hours' },
  charity: { 'zh-CN': '慈善资源（笔 / 元）', en: 'Charity resources (count / yuan)' },
  byStreet: { 'zh-CN': '分街道', en: 'By street' },
  street: { 'zh-CN': '街道', en: 'Street' },
  streetCommunities: { 'zh-CN': '社区', en: 'Communities' },
  streetPilot: { 'zh-CN': '试点/示范', en: 'Pilot/demo' },
  streetTeams: { 'zh-CN': '服务队', en: 'Teams' },
  streetLed: { 'zh-CN': '社工引领', en: 'Led' },
  streetWorkers: { 'zh-CN': '社工', en: 'Social workers' },
  streetHours: { 'zh-CN': '时长（小时）', en: 'Hours' },
  streetGuided: { 'zh-CN': '引领占比', en: 'Guided share' },
  byMonth: { 'zh-CN': '月度服务时长', en: 'Hours by month' },
} as const satisfies Record<string, Record<Locale, string>>

/** The label of `key` in `locale`. */
export function label(key: keyof typeof LABELS, locale: Locale): string {
  return LABELS[key][locale === 'en' ? 'en' : 'zh-CN']
}
