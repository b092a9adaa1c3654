// Hostile input for every public entry point of the district store: only TongxinError escapes.
import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { applyChange, checkIntegrity, replayAuditLog, toPublicDistrict, undoChange } from '../../src/district/index'
import type { AuditEntry, AuditLog, Change, ChangeContext, PublicDistrictOptions } from '../../src/district/index'
import type { District } from '../../src/model/types'
import { CTX, districtArbitrary } from '../district/arbitraries'
import { smallDistrict } from '../district/fixtures'
import { onlyTongxin } from './hostile'

const hostile = fc.anything({
  withNullPrototype: true,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
  withBigInt: true,
  withDate: true,
  withObjectString: true,
  key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'type', 'kind', 'teams')),
})

/** Runs `fn`; passes if it returns or throws a TongxinError. */
const kinds = fc.constantFrom('street', 'community', 'station', 'agency', 'organization', 'socialWorker', 'volunteer', 'team', 'venue', 'activity', 'project', 'brand', 'record', 'resource', 'toString', '__proto__')
const types = fc.constantFrom('add', 'update', 'remove', 'assignLead', 'unassignLead', 'recordService', 'confirmRecord', 'voidRecord', 'setCommunityStatus', 'addTeamMember', 'removeTeamMember', 'hasOwnProperty')
/** Changes that look right on the outside and carry anything inside. */
const shapedChange = fc.record(
  { type: types, kind: kinds, id: fc.oneof(fc.string(), hostile), entity: hostile, patch: hostile, record: hostile, cascade: hostile,
    teamId: fc.constantFrom('t-blue', 't-care'), workerIds: hostile, volunteerId: fc.oneof(fc.constantFrom('v-1', 'v-3'), hostile),
    recordId: fc.oneof(fc.constantFrom('r-1', 'r-2'), hostile), communityId: hostile, status: hostile, since: hostile },
  { requiredKeys: ['type'] },
)

/** A valid district with one field somewhere replaced by anything. */
const damagedDistrict = fc.tuple(districtArbitrary({ max: 3 }), fc.nat(), fc.nat(), hostile).map(([d, a, b, value]) => {
  const copy = structuredClone(d) as Record<string, any>
  const keys = Object.keys(copy)
  const key = keys[a % keys.length]!
  const target = copy[key]
  if (Array.isArray(target) && target.length > 0) {
    const e = target[b % target.length]
    const fields = Object.keys(e)
    e[fields[b % fields.length]!] = value
  } else {
    copy[key] = value
  }
  return copy as District
})

describe('fuzz: district store', () => {
  test.prop([hostile])('checkIntegrity: only TongxinError, and non-districts throw', (input) => {
    expect(() => checkIntegrity(input as District)).toThrow(expect.objectContaining({ name: 'TongxinError' }))
  })

  test.prop([damagedDistrict])('checkIntegrity on damaged districts', (d) => {
    onlyTongxin(() => checkIntegrity(d))
  })

  test.prop([hostile, hostile, hostile])('applyChange with anything', (d, change, ctx) => {
    onlyTongxin(() => applyChange(d as District, change as Change, ctx as ChangeContext))
    onlyTongxin(() => applyChange(smallDistrict(), change as Change, CTX))
  })

  test.prop([shapedChange])('applyChange with plausible-looking changes', (change) => {
    onlyTongxin(() => applyChange(smallDistrict(), change as unknown as Change, CTX))
  })

  test.prop([damagedDistrict, shapedChange])('applyChange on damaged districts', (d, change) => {
    onlyTongxin(() => applyChange(d, change as unknown as Change, CTX))
    onlyTongxin(() => applyChange(d, { type: 'remove', kind: 'street', id: 's0', cascade: true }, CTX))
  })

  test.prop([hostile, hostile])('undoChange and replayAuditLog with anything', (d, entry) => {
    onlyTongxin(() => undoChange(d as District, entry as AuditEntry))
    onlyTongxin(() => undoChange(smallDistrict(), entry as AuditEntry))
    onlyTongxin(() => replayAuditLog(smallDistrict(), entry as AuditLog))
    onlyTongxin(() => replayAuditLog(smallDistrict(), [entry] as AuditLog))
    onlyTongxin(() => replayAuditLog(d as District, []))
  })

  test.prop([
    fc.record({
      op: fc.constantFrom('add', 'replace', 'remove', 'move'),
      path: fc.array(fc.oneof(fc.constantFrom('teams', 'records', 'name', '__proto__', 'length'), fc.nat({ max: 5 }), fc.integer())),
      value: hostile,
    }),
  ])('undoChange with arbitrary patches', (patch) => {
    const base = smallDistrict()
    const { district, entry } = applyChange(base, { type: 'confirmRecord', recordId: 'r-2' }, CTX)
    onlyTongxin(() => undoChange(district, { ...entry, inversePatches: [patch as never] }))
    onlyTongxin(() => undoChange(district, { ...entry, patches: [patch as never] }))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  test.prop([hostile, hostile])('toPublicDistrict with anything', (d, options) => {
    onlyTongxin(() => toPublicDistrict(d as District, options as PublicDistrictOptions))
    onlyTongxin(() => toPublicDistrict(smallDistrict(), options as PublicDistrictOptions))
  })

  test.prop([damagedDistrict])('toPublicDistrict on damaged districts', (d) => {
    onlyTongxin(() => toPublicDistrict(d))
  })

  it('deep nesting and huge arrays', () => {
    let deep: unknown = {}
    for (let i = 0; i < 100_000; i++) deep = { entity: deep, teams: [deep] }
    onlyTongxin(() => checkIntegrity(deep as District))
    onlyTongxin(() => applyChange(smallDistrict(), { type: 'add', kind: 'street', entity: deep } as unknown as Change, CTX))
    onlyTongxin(() => applyChange(smallDistrict(), { type: 'update', kind: 'team', id: 't-blue', patch: { name: deep } } as unknown as Change, CTX))
    const huge = { ...smallDistrict(), streets: new Array(1_000_000) } as unknown as District
    onlyTongxin(() => checkIntegrity(huge))
    const cyclic: Record<string, unknown> = { type: 'add', kind: 'street' }
    cyclic.entity = cyclic
    onlyTongxin(() => applyChange(smallDistrict(), cyclic as unknown as Change, CTX))
  })
})
