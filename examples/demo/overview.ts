// The district overview of the demo: what exists, by kind and status, and the integrity report.
import { formatMessage } from '../../src/i18n/formatMessage'
import type { CodedMessage } from '../../src/i18n/types'
import { COMMUNITY_STATUS_LABELS, RECORD_STATUS_LABELS, type CommunityStatus, type RecordStatus } from '../../src/model/labels'
import type { District } from '../../src/model/types'

/** One line "label: value" with the zh-CN label first and the English one after it. */
export function row(zh: string, en: string, value: string | number): string {
  return `  ${zh} (${en})：${typeof value === 'number' ? value.toLocaleString('en-US') : value}`
}

/** A section heading. */
export function heading(zh: string, en: string): string {
  return `\n## ${zh} · ${en}\n`
}

/**
 * The overview section: counts of every kind of entity, communities by status, records by
 * status, and every integrity problem (rendered in zh-CN).
 */
export function overviewSection(district: District, problems: readonly (CodedMessage & { readonly path: readonly (string | number)[] })[]): string {
  const lines: string[] = [heading(`${district.name} 概况`, 'district overview')]
  lines.push(row('街道', 'streets', district.streets.length))
  lines.push(row('社区', 'communities', district.communities.length))
  const byStatus = new Map<CommunityStatus, number>()
  for (const c of district.communities) byStatus.set(c.status, (byStatus.get(c.status) ?? 0) + 1)
  for (const status of Object.keys(COMMUNITY_STATUS_LABELS) as CommunityStatus[]) {
    const label = COMMUNITY_STATUS_LABELS[status]
    lines.push(row(`  其中${label['zh-CN']}`, `  ${label.en}`, byStatus.get(status) ?? 0))
  }
  lines.push(row('街道社工站', 'social-work stations', district.stations.length))
  lines.push(row('社工', 'social workers', district.socialWorkers.length))
  lines.push(row('  其中在岗', '  active', district.socialWorkers.filter((w) => w.active).length))
  lines.push(row('志愿服务队', 'volunteer teams', district.teams.length))
  lines.push(row('社区社会组织', 'community organisations', district.organizations.length))
  lines.push(row('志愿者', 'volunteers', district.volunteers.length))
  lines.push(row('阵地', 'venues', district.venues.length))
  lines.push(row('实践活动', 'activities', district.activities.length))
  lines.push(row('项目', 'projects', district.projects.length))
  lines.push(row('服务品牌', 'brands', district.brands.length))
  const fen = district.charityResources.reduce((s, r) => s + r.amountFen, 0)
  lines.push(row('慈善资源', 'charity resources', `${district.charityResources.length} 笔，共 ${(fen / 100).toFixed(2)} 元`))
  lines.push(row('服务记录', 'service records', district.records.length))
  const byRecord = new Map<RecordStatus, number>()
  for (const r of district.records) byRecord.set(r.status, (byRecord.get(r.status) ?? 0) + 1)
  for (const status of Object.keys(RECORD_STATUS_LABELS) as RecordStatus[]) {
    const label = RECORD_STATUS_LABELS[status]
    lines.push(row(`  ${label['zh-CN']}`, `  ${label.en}`, byRecord.get(status) ?? 0))
  }
  lines.push(heading('数据完整性', 'integrity report'))
  if (problems.length === 0) lines.push('  未发现问题 (no problems found)')
  for (const p of problems.slice(0, 20)) lines.push(`  - ${p.path.join('.')}: ${formatMessage(p)}`)
  if (problems.length > 20) lines.push(`  … 另有 ${problems.length - 20} 处 (and ${problems.length - 20} more)`)
  return lines.join('\n')
}
