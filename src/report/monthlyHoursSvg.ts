import type { Locale } from '../i18n/types'
import { hoursText, label } from './internal/format'
import type { DistrictReport } from './types'

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/**
 * Draws the report's monthly hours as a self-contained SVG bar chart (no scripts, no external
 * resources; every text escaped), for dashboards and printed reports.
 *
 * @param report - from `summarizeDistrict`
 * @param locale - `'zh-CN'` (default) or `'en'` for the title
 * @returns SVG markup
 * @example
 * monthlyHoursSvg(report).startsWith('<svg') //=> true
 */
export function monthlyHoursSvg(report: DistrictReport, locale: Locale = 'zh-CN'): string {
  const width = 640
  const height = 280
  const left = 56
  const bottom = 40
  const top = 36
  const months = report.byMonth
  let max = 0
  for (const m of months) if (m.minutes > max) max = m.minutes
  const plotH = height - top - bottom
  const step = months.length > 0 ? (width - left - 16) / months.length : 0
  const bars = months.map((m, i) => {
    const h = max > 0 ? Math.round((m.minutes / max) * plotH) : 0
    const x = Math.round(left + i * step + step * 0.15)
    const y = top + plotH - h
    const w = Math.max(1, Math.round(step * 0.7))
    return (
      `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#2f6fb0"><title>${escapeXml(m.month)}: ${hoursText(m.minutes)} h</title></rect>` +
      `<text x="${x + w / 2}" y="${height - bottom + 16}" font-size="10" text-anchor="middle">${escapeXml(m.month.slice(5))}</text>`
    )
  })
  const title = `${escapeXml(report.districtName)} · ${label('byMonth', locale)}`
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${title}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${left}" y="22" font-size="14" font-family="sans-serif">${title}</text>`,
    `<line x1="${left}" y1="${top + plotH}" x2="${width - 16}" y2="${top + plotH}" stroke="#444"/>`,
    `<text x="${left - 6}" y="${top + 4}" font-size="10" text-anchor="end">${hoursText(max)}</text>`,
    `<text x="${left - 6}" y="${top + plotH}" font-size="10" text-anchor="end">0</text>`,
    ...bars,
    '</svg>',
  ].join('\n')
}
