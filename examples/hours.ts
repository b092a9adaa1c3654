// How hours are credited: `npx tsx examples/hours.ts`.
import { DEFAULT_HOURS_POLICY, combineSummaries, creditHours, summarizeHours } from '../src/hours/index'
import { formatMessage } from '../src/i18n/formatMessage'
import type { ServiceRecord } from '../src/model/types'

const r = (id: string, volunteerId: string, start: string, end: string, extra: Record<string, unknown> = {}): ServiceRecord =>
  ({ id, volunteerId, start, end, breakMinutes: 0, travelMinutes: 0, status: 'confirmed', ...extra }) as unknown as ServiceRecord

const records = [
  r('r1', 'V001', '2025-03-08T09:00+08:00', '2025-03-08T12:00+08:00', { breakMinutes: 20, travelMinutes: 30 }),
  r('r2', 'V001', '2025-03-08T11:00+08:00', '2025-03-08T13:00+08:00'), // overlaps r1 by an hour
  r('r3', 'V001', '2025-03-31T22:00+08:00', '2025-04-01T01:30+08:00'), // crosses midnight and a month
  r('r4', 'V002', '2025-03-09T14:00+08:00', '2025-03-09T16:00+08:00', { status: 'pending' }),
  r('r5', 'V002', '2025-03-09T16:00+08:00', '2025-03-09T15:00+08:00'),
]

const ledger = creditHours(records, { rounding: { unit: 15, mode: 'floor', scope: 'session' } })
console.log(`policy: ${DEFAULT_HOURS_POLICY.timeZone}, rounding ${ledger.policy.rounding.unit} min ${ledger.policy.rounding.mode}`)
for (const v of ledger.volunteers) {
  console.log(`${v.volunteerId}: raw ${v.rawMinutes} min = credited ${v.creditedMinutes} + adjustments ${JSON.stringify(v.adjustments)}`)
  console.log(`  by day ${JSON.stringify(v.byDay)}; by month ${JSON.stringify(v.byMonth)}`)
}
for (const x of ledger.rejected) console.log(`rejected ${x.recordId}: ${formatMessage(x)} / ${formatMessage(x, 'en')}`)

// Shards combine: summarise each volunteer's records apart, then combine.
const a = summarizeHours(creditHours(records.filter((x) => x.volunteerId === 'V001')))
const b = summarizeHours(creditHours(records.filter((x) => x.volunteerId !== 'V001')))
console.log(`combined shards: ${combineSummaries(a, b).minutes} min = whole: ${summarizeHours(creditHours(records)).minutes} min`)

