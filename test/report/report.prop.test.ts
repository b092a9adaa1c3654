import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { creditHours } from '../../src/hours/index'
import { reportToCsv } from '../../src/report/reportToCsv'
import { summarizeDistrict } from '../../src/report/summarizeDistrict'
import { generateDistrict } from '../../src/sample/generateDistrict'

const smallDistrict = fc
  .record({
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    streets: fc.integer({ min: 1, max: 4 }),
    communitiesPerStreet: fc.integer({ min: 1, max: 3 }),
    teams: fc.integer({ min: 0, max: 12 }),
    volunteers: fc.integer({ min: 0, max: 40 }),
    socialWorkers: fc.integer({ min: 0, max: 6 }),
    recordsPerVolunteer: fc.integer({ min: 0, max: 6 }),
  })
  .map((o) => generateDistrict({ ...o, year: 2025 }))

describe('district report laws', () => {
  test.prop([smallDistrict], { numRuns: 40 })('months and streets never hold more than the district total', (d) => {
    const ledger = creditHours(d.records, {}, d)
    const r = summarizeDistrict(d, ledger)
    expect(r.byMonth.reduce((s, m) => s + m.minutes, 0)).toBe(r.creditedMinutes)
    const streetSum = r.byStreet.reduce((s, x) => s + x.creditedMinutes, 0)
    expect(streetSum).toBeLessThanOrEqual(r.creditedMinutes)
    expect(r.guidedMinutes).toBeLessThanOrEqual(r.creditedMinutes)
    for (const s of r.byStreet) expect(s.guidedMinutes).toBeLessThanOrEqual(s.creditedMinutes)
    // Every team and community has a street, so street counts partition the totals.
    expect(r.byStreet.reduce((s, x) => s + x.teams, 0)).toBe(r.teams.total)
    expect(r.byStreet.reduce((s, x) => s + x.communities, 0)).toBe(r.communities.total)
    expect(r.communities.ordinary + r.communities.pilot + r.communities.demonstration).toBe(r.communities.total)
    expect(r.volunteers.linked).toBeLessThanOrEqual(r.volunteers.total)
    expect(reportToCsv(r).split('\r\n')).toHaveLength(r.byStreet.length + 2)
  })

  test.prop([smallDistrict, fc.integer()], { numRuns: 20 })('does not depend on the order of streets', (d, salt) => {
    const shuffled = { ...d, streets: [...d.streets].sort((a, b) => ((a.id.length * salt) % 7) - ((b.id.length * salt) % 7) || (a.id < b.id ? 1 : -1)) }
    const ledger = creditHours(d.records, {}, d)
    expect(summarizeDistrict(shuffled, ledger)).toEqual(summarizeDistrict(d, ledger))
  })
})
