import { describe, expect, it } from 'vitest'
import { checkIntegrity, ENTITY_REFERENCES, ENTITY_COLLECTIONS } from '../../src/district/index'
import { TongxinError } from '../../src/errors/TongxinError'
import { formatMessage } from '../../src/i18n/formatMessage'
import type { District } from '../../src/model/types'
import { smallDistrict, thaw } from './fixtures'

const check = (d: Record<string, any>) => checkIntegrity(d as District)

describe('checkIntegrity', () => {
  it('finds nothing wrong with a consistent district, and freezes its answer', () => {
    const problems = checkIntegrity(smallDistrict())
    expect(problems).toEqual([])
    expect(Object.isFrozen(problems)).toBe(true)
  })

  it('reports a dangling reference for every reference field of the schema', () => {
    for (const ref of ENTITY_REFERENCES) {
      const d = thaw(smallDistrict())
      const coll = ENTITY_COLLECTIONS[ref.kind]
      const e = d[coll][0]
      if (ref.mode === 'many') e[ref.field] = [...e[ref.field], 'ghost']
      else e[ref.field] = 'ghost'
      const problems = check(d).filter((p) => p.code === 'DISTRICT_DANGLING_REFERENCE')
      const path = ref.mode === 'many' ? [coll, 0, ref.field, e[ref.field].length - 1] : [coll, 0, ref.field]
      expect(problems, `${ref.kind}.${ref.field}`).toContainEqual({
        code: 'DISTRICT_DANGLING_REFERENCE',
        params: { kind: ref.kind, id: e.id, field: ref.field, target: ref.target, targetId: 'ghost' },
        path,
      })
    }
  })

  it('reports a record of an unknown volunteer', () => {
    const d = thaw(smallDistrict())
    d.records[2].volunteerId = 'v-404'
    expect(check(d)).toEqual([
      {
        code: 'DISTRICT_DANGLING_REFERENCE',
        params: { kind: 'record', id: 'r-3', field: 'volunteerId', target: 'volunteer', targetId: 'v-404' },
        path: ['records', 2, 'volunteerId'],
      },
    ])
    expect(formatMessage(check(d)[0]!, 'en')).toBe('record r-3: volunteerId refers to unknown volunteer v-404')
  })

  it('reports each later use of a duplicate id', () => {
    const d = thaw(smallDistrict())
    d.volunteers.push({ ...d.volunteers[0] }, { ...d.volunteers[0] })
    expect(check(d)).toEqual([
      { code: 'DISTRICT_DUPLICATE_ID', params: { kind: 'volunteer', id: 'v-1' }, path: ['volunteers', 3, 'id'] },
      { code: 'DISTRICT_DUPLICATE_ID', params: { kind: 'volunteer', id: 'v-1' }, path: ['volunteers', 4, 'id'] },
    ])
  })

  it('reports a team led by an inactive social worker', () => {
    const d = thaw(smallDistrict())
    d.teams[1].leadWorkerIds = ['w-li']
    expect(check(d)).toEqual([
      { code: 'DISTRICT_LEAD_INACTIVE', params: { teamId: 't-care', workerId: 'w-li' }, path: ['teams', 1, 'leadWorkerIds', 0] },
    ])
  })

  it('reports a social worker leading more teams than their capacity', () => {
    const d = thaw(smallDistrict())
    d.socialWorkers[0].capacity = 1
    d.teams[1].leadWorkerIds = ['w-wang']
    expect(check(d)).toEqual([
      { code: 'DISTRICT_LEAD_OVER_CAPACITY', params: { workerId: 'w-wang', capacity: 1, teams: 2 }, path: ['socialWorkers', 0, 'capacity'] },
    ])
  })

  it('reports multi-team membership only where the district forbids it', () => {
    const d = thaw(smallDistrict())
    d.teams[1].memberIds = ['v-3', 'v-1']
    expect(check(d)).toEqual([])
    d.rules.allowMultiTeamMembership = false
    expect(check(d)).toEqual([
      {
        code: 'DISTRICT_MULTI_TEAM_MEMBER',
        params: { volunteerId: 'v-1', teamId: 't-care', firstTeamId: 't-blue' },
        path: ['teams', 1, 'memberIds', 1],
      },
    ])
  })

  it('reports a team whose community is in another street', () => {
    const d = thaw(smallDistrict())
    d.teams[1].communityId = 'c-2'
    expect(check(d)).toEqual([
      {
        code: 'DISTRICT_COMMUNITY_STREET_MISMATCH',
        params: { teamId: 't-care', communityId: 'c-2', streetId: 's-szk', communityStreetId: 's-zh' },
        path: ['teams', 1, 'communityId'],
      },
    ])
  })

  it('reports every problem, sorted by collection, position and code', () => {
    const d = thaw(smallDistrict())
    d.records[0].volunteerId = 'ghost'
    d.streets.push({ id: 's-zh', name: 'dup' })
    d.teams[1].leadWorkerIds = ['w-li', 'w-nobody']
    d.communities[0].streetId = 'nowhere'
    const paths = check(d).map((p) => [p.code, p.path.join('.')])
    expect(paths).toEqual([
      ['DISTRICT_DUPLICATE_ID', 'streets.2.id'],
      ['DISTRICT_DANGLING_REFERENCE', 'communities.0.streetId'],
      ['DISTRICT_COMMUNITY_STREET_MISMATCH', 'teams.0.communityId'],
      ['DISTRICT_LEAD_INACTIVE', 'teams.1.leadWorkerIds.0'],
      ['DISTRICT_DANGLING_REFERENCE', 'teams.1.leadWorkerIds.1'],
      ['DISTRICT_DANGLING_REFERENCE', 'records.0.volunteerId'],
    ])
  })

  it('throws DISTRICT_NOT_A_DISTRICT for input not shaped like a district', () => {
    const bad: [unknown, string][] = [
      [null, ''],
      [[], ''],
      [{ ...thaw(smallDistrict()), rules: undefined }, 'rules'],
      [{ ...thaw(smallDistrict()), teams: {} }, 'teams'],
      [(() => { const d = thaw(smallDistrict()); d.teams[0] = 5; return d })(), 'teams.0'],
      [(() => { const d = thaw(smallDistrict()); d.teams[0].id = 5; return d })(), 'teams.0.id'],
      [(() => { const d = thaw(smallDistrict()); d.teams[0].memberIds = 'v-1'; return d })(), 'teams.0.memberIds'],
      [(() => { const d = thaw(smallDistrict()); d.teams[0].memberIds = [1]; return d })(), 'teams.0.memberIds.0'],
      [(() => { const d = thaw(smallDistrict()); d.teams[0].streetId = 1; return d })(), 'teams.0.streetId'],
      [(() => { const d = thaw(smallDistrict()); d.socialWorkers[0].active = 'yes'; return d })(), 'socialWorkers.0.active'],
      [(() => { const d = thaw(smallDistrict()); d.socialWorkers[0].capacity = '2'; return d })(), 'socialWorkers.0.capacity'],
    ]
    for (const [input, at] of bad) {
      let error: unknown
      try {
        checkIntegrity(input as District)
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(TongxinError)
      expect((error as TongxinError).code).toBe('DISTRICT_NOT_A_DISTRICT')
      expect((error as TongxinError).params.at).toBe(at)
    }
  })

  it('turns errors thrown by hostile objects into TongxinError', () => {
    const d = thaw(smallDistrict())
    Object.defineProperty(d.teams[0], 'memberIds', { get: () => { throw new Error('boom') } })
    expect(() => check(d)).toThrow(expect.objectContaining({ code: 'DISTRICT_NOT_A_DISTRICT', params: { reason: 'boom', at: '' } }))
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- deliberately hostile
    const p = new Proxy(thaw(smallDistrict()), { getPrototypeOf: () => { throw 42 } })
    expect(() => check(p)).toThrow(expect.objectContaining({ params: { reason: 'non-error thrown', at: '' } }))
  })

  it('runs on a large district in one linear pass', () => {
    const d = thaw(smallDistrict())
    const n = 200_000
    d.records = Array.from({ length: n }, (_, i) => ({ id: `r${i}`, volunteerId: i % 1000 === 0 ? 'ghost' : 'v-1', status: 'confirmed' }))
    const problems = check(d)
    expect(problems.length).toBe(n / 1000)
    expect(problems[0]!.path).toEqual(['records', 0, 'volunteerId'])
  })
})
