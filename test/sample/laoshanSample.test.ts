import { describe, expect, it } from 'vitest'
import { checkIntegrity } from '../../src/district/index'
import { checkCreditCode, checkIdNumber } from '../../src/ids/index'
import { parseDistrict } from '../../src/model/parseDistrict'
import { LAOSHAN_SAMPLE_OPTIONS, generateDistrict, laoshanSample } from '../../src/sample/index'
import { deepFrozen, epochMinutes, localWeekday, validateJsonSchema } from './helpers'

const d = laoshanSample()

describe('laoshanSample — scale of the Laoshan policy news', () => {
  it('has the five Laoshan streets, each with its social-work station', () => {
    expect(d.streets.map((s) => s.name)).toEqual(['中韩街道', '沙子口街道', '王哥庄街道', '北宅街道', '金家岭街道'])
    expect(d.stations).toHaveLength(5)
    expect(d.stations.map((s) => s.name)).toEqual(d.streets.map((s) => `${s.name}社工站`))
  })

  it('has about 30 communities with a first batch of pilot and a few demonstration ones', () => {
    expect(d.communities).toHaveLength(30)
    const pilot = d.communities.filter((c) => c.status === 'pilot')
    const demonstration = d.communities.filter((c) => c.status === 'demonstration')
    expect(pilot.length).toBeGreaterThanOrEqual(3)
    expect(demonstration.length).toBeGreaterThanOrEqual(1)
    expect(demonstration.length).toBeLessThan(pilot.length)
    for (const c of [...pilot, ...demonstration]) expect(c.statusSince).toBeDefined()
  })

  it('has 124 teams cultivated since 2023 by their street station', () => {
    expect(d.teams).toHaveLength(124)
    const stationStreet = new Map(d.stations.map((s) => [s.id, s.streetId]))
    for (const t of d.teams) {
      expect(t.foundedOn >= '2023-01-01').toBe(true)
      expect(t.cultivatedByStationId).toBeDefined()
      expect(stationStreet.get(t.cultivatedByStationId!)).toBe(t.streetId)
    }
  })

  it('has at least 1,700 volunteers, about 40 social workers and a full year of ≥ 30,000 records', () => {
    expect(d.volunteers.length).toBeGreaterThanOrEqual(1_700)
    expect(d.socialWorkers).toHaveLength(40)
    expect(d.records.length).toBeGreaterThanOrEqual(30_000)
    expect(d.records.every((r) => r.start.startsWith('2025-'))).toBe(true)
    const months = new Set(d.records.map((r) => r.start.slice(5, 7)))
    expect(months.size).toBe(12)
  })

  it('is valid, deep-frozen, and returned as the same object on every call', () => {
    expect(laoshanSample()).toBe(d)
    expect(deepFrozen(d)).toBe(true)
    expect(parseDistrict(d)).toStrictEqual(d)
    expect(checkIntegrity(d)).toEqual([])
    expect(validateJsonSchema(d).ok).toBe(true)
  })

  it('equals generateDistrict with its published options, apart from the region of identifiers', () => {
    const again = generateDistrict(LAOSHAN_SAMPLE_OPTIONS)
    expect(again.teams).toEqual(d.teams)
    expect(again.records).toEqual(d.records)
  })

  it('has valid identity numbers and credit codes', () => {
    for (const v of d.volunteers) {
      if (v.idType === 'resident-id' || v.idType === 'residence-permit') expect(checkIdNumber(v.idNumber, { today: '2025-12-31' }).ok).toBe(true)
    }
    for (const x of [...d.agencies, ...d.organizations]) if (x.creditCode !== undefined) expect(checkCreditCode(x.creditCode).ok).toBe(true)
  })
})

describe('laoshanSample — realism', () => {
  it('clusters records on weekends', () => {
    const weekend = d.records.filter((r) => localWeekday(r.start) >= 6).length
    // 2 of 7 days; records should be far above 2/7 ≈ 29%
    expect(weekend / d.records.length).toBeGreaterThan(0.4)
  })

  it('has cross-midnight sessions', () => {
    const cross = d.records.filter((r) => r.start.slice(0, 10) !== r.end.slice(0, 10))
    expect(cross.length).toBeGreaterThan(50)
  })

  it('has overlapping records of the same volunteer', () => {
    const byVolunteer = new Map<string, [number, number][]>()
    for (const r of d.records) {
      const list = byVolunteer.get(r.volunteerId) ?? []
      list.push([epochMinutes(r.start), epochMinutes(r.end)])
      byVolunteer.set(r.volunteerId, list)
    }
    let overlaps = 0
    for (const list of byVolunteer.values()) {
      list.sort((a, b) => a[0] - b[0])
      for (let i = 1; i < list.length; i++) if (list[i]![0] < list[i - 1]![1]) overlaps++
    }
    expect(overlaps).toBeGreaterThan(100)
  })

  it('has late records (recorded after 10 working days) and every status', () => {
    const late = d.records.filter((r) => r.recordedAt !== undefined && epochMinutes(r.recordedAt) > epochMinutes(r.end) + 14 * 1440)
    expect(late.length / d.records.length).toBeGreaterThan(0.01)
    for (const r of d.records) if (r.recordedAt !== undefined) expect(epochMinutes(r.recordedAt)).toBeGreaterThan(epochMinutes(r.end))
    const statuses = new Map<string, number>()
    for (const r of d.records) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1)
    expect(statuses.get('confirmed')! / d.records.length).toBeGreaterThan(0.8)
    for (const s of ['pending', 'rejected', 'void']) expect(statuses.get(s)).toBeGreaterThan(100)
  })

  it('has skewed team sizes and volunteers in several teams', () => {
    const sizes = d.teams.map((t) => t.memberIds.length).sort((a, b) => a - b)
    const median = sizes[Math.floor(sizes.length / 2)]!
    expect(sizes.at(-1)!).toBeGreaterThan(3 * median)
    const memberships = new Map<string, number>()
    for (const t of d.teams) for (const m of t.memberIds) memberships.set(m, (memberships.get(m) ?? 0) + 1)
    const multi = [...memberships.values()].filter((n) => n > 1).length
    expect(multi / d.volunteers.length).toBeGreaterThan(0.15)
  })

  it('has teams of every status, some needing two leads, some with brands', () => {
    for (const s of ['new', 'active', 'struggling', 'dormant']) expect(d.teams.some((t) => t.status === s)).toBe(true)
    expect(d.teams.filter((t) => t.leadsNeeded === 2).length).toBeGreaterThan(3)
    expect(d.teams.filter((t) => t.leadsNeeded === 1).length).toBeGreaterThan(80)
    expect(d.teams.filter((t) => t.brandId !== undefined)).toHaveLength(d.brands.length)
    expect(d.teams.filter((t) => t.leadWorkerIds.length === 0).length).toBeGreaterThan(0)
    expect(d.teams.every((t) => t.meetingTimes.length > 0)).toBe(true)
  })

  it('has workers of mixed qualification, a few inactive, with availability', () => {
    const quals = new Set(d.socialWorkers.map((w) => w.qualification))
    expect(quals.size).toBeGreaterThanOrEqual(3)
    expect(d.socialWorkers.filter((w) => !w.active).length).toBeGreaterThan(0)
    expect(d.socialWorkers.every((w) => w.availability.length > 0 && w.domains.length > 0)).toBe(true)
  })

  it('has venues with opening hours, activities led by social workers, and some non-volunteer activities', () => {
    expect(d.venues.length).toBeGreaterThanOrEqual(30)
    expect(d.venues.every((v) => v.openingHours.length >= 6)).toBe(true)
    expect(d.activities.filter((a) => a.leadWorkerId !== undefined).length).toBeGreaterThan(100)
    expect(d.activities.filter((a) => !a.isVolunteerService).length).toBeGreaterThan(0)
    expect(d.activities.filter((a) => a.venueId !== undefined).length).toBeGreaterThan(100)
  })

  it('has projects at every stage and charity resources in integer fen', () => {
    expect(new Set(d.projects.map((p) => p.stage)).size).toBe(4)
    expect(d.charityResources.length).toBeGreaterThan(0)
    expect(d.charityResources.every((c) => Number.isSafeInteger(c.amountFen) && c.amountFen > 0)).toBe(true)
  })
})
