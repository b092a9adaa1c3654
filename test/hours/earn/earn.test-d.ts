// Type tests: the hoursEarn functions take the hours ledger, summaries and the district as they are.
import { describe, expectTypeOf, it } from 'vitest'
import type { HoursLedger, HoursSummary } from '../../../src/hours/types'
import type { District } from '../../../src/model/types'
import {
  awardPoints,
  checkRecordingDeadlines,
  continuingEducationReport,
  guidanceShare,
  starDistribution,
  starLevel,
} from '../../../src/hours/earn/index'
import type { ContinuingEducationStatus, DeadlineReport, GuidanceShare, PointsResult, StarDistribution, StarResult } from '../../../src/hours/earn/index'

declare const ledger: HoursLedger
declare const summary: HoursSummary
declare const district: District

describe('hoursEarn types', () => {
  it('accepts ledger, summary and district shapes', () => {
    expectTypeOf(starLevel(ledger.volunteers[0]!)).toEqualTypeOf<StarResult>()
    expectTypeOf(starLevel(summary.volunteers[0]!)).toEqualTypeOf<StarResult>()
    expectTypeOf(starDistribution(ledger.volunteers, undefined, { asOf: '2025-12-31', registrations: district.volunteers })).toEqualTypeOf<StarDistribution>()
    expectTypeOf(guidanceShare(ledger, district)).toEqualTypeOf<GuidanceShare>()
    expectTypeOf(awardPoints(ledger.credits, undefined, district)).toEqualTypeOf<PointsResult>()
    expectTypeOf(checkRecordingDeadlines(district.records, { activities: district.activities })).toEqualTypeOf<DeadlineReport>()
    expectTypeOf(continuingEducationReport(district.socialWorkers, [], { asOf: '2025-12-31' }).workers).toEqualTypeOf<readonly ContinuingEducationStatus[]>()
  })

  it('rejects a string where minutes are expected', () => {
    // @ts-expect-error minutes are numbers
    starLevel('600')
  })
})
