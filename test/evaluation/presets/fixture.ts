import { parseDistrict } from '../../../src/model/parseDistrict'
import type { District } from '../../../src/model/types'

/**
 * A small district: c1 (pilot, strong), c2 (pilot, one team, no lead), c3 (ordinary, empty, 0 residents).
 */
export function smallDistrict(): District {
  const vols = Array.from({ length: 120 }, (_, i) => ({
    id: `v${i}`,
    name: `志愿者${i}`,
    registeredOn: '2024-01-01',
    skills: [],
    domains: [],
    communityId: i < 110 ? 'c1' : 'c2',
  }))
  const act = (id: string, teamId: string, domain: string, day: number, extra: Record<string, unknown> = {}) => ({
    id,
    name: id,
    teamId,
    domain,
    start: `2025-03-${String(day).padStart(2, '0')}T09:00:00+08:00`,
    end: `2025-03-${String(day).padStart(2, '0')}T11:00:00+08:00`,
    ...extra,
  })
  return parseDistrict({
    id: 'd',
    name: '测试区',
    streets: [{ id: 's1', name: '街道一' }],
    communities: [
      { id: 'c1', streetId: 's1', name: '示范一社区', status: 'pilot', residentPopulation: 1000 },
      { id: 'c2', streetId: 's1', name: '二社区', status: 'pilot', residentPopulation: 2000 },
      { id: 'c3', streetId: 's1', name: '三社区', status: 'ordinary', residentPopulation: 0 },
    ],
    stations: [{ id: 'st1', streetId: 's1', name: '社工站' }],
    organizations: [
      { id: 'o1', communityId: 'c1', name: '组织1' },
      { id: 'o2', communityId: 'c1', name: '组织2' },
      { id: 'o3', communityId: 'c1', name: '组织3' },
    ],
    socialWorkers: [
      { id: 'w1', name: '社工1', qualification: 'intermediate', domains: ['elderly'], streetId: 's1', capacity: 3, availability: [], active: true },
      { id: 'w2', name: '社工2', qualification: 'assistant', domains: ['children'], streetId: 's1', capacity: 3, availability: [], active: true },
      { id: 'w3', name: '社工3', qualification: 'senior', domains: ['culture'], streetId: 's1', capacity: 3, availability: [], active: true },
    ],
    volunteers: vols,
    teams: [
      { id: 't1', name: '队1', streetId: 's1', communityId: 'c1', domains: ['elderly'], memberIds: ['v0'], leadWorkerIds: ['w1'], foundedOn: '2023-01-01', cultivatedByStationId: 'st1', brandId: 'b1' },
      { id: 't2', name: '队2', streetId: 's1', communityId: 'c1', domains: ['children'], memberIds: ['v1'], leadWorkerIds: ['w2', 'w3'], foundedOn: '2023-01-01', cultivatedByStationId: 'st1' },
      { id: 't3', name: '队3', streetId: 's1', communityId: 'c1', domains: ['culture'], memberIds: ['v2'], leadWorkerIds: ['w3'], foundedOn: '2023-01-01', brandId: 'b2' },
      { id: 't4', name: '队4', streetId: 's1', communityId: 'c1', domains: ['culture'], memberIds: ['v3'], leadWorkerIds: ['w1'], foundedOn: '2023-01-01' },
      { id: 't5', name: '队5', streetId: 's1', communityId: 'c2', domains: ['elderly'], memberIds: ['v110'], leadWorkerIds: [], foundedOn: '2023-01-01' },
      { id: 't6', name: '休眠队', streetId: 's1', communityId: 'c2', domains: ['elderly'], memberIds: [], leadWorkerIds: ['w1'], foundedOn: '2023-01-01', status: 'dormant' },
      { id: 't7', name: '街道队', streetId: 's1', domains: ['elderly'], memberIds: [], leadWorkerIds: [], foundedOn: '2023-01-01' },
    ],
    venues: [
      { id: 'p1', name: '阵地1', communityId: 'c1', capacity: 50, openingHours: [{ day: 1, from: '08:00', to: '18:00' }, { day: 2, from: '08:00', to: '18:00' }, { day: 3, from: '08:00', to: '18:00' }, { day: 4, from: '08:00', to: '18:00' }] },
      { id: 'p2', name: '阵地2', communityId: 'c1', capacity: 20, openingHours: [{ day: 6, from: '09:00', to: '12:00' }] },
      { id: 'p3', name: '阵地3', communityId: 'c2', capacity: 20, openingHours: [{ day: 6, from: '09:00', to: '12:00' }] },
    ],
    activities: [
      ...Array.from({ length: 12 }, (_, i) =>
        act(`a${i}`, ['t1', 't2', 't3', 't4'][i % 4]!, ['elderly', 'children', 'culture', 'environment', 'legal-aid'][i % 5]!, i + 1, i < 10 ? { leadWorkerId: 'w1', venueId: 'p1' } : {}),
      ),
      act('b0', 't5', 'elderly', 20, { venueId: 'p3' }),
      act('b1', 't5', 'elderly', 21, { isVolunteerService: false }),
      act('z0', 't7', 'elderly', 22),
    ],
    projects: [
      { id: 'pr1', name: '项目1', stage: 'branded', teamIds: ['t1'], startedOn: '2023-01-01' },
      { id: 'pr2', name: '项目2', stage: 'mature', teamIds: ['t2', 't3'], startedOn: '2023-01-01' },
      { id: 'pr3', name: '项目3', stage: 'growing', teamIds: ['t4'], startedOn: '2023-01-01' },
      { id: 'pr4', name: '项目4', stage: 'incubating', teamIds: ['t5', 't7'], startedOn: '2023-01-01' },
    ],
    brands: [
      { id: 'b1', name: '小蓝帽', domain: 'environment', establishedOn: '2022-01-01' },
      { id: 'b2', name: '银发', domain: 'elderly', establishedOn: '2022-01-01' },
    ],
    charityResources: [
      { id: 'r1', donor: '企业', amountFen: 600_000, purpose: '助老', receivedOn: '2025-01-01', communityId: 'c1' },
      { id: 'r2', donor: '个人', amountFen: 10_000, purpose: '助学', receivedOn: '2025-01-01', communityId: 'c2' },
    ],
  })
}
