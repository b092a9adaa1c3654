// The hours-earn part of the demo: star distribution, guidance share by street, late records.
import { creditHours } from '../../src/hours/index'
import type { HoursLedger } from '../../src/hours/types'
import {
  STAR_POLICY_BEIJING,
  STAR_POLICY_NATIONAL,
  checkRecordingDeadlines,
  guidanceShare,
  starDistribution,
} from '../../src/hours/earn/index'
import type { StarPolicy } from '../../src/hours/earn/index'
import { formatMessage } from '../../src/i18n/formatMessage'
import type { District } from '../../src/model/types'

function row(zh: string, en: string, value: string | number): string {
  return `  ${zh} (${en})：${typeof value === 'number' ? value.toLocaleString('en-US') : value}`
}

function percent(ratio: number | null): string {
  return ratio === null ? '—' : `${(ratio * 100).toFixed(1)}%`
}

function hours(minutes: number): string {
  return (Math.floor(minutes / 6) / 10).toLocaleString('en-US')
}

function stars(ledger: HoursLedger, policy: StarPolicy): string {
  const d = starDistribution(ledger.volunteers, policy)
  return d.levels.map((l) => `${l.level === 0 ? '无星' : '★'.repeat(l.level)} ${l.count}`).join('，')
}

/**
 * The hours-earn section of the demo, as lines: the star distribution (national scale and the
 * Beijing preset), the social-work guidance share (社工引领) by street, and the records entered
 * after the 10-working-day deadline (办法 Art. 11). zh-CN text with English labels.
 *
 * @param district - the district (e.g. the bundled sample)
 * @param ledger - its hours ledger; computed with the default policy when omitted
 * @returns the section's lines
 */
export function hoursEarnLines(district: District, ledger: HoursLedger = creditHours(district.records, {}, district)): string[] {
  const lines: string[] = ['', '### 时长激励与社工引领 · what hours earn, and social-work guidance', '']
  lines.push(row('星级分布（全国通行 100/300/600/1000/1500 小时）', 'stars, national scale', stars(ledger, STAR_POLICY_NATIONAL)))
  lines.push(row('星级分布（北京 100/200/500/800/1000 小时）', 'stars, Beijing preset', stars(ledger, STAR_POLICY_BEIJING)))

  const share = guidanceShare(ledger, district)
  lines.push(
    row(
      '社工引领时长占比（全区）',
      'guided share, district',
      `${percent(share.district.ratio)}（${hours(share.district.guidedMinutes)} / ${hours(share.district.totalMinutes)} 小时）`,
    ),
  )
  const streetName = new Map(district.streets.map((s) => [s.id as string, s.name]))
  for (const s of share.byStreet) {
    lines.push(row(`  ${streetName.get(s.id) ?? s.id}`, s.id, `${percent(s.ratio)}（${hours(s.guidedMinutes)} / ${hours(s.totalMinutes)} 小时）`))
  }

  const deadlines = checkRecordingDeadlines(district.records, { activities: district.activities })
  lines.push(
    row(
      '录入时限（活动结束后10个工作日，办法第十一条）',
      'recording deadline',
      `按时 ${deadlines.onTime.toLocaleString('en-US')}，逾期 ${deadlines.late.toLocaleString('en-US')}，无录入时间 ${deadlines.notAssessable.toLocaleString('en-US')} (on time, late, not assessable)`,
    ),
  )
  const late = deadlines.results.filter((r) => r.status === 'late')
  for (const r of late.slice(0, 5)) {
    lines.push(`    - ${formatMessage(r)}`)
  }
  if (late.length > 5) lines.push(`    … 另有 ${late.length - 5} 条 (and ${late.length - 5} more)`)
  return lines
}
