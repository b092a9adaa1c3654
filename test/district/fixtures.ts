// A small hand-made district for example tests.
import { parseDistrict } from '../../src/model/parseDistrict'
import type { District, DistrictInput } from '../../src/model/types'
import { deepFreeze } from './arbitraries'

/** The input of the example district: 2 streets, 3 communities, 2 workers, 3 volunteers, 2 teams. */
export function smallDistrictInput(): DistrictInput {
  return {
    id: 'laoshan-test',
    name: '崂山区（测试）',
    streets: [{ id: 's-zh', name: '中韩街道' }, { id: 's-szk', name: '沙子口街道' }],
    communities: [
      { id: 'c-1', streetId: 's-zh', name: '社区一', residentPopulation: 8000 },
      { id: 'c-2', streetId: 's-zh', name: '社区二', residentPopulation: 6000, status: 'pilot' },
      { id: 'c-3', streetId: 's-szk', name: '社区三', residentPopulation: 5000 },
    ],
    stations: [{ id: 'st-zh', streetId: 's-zh', name: '中韩街道社工站' }],
    agencies: [{ id: 'ag-1', name: '同心社工服务中心' }],
    organizations: [{ id: 'o-1', communityId: 'c-1', name: '睦邻互助会', cultivatedByStationId: 'st-zh' }],
    socialWorkers: [
      { id: 'w-wang', name: '王芳', qualification: 'intermediate', domains: ['elderly'], streetId: 's-zh', stationId: 'st-zh', agencyId: 'ag-1', capacity: 2, availability: [], active: true },
      { id: 'w-li', name: '李强', qualification: 'assistant', domains: ['youth'], streetId: 's-szk', capacity: 1, availability: [], active: false },
      { id: 'w-zhao', name: '赵敏', qualification: 'senior', domains: ['children'], streetId: 's-szk', capacity: 1, availability: [], active: true },
    ],
    volunteers: [
      { id: 'v-1', name: '张三', idType: 'resident-id', idNumber: '11010519491231002X', phone: '13812345678', birthDate: '1949-12-31', skills: [], domains: [], registeredOn: '2024-01-01', communityId: 'c-1' },
      { id: 'v-2', name: '欧阳娜娜', phone: '13987654321', skills: ['急救'], domains: ['elderly'], registeredOn: '2024-02-01', consentToPublish: true, birthDate: '2000-01-01' },
      { id: 'v-3', name: '李四', skills: [], domains: [], registeredOn: '2024-03-01' },
    ],
    brands: [{ id: 'b-blue', name: '小蓝帽', domain: 'environment', establishedOn: '2023-05-01' }],
    teams: [
      { id: 't-blue', name: '小蓝帽护河队', streetId: 's-zh', communityId: 'c-1', domains: ['environment'], memberIds: ['v-1', 'v-2'], leadWorkerIds: ['w-wang'], brandId: 'b-blue', foundedOn: '2023-06-01', cultivatedByStationId: 'st-zh', organizationId: 'o-1' },
      { id: 't-care', name: '银龄关爱队', streetId: 's-szk', communityId: 'c-3', domains: ['elderly'], memberIds: ['v-3'], leadWorkerIds: [], foundedOn: '2024-01-01' },
    ],
    venues: [{ id: 've-1', name: '党群服务中心', communityId: 'c-1', capacity: 50, openingHours: [] }],
    activities: [
      { id: 'a-1', name: '河道清洁', teamId: 't-blue', venueId: 've-1', leadWorkerId: 'w-wang', start: '2025-03-08T09:00:00+08:00', end: '2025-03-08T11:00:00+08:00', domain: 'environment' },
    ],
    projects: [{ id: 'p-1', name: '护河项目', stage: 'growing', teamIds: ['t-blue'], stationId: 'st-zh', startedOn: '2024-01-01' }],
    records: [
      { id: 'r-1', volunteerId: 'v-1', teamId: 't-blue', activityId: 'a-1', start: '2025-03-08T09:00:00+08:00', end: '2025-03-08T11:00:00+08:00', status: 'confirmed' },
      { id: 'r-2', volunteerId: 'v-2', teamId: 't-blue', start: '2025-03-09T09:00:00+08:00', end: '2025-03-09T10:00:00+08:00', status: 'pending' },
      { id: 'r-3', volunteerId: 'v-3', start: '2025-03-10T09:00:00+08:00', end: '2025-03-10T10:00:00+08:00', status: 'rejected' },
    ],
    charityResources: [{ id: 'cr-1', donor: '爱心企业', amountFen: 500000, purpose: '护河物资', receivedOn: '2025-01-05', communityId: 'c-1', projectId: 'p-1' }],
  }
}

/** The example district, parsed and deeply frozen. */
export function smallDistrict(): District {
  return deepFreeze(parseDistrict(smallDistrictInput()))
}

/** A mutable deep copy of a district, to corrupt in tests. */
export function thaw(d: District): Record<string, any> {
  return structuredClone(d) as Record<string, any>
}
