import { describe, expect, it } from 'vitest'
import { applyChange, checkIntegrity, undoChange } from '../../src/district/index'
import type { Change, ChangeContext } from '../../src/district/index'
import { TongxinError } from '../../src/errors/TongxinError'
import type { District } from '../../src/model/types'
import { CTX, deepFreeze, isDeepFrozen } from './arbitraries'
import { smallDistrict, thaw } from './fixtures'

function codeOf(fn: () => unknown): string {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(TongxinError)
    return (e as TongxinError).code
  }
  return 'no error'
}

const apply = (change: unknown, d: District = smallDistrict(), ctx: unknown = CTX) =>
  applyChange(d, change as Change, ctx as ChangeContext)

describe('applyChange: entity commands', () => {
  it('adds an entity with its schema defaults and records the patch', () => {
    const d = smallDistrict()
    const { district, entry } = apply({ type: 'add', kind: 'community', entity: { id: 'c-9', streetId: 's-szk', name: ' 新社区 ', residentPopulation: 10 } }, d)
    expect(district.communities[3]).toEqual({ id: 'c-9', streetId: 's-szk', name: '新社区', residentPopulation: 10, status: 'ordinary' })
    expect(entry).toEqual({
      actor: 'tester',
      at: '2025-03-08T09:00:00+08:00',
      reason: '测试',
      change: { type: 'add', kind: 'community', entity: district.communities[3] },
      patches: [{ op: 'add', path: ['communities', 3], value: district.communities[3] }],
      inversePatches: [{ op: 'remove', path: ['communities', 3] }],
    })
    expect(isDeepFrozen(district)).toBe(true)
    expect(isDeepFrozen(entry)).toBe(true)
    expect(district.teams).toBe(d.teams) // structural sharing
    expect(d.communities).toHaveLength(3)
  })

  it('keeps the sequence number of the context', () => {
    const { entry } = apply({ type: 'add', kind: 'street', entity: { id: 's-new', name: '新街道' } }, smallDistrict(), { ...CTX, seq: 7 })
    expect(entry.seq).toBe(7)
  })

  it('updates fields with a partial patch; null removes an optional field', () => {
    const { district, entry } = apply({ type: 'update', kind: 'team', id: 't-blue', patch: { name: '小蓝帽', brandId: null, status: 'struggling', id: 't-blue' } })
    expect(district.teams[0]?.name).toBe('小蓝帽')
    expect(district.teams[0]?.brandId).toBeUndefined()
    expect(entry.patches).toEqual([
      { op: 'remove', path: ['teams', 0, 'brandId'] },
      { op: 'replace', path: ['teams', 0, 'name'], value: '小蓝帽' },
      { op: 'replace', path: ['teams', 0, 'status'], value: 'struggling' },
    ])
    expect(entry.change).toEqual({ type: 'update', kind: 'team', id: 't-blue', patch: { brandId: null, name: '小蓝帽', status: 'struggling' } })
  })

  it('validates the updated entity with its schema', () => {
    expect(codeOf(() => apply({ type: 'update', kind: 'team', id: 't-blue', patch: { foundedOn: '2025-02-30' } }))).toBe('DISTRICT_INVALID_CHANGE')
    try {
      apply({ type: 'update', kind: 'team', id: 't-blue', patch: { foundedOn: '2025-02-30' } })
    } catch (e) {
      expect((e as TongxinError).issues).toEqual([
        { code: 'MODEL_DATE_NOT_REAL', params: { value: '2025-02-30' }, path: ['patch', 'foundedOn'] },
      ])
    }
    expect(codeOf(() => apply({ type: 'update', kind: 'team', id: 't-blue', patch: { name: null } }))).toBe('DISTRICT_INVALID_CHANGE')
    expect(codeOf(() => apply({ type: 'update', kind: 'team', id: 't-blue', patch: { colour: 'blue' } }))).toBe('DISTRICT_UNKNOWN_FIELD')
    expect(codeOf(() => apply({ type: 'update', kind: 'team', id: 't-blue', patch: { id: 't-red' } }))).toBe('DISTRICT_ID_IMMUTABLE')
    expect(codeOf(() => apply({ type: 'update', kind: 'team', id: 't-blue', patch: [] }))).toBe('DISTRICT_INVALID_CHANGE')
    expect(codeOf(() => apply({ type: 'update', kind: 'team', id: 't-none', patch: {} }))).toBe('DISTRICT_NOT_FOUND')
  })

  it('an update that changes nothing returns the same district and an entry without patches', () => {
    const d = smallDistrict()
    const { district, entry } = apply({ type: 'update', kind: 'team', id: 't-blue', patch: { name: '小蓝帽护河队' } }, d)
    expect(district).toBe(d)
    expect(entry.patches).toEqual([])
  })

  it('rejects an id already taken, an unknown kind, an unknown change type, bad ids', () => {
    expect(codeOf(() => apply({ type: 'add', kind: 'street', entity: { id: 's-zh', name: 'x' } }))).toBe('DISTRICT_ID_TAKEN')
    expect(codeOf(() => apply({ type: 'add', kind: 'planet', entity: {} }))).toBe('DISTRICT_UNKNOWN_KIND')
    expect(codeOf(() => apply({ type: 'add', kind: 7, entity: {} }))).toBe('DISTRICT_UNKNOWN_KIND')
    expect(codeOf(() => apply({ type: 'add', kind: 'toString', entity: {} }))).toBe('DISTRICT_UNKNOWN_KIND')
    expect(codeOf(() => apply({ type: 'add', kind: 'street', entity: { id: '', name: 'x' } }))).toBe('DISTRICT_INVALID_CHANGE')
    expect(codeOf(() => apply({ type: 'explode' }))).toBe('DISTRICT_UNKNOWN_CHANGE_TYPE')
    expect(codeOf(() => apply({ type: 1 }))).toBe('DISTRICT_UNKNOWN_CHANGE_TYPE')
    expect(codeOf(() => apply(null))).toBe('DISTRICT_INVALID_CHANGE')
    expect(codeOf(() => apply({ type: 'remove', kind: 'street', id: '' }))).toBe('DISTRICT_INVALID_CHANGE')
    expect(codeOf(() => apply({ type: 'remove', kind: 'street', id: 's-zh', cascade: 'yes' }))).toBe('DISTRICT_INVALID_CHANGE')
    expect(codeOf(() => apply({ type: 'remove', kind: 'street', id: 's-none' }))).toBe('DISTRICT_NOT_FOUND')
  })

  it('rejects a change that would break integrity, listing the new problems', () => {
    const d = smallDistrict()
    let error: TongxinError | undefined
    try {
      apply({ type: 'add', kind: 'community', entity: { id: 'c-9', streetId: 's-none', name: 'x', residentPopulation: 1 } }, d)
    } catch (e) {
      error = e as TongxinError
    }
    expect(error?.code).toBe('DISTRICT_INTEGRITY_VIOLATION')
    expect(error?.issues).toEqual([
      {
        code: 'DISTRICT_DANGLING_REFERENCE',
        params: { kind: 'community', id: 'c-9', field: 'streetId', target: 'street', targetId: 's-none' },
        path: ['communities', 3, 'streetId'],
      },
    ])
    expect(d).toEqual(smallDistrict())
  })

  it('allows changes on a district with existing problems as long as none is added', () => {
    const broken = thaw(smallDistrict())
    broken.records[2].volunteerId = 'ghost'
    const d = deepFreeze(broken) as unknown as District
    const { district } = apply({ type: 'add', kind: 'street', entity: { id: 's-x', name: 'x' } }, d)
    expect(checkIntegrity(district)).toHaveLength(1)
    // repairing is allowed too
    const repaired = apply({ type: 'update', kind: 'record', id: 'r-3', patch: { volunteerId: 'v-3' } }, district).district
    expect(checkIntegrity(repaired)).toEqual([])
    // but not a second copy of the same problem
    expect(codeOf(() => apply({ type: 'update', kind: 'record', id: 'r-2', patch: { volunteerId: 'ghost' } }, district))).toBe('DISTRICT_INTEGRITY_VIOLATION')
  })

  it('rejects removing an entity still referenced', () => {
    let error: TongxinError | undefined
    try {
      apply({ type: 'remove', kind: 'volunteer', id: 'v-1' })
    } catch (e) {
      error = e as TongxinError
    }
    expect(error?.code).toBe('DISTRICT_STILL_REFERENCED')
    expect(error?.params).toEqual({ kind: 'volunteer', id: 'v-1', count: 2 })
    expect(error?.issues.map((i) => i.path.join('.'))).toEqual(['teams.0.memberIds.0', 'records.0.volunteerId'])
  })

  it('removes an unreferenced entity: the last one takes its slot', () => {
    const d = smallDistrict()
    const { district, entry } = apply({ type: 'remove', kind: 'record', id: 'r-1' }, d)
    expect(district.records.map((r) => r.id)).toEqual(['r-3', 'r-2'])
    expect(entry.patches).toEqual([
      { op: 'replace', path: ['records', 0], value: d.records[2] },
      { op: 'remove', path: ['records', 2] },
    ])
    expect(undoChange(district, entry)).toEqual(d)
  })

  it('cascades a removal on request', () => {
    const d = smallDistrict()
    const { district, entry } = apply({ type: 'remove', kind: 'team', id: 't-blue', cascade: true }, d)
    expect(district.teams.map((t) => t.id)).toEqual(['t-care'])
    expect(district.activities).toEqual([]) // its activity required the team
    expect(district.projects[0]?.teamIds).toEqual([])
    expect(district.records.map((r) => [r.id, r.teamId, r.activityId])).toEqual([
      ['r-1', undefined, undefined],
      ['r-2', undefined, undefined],
      ['r-3', undefined, undefined],
    ])
    expect(checkIntegrity(district)).toEqual([])
    expect(undoChange(district, entry)).toEqual(d)
  })

  it('cascades through required references recursively', () => {
    const d = smallDistrict()
    const { district } = apply({ type: 'remove', kind: 'street', id: 's-zh', cascade: true }, d)
    expect(district.streets.map((s) => s.id)).toEqual(['s-szk'])
    expect(district.communities.map((c) => c.id)).toEqual(['c-3'])
    expect(district.stations).toEqual([])
    expect(district.organizations).toEqual([])
    expect(district.venues).toEqual([])
    expect(district.socialWorkers.map((w) => w.id).sort()).toEqual(['w-li', 'w-zhao'])
    expect(district.teams.map((t) => t.id)).toEqual(['t-care'])
    expect(district.volunteers.find((v) => v.id === 'v-1')?.communityId).toBeUndefined()
    expect(district.charityResources[0]?.communityId).toBeUndefined()
    expect(checkIntegrity(district)).toEqual([])
  })

  it('cascades removals of several entities of one kind', () => {
    const input = thaw(smallDistrict())
    input.records.push({ ...input.records[2], id: 'r-4' }, { ...input.records[0], id: 'r-5' })
    const d = deepFreeze(input) as unknown as District
    const { district, entry } = apply({ type: 'remove', kind: 'volunteer', id: 'v-3', cascade: true }, d)
    expect(district.records.map((r) => r.id)).toEqual(['r-1', 'r-2', 'r-5'])
    expect(undoChange(district, entry)).toEqual(d)
    const both = apply({ type: 'remove', kind: 'volunteer', id: 'v-1', cascade: true }, d)
    expect(both.district.records.map((r) => r.id)).toEqual(['r-4', 'r-2', 'r-3'])
    expect(undoChange(both.district, both.entry)).toEqual(d)
  })

  it('validates the context and never reads the clock', () => {
    expect(codeOf(() => apply({ type: 'confirmRecord', recordId: 'r-2' }, smallDistrict(), { ...CTX, at: '2025-03-08 09:00' }))).toBe('DISTRICT_INVALID_CONTEXT')
    expect(codeOf(() => apply({ type: 'confirmRecord', recordId: 'r-2' }, smallDistrict(), { ...CTX, actor: '' }))).toBe('DISTRICT_INVALID_CONTEXT')
    expect(codeOf(() => apply({ type: 'confirmRecord', recordId: 'r-2' }, smallDistrict(), { ...CTX, seq: -1 }))).toBe('DISTRICT_INVALID_CONTEXT')
    expect(codeOf(() => apply({ type: 'confirmRecord', recordId: 'r-2' }, smallDistrict(), null))).toBe('DISTRICT_INVALID_CONTEXT')
  })

  it('turns a throwing change object into DISTRICT_INVALID_CHANGE', () => {
    const hostile = { type: 'add', kind: 'street', get entity(): never { throw new Error('boom') } }
    expect(codeOf(() => apply(hostile))).toBe('DISTRICT_INVALID_CHANGE')
  })
})

describe('applyChange: domain commands', () => {
  it('assigns and unassigns lead social workers', () => {
    const d = smallDistrict()
    const a = apply({ type: 'assignLead', teamId: 't-care', workerIds: ['w-zhao'] }, d)
    expect(a.district.teams[1]?.leadWorkerIds).toEqual(['w-zhao'])
    expect(a.entry.patches).toEqual([{ op: 'add', path: ['teams', 1, 'leadWorkerIds', 0], value: 'w-zhao' }])
    const b = apply({ type: 'unassignLead', teamId: 't-care', workerIds: ['w-zhao'] }, a.district)
    expect(b.district).toEqual(d)
    expect(codeOf(() => apply({ type: 'assignLead', teamId: 't-blue', workerIds: ['w-wang'] }))).toBe('DISTRICT_ALREADY_LEAD')
    expect(codeOf(() => apply({ type: 'assignLead', teamId: 't-care', workerIds: ['w-none'] }))).toBe('DISTRICT_NOT_FOUND')
    expect(codeOf(() => apply({ type: 'assignLead', teamId: 't-none', workerIds: ['w-wang'] }))).toBe('DISTRICT_NOT_FOUND')
    expect(codeOf(() => apply({ type: 'assignLead', teamId: 't-care', workerIds: [] }))).toBe('DISTRICT_INVALID_CHANGE')
    expect(codeOf(() => apply({ type: 'assignLead', teamId: 't-care', workerIds: ['w-zhao', 'w-zhao'] }))).toBe('DISTRICT_INVALID_CHANGE')
    expect(codeOf(() => apply({ type: 'unassignLead', teamId: 't-care', workerIds: ['w-wang'] }))).toBe('DISTRICT_NOT_LEAD')
  })

  it('rejects a lead who is inactive or already at capacity', () => {
    const inactive = codeOf(() => apply({ type: 'assignLead', teamId: 't-care', workerIds: ['w-li'] }))
    expect(inactive).toBe('DISTRICT_INTEGRITY_VIOLATION')
    const a = apply({ type: 'assignLead', teamId: 't-care', workerIds: ['w-zhao'] })
    const b = apply({ type: 'add', kind: 'team', entity: { id: 't-3', name: '三队', streetId: 's-szk', domains: [], memberIds: [], leadWorkerIds: [], foundedOn: '2025-01-01' } }, a.district)
    try {
      apply({ type: 'assignLead', teamId: 't-3', workerIds: ['w-zhao'] }, b.district)
      expect.unreachable()
    } catch (e) {
      expect((e as TongxinError).issues[0]?.code).toBe('DISTRICT_LEAD_OVER_CAPACITY')
    }
  })

  it('records service as a pending record, then confirms or voids it', () => {
    const d = smallDistrict()
    const rec = { id: 'r-9', volunteerId: 'v-3', teamId: 't-care', start: '2025-04-01T09:00:00+08:00', end: '2025-04-01T10:30:00+08:00' }
    const a = apply({ type: 'recordService', record: rec }, d)
    expect(a.district.records[3]).toEqual({ ...rec, breakMinutes: 0, travelMinutes: 0, status: 'pending' })
    const b = apply({ type: 'confirmRecord', recordId: 'r-9' }, a.district)
    expect(b.district.records[3]?.status).toBe('confirmed')
    expect(b.entry.patches).toEqual([{ op: 'replace', path: ['records', 3, 'status'], value: 'confirmed' }])
    expect(codeOf(() => apply({ type: 'confirmRecord', recordId: 'r-9' }, b.district))).toBe('DISTRICT_INVALID_TRANSITION')
    const c = apply({ type: 'voidRecord', recordId: 'r-9' }, b.district)
    expect(c.district.records[3]?.status).toBe('void')
    expect(codeOf(() => apply({ type: 'voidRecord', recordId: 'r-9' }, c.district))).toBe('DISTRICT_INVALID_TRANSITION')
    expect(apply({ type: 'recordService', record: { ...rec, id: 'r-10', status: 'confirmed' } }, d).district.records[3]?.status).toBe('confirmed')
    expect(codeOf(() => apply({ type: 'recordService', record: { ...rec, volunteerId: 'v-none' } }, d))).toBe('DISTRICT_NOT_FOUND')
    expect(codeOf(() => apply({ type: 'recordService', record: { ...rec, id: 'r-1' } }, d))).toBe('DISTRICT_ID_TAKEN')
    expect(codeOf(() => apply({ type: 'recordService', record: { ...rec, end: '2025-04-01T08:00:00+08:00' } }, d))).toBe('DISTRICT_INVALID_CHANGE')
    expect(codeOf(() => apply({ type: 'recordService', record: 'r' }, d))).toBe('DISTRICT_INVALID_CHANGE')
    expect(codeOf(() => apply({ type: 'recordService', record: { ...rec, teamId: 't-none' } }, d))).toBe('DISTRICT_INTEGRITY_VIOLATION')
  })

  it('changes a community status, with or without a date', () => {
    const a = apply({ type: 'setCommunityStatus', communityId: 'c-1', status: 'demonstration', since: '2025-06-01' })
    expect(a.district.communities[0]).toMatchObject({ status: 'demonstration', statusSince: '2025-06-01' })
    const b = apply({ type: 'setCommunityStatus', communityId: 'c-1', status: 'pilot' }, a.district)
    expect(b.district.communities[0]?.statusSince).toBeUndefined()
    expect(codeOf(() => apply({ type: 'setCommunityStatus', communityId: 'c-1', status: 'famous' }))).toBe('DISTRICT_INVALID_CHANGE')
    expect(codeOf(() => apply({ type: 'setCommunityStatus', communityId: 'c-none', status: 'pilot' }))).toBe('DISTRICT_NOT_FOUND')
  })

  it('adds and removes team members', () => {
    const d = smallDistrict()
    const a = apply({ type: 'addTeamMember', teamId: 't-care', volunteerId: 'v-1' }, d)
    expect(a.district.teams[1]?.memberIds).toEqual(['v-3', 'v-1'])
    const b = apply({ type: 'removeTeamMember', teamId: 't-care', volunteerId: 'v-1' }, a.district)
    expect(b.district).toEqual(d)
    expect(codeOf(() => apply({ type: 'addTeamMember', teamId: 't-care', volunteerId: 'v-3' }))).toBe('DISTRICT_ALREADY_MEMBER')
    expect(codeOf(() => apply({ type: 'addTeamMember', teamId: 't-care', volunteerId: 'v-none' }))).toBe('DISTRICT_NOT_FOUND')
    expect(codeOf(() => apply({ type: 'removeTeamMember', teamId: 't-care', volunteerId: 'v-1' }))).toBe('DISTRICT_NOT_MEMBER')
  })

  it('enforces single-team membership when the district asks for it', () => {
    const input = thaw(smallDistrict())
    input.rules.allowMultiTeamMembership = false
    const d = deepFreeze(input) as unknown as District
    try {
      apply({ type: 'addTeamMember', teamId: 't-care', volunteerId: 'v-1' }, d)
      expect.unreachable()
    } catch (e) {
      expect((e as TongxinError).issues).toEqual([
        { code: 'DISTRICT_MULTI_TEAM_MEMBER', params: { volunteerId: 'v-1', teamId: 't-care', firstTeamId: 't-blue' }, path: ['teams', 1, 'memberIds', 1] },
      ])
    }
  })
})
