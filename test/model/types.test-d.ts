import { describe, expectTypeOf, it } from 'vitest'
import type { District, ServiceRecord, SocialWorkerId, TeamId, Volunteer, VolunteerId } from '../../src/model/types'

describe('inferred model types', () => {
  it('are readonly', () => {
    expectTypeOf<District['volunteers']>().toEqualTypeOf<readonly Volunteer[]>()
    const record = {} as ServiceRecord
    // @ts-expect-error a record is readonly
    record.breakMinutes = 3
    const district = {} as District
    // @ts-expect-error arrays are readonly
    district.records.push(record)
  })

  it('brand ids so they are not interchangeable', () => {
    expectTypeOf<VolunteerId>().toExtend<string>()
    expectTypeOf<VolunteerId>().not.toEqualTypeOf<TeamId>()
    expectTypeOf<string>().not.toExtend<VolunteerId>()
    const acceptTeam = (id: TeamId) => id
    const worker = 'w1' as SocialWorkerId
    // @ts-expect-error a social-worker id is not a team id
    acceptTeam(worker)
  })

  it('has the record status union and offset-carrying strings', () => {
    expectTypeOf<ServiceRecord['status']>().toEqualTypeOf<'pending' | 'confirmed' | 'rejected' | 'void'>()
    expectTypeOf<ServiceRecord['start']>().toEqualTypeOf<string>()
    expectTypeOf<ServiceRecord['teamId']>().toEqualTypeOf<TeamId | undefined>()
  })
})
