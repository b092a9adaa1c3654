// The hours section of the demo: district total hours, monthly totals, top teams and rejected
// records by reason (zh-CN with English labels). The lead appends the hours-earn lines.
import { creditHours } from '../../src/hours/index'
import type { HoursLedger } from '../../src/hours/index'
import { formatMessage } from '../../src/i18n/formatMessage'
import type { District } from '../../src/model/types'

function row(zh: string, en: string, value: string | number): string {
  return `  ${zh} (${en})：${typeof value === 'number' ? value.toLocaleString('en-US') : value}`
}

/** Minutes as hours with one decimal, floored (hours appear only at the edge, DESIGN.md §2.3). */
function hours(minutes: number): string {
  return (Math.floor(minutes / 6) / 10).toLocaleString('en-US', { minimumFractionDigits: 1 })
}

/**
 * The hours section of the demo, as one string: district total hours, hours by month, the top
 * five teams, and the records that earned nothing, by reason.
 * @param district - the district (e.g. the bundled sample)
 * @param extraLines - lines to append (star distribution, guidance share, late records …)
 * @param ledger - its ledger; computed with the default policy in the district's zone when omitted
 * @returns the section
 */
export function hoursSection(district: District, extraLines: readonly string[] = [], ledger?: HoursLedger): string {
  const l = ledger ?? creditHours(district.records, { timeZone: district.timeZone }, { activities: district.activities, teams: district.teams })
  const lines: string[] = ['\n## 志愿服务时长 · service hours\n']
  lines.push(row('认定时长合计', 'credited hours', `${hours(l.totals.minutes)} 小时 h`))
  lines.push(row('有时长的志愿者', 'volunteers with hours', l.totals.volunteers))
  lines.push(row('计入的记录 / 全部记录', 'credited / all records', `${l.totals.creditedRecords.toLocaleString('en-US')} / ${l.totals.inputRecords.toLocaleString('en-US')}`))
  const adj = { overlap: 0, breaks: 0, travel: 0 }
  for (const v of l.volunteers) {
    adj.overlap += v.adjustments.overlap
    adj.breaks += v.adjustments.breaks
    adj.travel += v.adjustments.travel
  }
  lines.push(row('扣除：重叠 / 休息 / 交通', 'removed: overlap / breaks / travel', `${hours(adj.overlap)} / ${hours(adj.breaks)} / ${hours(adj.travel)} 小时 h`))
  lines.push('  按月 (by month)：')
  for (const [month, m] of Object.entries(l.totals.byMonth)) lines.push(`    ${month}  ${hours(m).padStart(9)} 小时 h`)
  const names = new Map(district.teams.map((t) => [t.id as string, t.name]))
  const top = [...l.totals.byTeam].sort((a, b) => b.minutes - a.minutes || (a.id < b.id ? -1 : 1)).slice(0, 5)
  lines.push('  时长最多的志愿服务队 (top teams)：')
  top.forEach((t, i) => lines.push(`    ${i + 1}. ${names.get(t.id) ?? t.id}  ${hours(t.minutes)} 小时 h`))
  const byCode = new Map<string, number>()
  for (const r of l.rejected) byCode.set(r.code, (byCode.get(r.code) ?? 0) + 1)
  lines.push('  未计时长的记录，按原因 (records that earned nothing, by reason)：')
  if (byCode.size === 0) lines.push('    无 (none)')
  for (const code of [...byCode.keys()].sort()) {
    lines.push(`    ${formatMessage({ code })} (${formatMessage({ code }, 'en')})：${(byCode.get(code) ?? 0).toLocaleString('en-US')}`)
  }
  lines.push(...extraLines)
  return lines.join('\n')
}
