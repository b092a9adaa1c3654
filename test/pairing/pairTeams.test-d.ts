import { describe, expectTypeOf, it } from 'vitest'
import type { AssignmentResult, PairingPlan, PairingPolicyInput, ScoreLine } from '../../src/pairing/index'
import { pairTeams, solveAssignment } from '../../src/pairing/index'

describe('pairing types', () => {
  it('pairTeams returns a PairingPlan and takes a partial policy', () => {
    expectTypeOf(pairTeams).returns.toEqualTypeOf<PairingPlan>()
    expectTypeOf<PairingPolicyInput>().toExtend<{ rules?: { sameArea?: { scope?: 'street' | 'station' } } }>()
    expectTypeOf<PairingPlan['pairs'][number]['breakdown'][number]>().toEqualTypeOf<ScoreLine>()
  })
  it('solveAssignment returns an AssignmentResult', () => {
    expectTypeOf(solveAssignment).returns.toEqualTypeOf<AssignmentResult>()
    expectTypeOf<AssignmentResult['pairs'][number]['score']>().toBeNumber()
  })
})
