import { describe, expect, it } from 'vitest'
import { creditHours } from '../../src/hours/index'
import { parseDistrict } from '../../src/model/parseDistrict'
import { monthlyHoursSvg } from '../../src/report/monthlyHoursSvg'
import { reportToCsv } from '../../src/report/reportToCsv'
import { reportToMarkdown } from '../../src/report/reportToMarkdown'
import { summarizeDistrict } from '../../src/report/summarizeDistrict'
import { TongxinError } from '../../src/errors/TongxinError'

const district = parseDistrict({
  id: 'd1',
  name: '示例区',
  streets: [
    { id: 's2', name: '=cmd|"x"' },
    { id: 's1', name: '金家岭街道' },
  ],
  communities: [
    { id: 'c1', streetId: 's1', name: '一社区', status: 'pilot', residentPopulation: 1000 },
    { id: 'c2', streetId: 's2', name: '二社区', residentPopulation: 500 },
  ],
  stations: [{ id: 'st1', streetId: 's1', name: '社工站' }],
  socialWorkers: [
    { id: 'w1', name: '王社工', qualification: 'intermediate', domains: ['elderly'], streetId: 's1', capacity: 2, availability: [], active: true },
    { id: 'w2', name: '李社工', qualification: 'assistant', domains: [], streetId: 's2', capacity: 1, availability: [], active: false },
  ],
  volunteers: [
    { id: 'v1', name: '甲', skills: [], domains: [], registeredOn: '2024-01-01' },
    { id: 'v2', name: '乙', skills: [], domains: [], registeredOn: '2024-01-01' },
  ],
  teams: [
    { id: 't1', name: '为老服务队', streetId: 's1', communityId: 'c1', domains: ['elderly'], memberIds: ['v1'], leadWorkerIds: ['w1'], foundedOn: '2023-05-01', cultivatedByStationId: 'st1' },
    { id: 't2', name: '环保队', streetId: 's2', domains: [], memberIds: ['v2'], leadWorkerIds: [], foundedOn: '2024-05-01' },
  ],
  activities: [
    { id: 'a1', name: '助老', teamId: 't1', start: '2025-03-08T09:00+08:00', end: '2025-03-08T11:00+08:00', domain: 'elderly', leadWorkerId: 'w1' },
  ],
  charityResources: [{ id: 'r1', donor: '某企业', amountFen: 123456, purpose: '助老', receivedOn: '2025-01-02' }],
  records: [
    { id: 'rec1', volunteerId: 'v1', teamId: 't1', activityId: 'a1', start: '2025-03-08T09:00+08:00', end: '2025-03-08T11:00+08:00', status: 'confirmed' },
    { id: 'rec2', volunteerId: 'v2', teamId: 't2', start: '2025-04-01T09:00+08:00', end: '2025-04-01T10:30+08:00', status: 'confirmed' },
    { id: 'rec3', volunteerId: 'v2', start: '2025-04-02T09:00+08:00', end: '2025-04-02T10:00+08:00', status: 'pending' },
  ],
})
const ledger = creditHours(district.records, {}, district)

describe('summarizeDistrict', () => {
  const report = summarizeDistrict(district, ledger)
  it('counts what policy documents quote', () => {
    expect(report.communities).toEqual({ total: 2, ordinary: 1, pilot: 1, demonstration: 0 })
    expect(report.teams).toEqual({ total: 2, cultivated: 1, ledBySocialWorker: 1, branded: 0 })
    expect(report.socialWorkers).toEqual({ total: 2, active: 1, leading: 1 })
    expect(report.volunteers).toEqual({ total: 2, linked: 1, withHours: 2 })
    expect(report.activities).toEqual({ total: 1, ledBySocialWorker: 1 })
    expect(report.charity).toEqual({ count: 1, amountFen: 123456 })
    expect(report.creditedMinutes).toBe(210)
    expect(report.guidedMinutes).toBe(120)
    expect(report.byMonth).toEqual([
      { month: '2025-03', minutes: 120 },
      { month: '2025-04', minutes: 90 },
    ])
    expect(report.byStreet.map((s) => [s.streetId, s.creditedMinutes, s.guidedMinutes, s.teamsLed])).toEqual([
      ['s1', 120, 120, 1],
      ['s2', 90, 0, 0],
    ])
    expect(Object.isFrozen(report) && Object.isFrozen(report.byStreet[0])).toBe(true)
  })
  it('rejects what is not a district and a ledger', () => {
    expect(() => summarizeDistrict({} as never, ledger)).toThrow(TongxinError)
    expect(() => summarizeDistrict(district, null as never)).toThrow(TongxinError)
  })
})

describe('renderers', () => {
  const report = summarizeDistrict(district, ledger)
  it('writes Markdown in both locales, never overstating hours', () => {
    const zh = reportToMarkdown(report)
    expect(zh).toContain('# 示例区 「社工+志愿」联动情况')
    expect(zh).toContain('| 服务时长（小时） | 3.5 |')
    expect(zh).toContain('| 社工引领时长占比 | 57.1% |')
    expect(zh).toContain('| 慈善资源（笔 / 元） | 1 / 1234.56 |')
    expect(zh).toContain('=cmd\\|"x"')
    expect(reportToMarkdown(report, 'en')).toContain('| Hours credited | 3.5 |')
  })
  it('writes CSV with quoting and a formula guard', () => {
    const csv = reportToCsv(report)
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe('street_id,street,communities,pilot_or_demonstration,teams,teams_led,social_workers,credited_minutes,guided_minutes')
    expect(lines[1]).toBe('s1,金家岭街道,1,1,1,1,1,120,120')
    expect(lines[2]).toBe(`s2,"'=cmd|""x""",1,0,1,0,1,90,0`)
    expect(lines).toHaveLength(4)
  })
  it('draws an SVG with escaped text and one bar per month', () => {
    const svg = monthlyHoursSvg({ ...report, districtName: '<script>' })
    expect(svg.startsWith('<svg')).toBe(true)
    expect(svg).not.toContain('<script>')
    expect(svg.match(/<rect x=/g)).toHaveLength(2)
    expect(monthlyHoursSvg({ ...report, byMonth: [] }, 'en')).toContain('Hours by month')
  })
})
