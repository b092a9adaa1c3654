import { TongxinError } from '../errors/TongxinError'
import { freezeSummary } from './internal/accumulator'
import type { HoursByUnit, HoursLedger, HoursRejectionCode, HoursSummary } from './types'

/**
 * The empty hours summary: the identity of {@link combineSummaries}.
 * @returns a frozen summary with no minutes, no lines and no time zone
 * @example
 * combineSummaries(emptySummary(), s) // deep-equals s
 */
export function emptySummary(): HoursSummary {
  return freezeSummary({
    timeZone: null, minutes: 0, byMonth: {}, volunteers: [], teams: [], communities: [], streets: [],
    inputRecords: 0, creditedRecords: 0, rejectedByCode: {},
  })
}

function isLedger(value: unknown): value is HoursLedger {
  if (typeof value !== 'object' || value === null) return false
  const l = value as Record<string, unknown>
  const totals = l.totals as Record<string, unknown> | null | undefined
  const policy = l.policy as Record<string, unknown> | null | undefined
  return (
    Array.isArray(l.volunteers) && Array.isArray(l.rejected) && typeof totals === 'object' && totals !== null &&
    typeof policy === 'object' && policy !== null && typeof policy.timeZone === 'string' &&
    Array.isArray(totals.byTeam) && Array.isArray(totals.byCommunity) && Array.isArray(totals.byStreet)
  )
}

/**
 * Summarises a ledger into a compact, mergeable summary (汇总): credited minutes per volunteer,
 * team, community and street, each by local month, with record counts and rejections by code.
 * @param ledger - a ledger from `creditHours`
 * @returns the frozen summary
 * @throws TongxinError `HOURS_INVALID_SUMMARY` when `ledger` is not a ledger
 * @example
 * const s = summarizeHours(creditHours(records))
 * s.volunteers.length //=> number of volunteers with credited minutes
 */
export function summarizeHours(ledger: HoursLedger): HoursSummary {
  if (!isLedger(ledger)) throw new TongxinError('HOURS_INVALID_SUMMARY', { reason: 'not a ledger' })
  const volunteers: HoursByUnit[] = []
  for (const v of ledger.volunteers) {
    if (v.creditedMinutes > 0) volunteers.push(Object.freeze({ id: v.volunteerId, minutes: v.creditedMinutes, byMonth: v.byMonth }))
  }
  const rejected = new Map<HoursRejectionCode, number>()
  for (const r of ledger.rejected) rejected.set(r.code, (rejected.get(r.code) ?? 0) + 1)
  const rejectedByCode: Partial<Record<HoursRejectionCode, number>> = {}
  for (const code of [...rejected.keys()].sort()) rejectedByCode[code] = rejected.get(code) ?? 0
  return freezeSummary({
    timeZone: ledger.policy.timeZone,
    minutes: ledger.totals.minutes,
    byMonth: { ...ledger.totals.byMonth },
    volunteers: Object.freeze(volunteers),
    teams: ledger.totals.byTeam,
    communities: ledger.totals.byCommunity,
    streets: ledger.totals.byStreet,
    inputRecords: ledger.totals.inputRecords,
    creditedRecords: ledger.totals.creditedRecords,
    rejectedByCode,
  })
}
