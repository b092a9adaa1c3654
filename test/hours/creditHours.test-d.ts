import { describe, expectTypeOf, it } from 'vitest'
import { combineSummaries, creditHours, emptySummary, streamHours, summarizeHours } from '../../src/hours/index'
import type { HoursLedger, HoursRejectionCode, HoursSummary, VolunteerHours } from '../../src/hours/index'
import type { ServiceRecord } from '../../src/model/types'

describe('hours types', () => {
  it('creditHours takes records or any iterable and returns a readonly ledger', () => {
    expectTypeOf(creditHours).parameter(0).toEqualTypeOf<readonly ServiceRecord[] | Iterable<ServiceRecord>>()
    expectTypeOf(creditHours([])).toEqualTypeOf<HoursLedger>()
    expectTypeOf<HoursLedger['volunteers']>().toEqualTypeOf<readonly VolunteerHours[]>()
    expectTypeOf<HoursLedger['rejected'][number]['code']>().toEqualTypeOf<HoursRejectionCode>()
  })
  it('summaries combine into summaries', () => {
    expectTypeOf(combineSummaries(emptySummary(), summarizeHours(creditHours([])))).toEqualTypeOf<HoursSummary>()
    expectTypeOf(streamHours([])).resolves.toEqualTypeOf<HoursSummary>()
  })
})
