import { describe, expectTypeOf, it } from 'vitest'
import type { AppliedChange, AuditEntry, Change, EntityOf, EntityPatch, IntegrityProblem } from '../../src/district/index'
import type { applyChange } from '../../src/district/index'
import type { District, VolunteerTeam } from '../../src/model/types'

describe('district store types', () => {
  it('changes are a discriminated union checked per kind', () => {
    const ok: Change = { type: 'add', kind: 'street', entity: { id: 's1', name: '中韩街道' } }
    expectTypeOf(ok).toExtend<Change>()
    // @ts-expect-error a street has no streetId, and a team is not a street
    const _wrong: Change = { type: 'add', kind: 'street', entity: { id: 't1', streetId: 's1' } }
    // @ts-expect-error unknown change type
    const _unknown: Change = { type: 'explode' }
    const patch: EntityPatch<'team'> = { brandId: null, name: '新名字' }
    expectTypeOf(patch).toExtend<EntityPatch<'team'>>()
    // @ts-expect-error id is not patchable
    const _idPatch: EntityPatch<'team'> = { id: 't2' }
  })

  it('results are readonly and typed', () => {
    expectTypeOf<ReturnType<typeof applyChange>>().toEqualTypeOf<AppliedChange>()
    expectTypeOf<AppliedChange['district']>().toEqualTypeOf<District>()
    expectTypeOf<EntityOf<'team'>>().toEqualTypeOf<VolunteerTeam>()
    const entry = {} as AuditEntry
    // @ts-expect-error entries are readonly
    entry.actor = 'x'
    const p = {} as IntegrityProblem
    // @ts-expect-error problems are readonly
    p.path.push('x')
  })
})
