import type { DistrictReport } from './types'

/** RFC 4180 quoting, and a leading apostrophe for cells a spreadsheet would run as a formula. */
function csvCell(value: string | number): string {
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * Renders the by-street table of a district report as CSV (RFC 4180, CRLF line ends, a header
 * row, integer minutes so no rounding is hidden). Text cells that a spreadsheet would evaluate
 * as a formula are prefixed with an apostrophe (CSV injection).
 *
 * @param report - from `summarizeDistrict`
 * @returns CSV text
 * @example
 * reportToCsv(report).split('\r\n')[0] //=> 'street_id,street,communities,pilot_or_demonstration,teams,teams_led,social_workers,credited_minutes,guided_minutes'
 */
export function reportToCsv(report: DistrictReport): string {
  const header = ['street_id', 'street', 'communities', 'pilot_or_demonstration', 'teams', 'teams_led', 'social_workers', 'credited_minutes', 'guided_minutes']
  const rows = report.byStreet.map((s) =>
    [s.streetId, s.name, s.communities, s.pilotOrDemonstration, s.teams, s.teamsLed, s.socialWorkers, s.creditedMinutes, s.guidedMinutes]
      .map(csvCell)
      .join(','),
  )
  return [header.join(','), ...rows].join('\r\n') + '\r\n'
}
