import type { Locale } from '../i18n/types'
import { hoursText, label, percentText, yuanText } from './internal/format'
import type { DistrictReport } from './types'

/** Escapes text for a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ')
}

/**
 * Renders a district report as a Markdown document: the headline figures, then a table by street.
 * Hours are rounded down to 0.1 h, so the text never states more than was credited.
 *
 * @param report - from `summarizeDistrict`
 * @param locale - `'zh-CN'` (default) or `'en'`
 * @returns Markdown text
 * @example
 * reportToMarkdown(summarizeDistrict(d, ledger), 'en').startsWith('# ') //=> true
 */
export function reportToMarkdown(report: DistrictReport, locale: Locale = 'zh-CN'): string {
  const r = report
  const lines = [
    `# ${cell(r.districtName)} ${label('title', locale)}`,
    '',
    `| ${label('figure', locale)} | ${label('value', locale)} |`,
    '|---|---:|',
    `| ${label('communities', locale)} | ${r.communities.total} (${r.communities.pilot} / ${r.communities.demonstration}) |`,
    `| ${label('teams', locale)} | ${r.teams.total} (${r.teams.cultivated} / ${r.teams.ledBySocialWorker} / ${r.teams.branded}) |`,
    `| ${label('organizations', locale)} | ${r.organizations} |`,
    `| ${label('socialWorkers', locale)} | ${r.socialWorkers.total} (${r.socialWorkers.active} / ${r.socialWorkers.leading}) |`,
    `| ${label('volunteers', locale)} | ${r.volunteers.total} (${r.volunteers.linked} / ${r.volunteers.withHours}) |`,
    `| ${label('activities', locale)} | ${r.activities.total} (${r.activities.ledBySocialWorker}) |`,
    `| ${label('brands', locale)} | ${r.brands} |`,
    `| ${label('hours', locale)} | ${hoursText(r.creditedMinutes)} |`,
    `| ${label('guided', locale)} | ${percentText(r.guidedMinutes, r.creditedMinutes)} |`,
    `| ${label('charity', locale)} | ${r.charity.count} / ${yuanText(r.charity.amountFen)} |`,
    '',
    `## ${label('byStreet', locale)}`,
    '',
    `| ${(['street', 'streetCommunities', 'streetPilot', 'streetTeams', 'streetLed', 'streetWorkers', 'streetHours', 'streetGuided'] as const)
      .map((k) => label(k, locale))
      .join(' | ')} |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...r.byStreet.map(
      (s) =>
        `| ${cell(s.name)} | ${s.communities} | ${s.pilotOrDemonstration} | ${s.teams} | ${s.teamsLed} | ${s.socialWorkers} | ${hoursText(s.creditedMinutes)} | ${percentText(s.guidedMinutes, s.creditedMinutes)} |`,
    ),
    '',
  ]
  return lines.join('\n')
}
