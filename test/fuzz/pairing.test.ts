import { fc, test } from '@fast-check/vitest'
import { describe } from 'vitest'
import {
  countBlockingPairs,
  greedyAssignment,
  pairTeams,
  solveAssignment,
  stableAssignment,
  verifyCertificate,
  type AssignmentProblem,
} from '../../src/pairing/index'
import { team, worker } from '../pairing/fixtures'
import { anything, onlyTongxin } from './hostile'

const hostileNumber = fc.oneof(fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 2 ** 60, 1.5, -0, 2 ** 31), fc.integer(), anything)
const hostileId = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', '', 'a'), fc.string({ maxLength: 3 }), anything)
const hostileProblem = fc.record(
  {
    teams: fc.oneof(fc.array(fc.record({ id: hostileId, demand: hostileNumber }, { requiredKeys: [] }), { maxLength: 5 }), anything),
    workers: fc.oneof(fc.array(fc.record({ id: hostileId, capacity: hostileNumber }, { requiredKeys: [] }), { maxLength: 5 }), anything),
    edges: fc.oneof(fc.array(fc.record({ team: hostileId, worker: hostileId, score: hostileNumber }, { requiredKeys: [] }), { maxLength: 8 }), anything),
    locks: fc.oneof(fc.array(fc.record({ team: hostileId, worker: hostileId }), { maxLength: 3 }), anything),
    exclusions: fc.oneof(fc.array(fc.record({ team: hostileId, worker: hostileId }), { maxLength: 3 }), anything),
    previous: fc.oneof(fc.array(fc.record({ team: hostileId, worker: hostileId }), { maxLength: 3 }), anything),
    loadPenalty: hostileNumber,
    churnPenalty: hostileNumber,
  },
  { requiredKeys: [] },
)
// Mostly-valid problems, so that the deeper code paths see hostile values too.
const nearValid = fc
  .record({
    ids: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', '__proto__', 'constructor'), { minLength: 1, maxLength: 4 }),
    scores: fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), hostileNumber), { minLength: 16, maxLength: 16 }),
    caps: fc.array(fc.oneof(fc.integer({ min: 0, max: 3 }), hostileNumber), { minLength: 4, maxLength: 4 }),
  })
  .map(({ ids, scores, caps }) => ({
    teams: ids.map((id) => ({ id })),
    workers: ids.map((id, i) => ({ id, capacity: caps[i] })),
    edges: ids.flatMap((t, i) => ids.map((w, j) => ({ team: t, worker: w, score: scores[i * 4 + j] }))),
    locks: [{ team: ids[0], worker: ids[ids.length - 1] }],
  }))

describe('pairing under hostile input', () => {
  test.prop([fc.oneof(hostileProblem, nearValid, anything)])('solveAssignment and the baselines only throw TongxinError', (value) => {
    const p = value as AssignmentProblem
    onlyTongxin(() => solveAssignment(p))
    onlyTongxin(() => greedyAssignment(p))
    onlyTongxin(() => stableAssignment(p))
    onlyTongxin(() => countBlockingPairs(p, []))
  })

  test.prop([nearValid, anything])('verifyCertificate and countBlockingPairs take any result', (problem, junk) => {
    let result: unknown
    try {
      result = solveAssignment(problem as unknown as AssignmentProblem)
    } catch {
      return
    }
    const r = result as Record<string, unknown>
    for (const candidate of [junk, { ...r, pairs: junk }, { ...r, certificate: junk }, { ...r, certificate: { components: [junk] } }, { ...r, pairs: [junk] }]) {
      onlyTongxin(() => verifyCertificate(problem as unknown as AssignmentProblem, candidate as never))
      const pairs: unknown = typeof candidate === 'object' && candidate !== null ? (candidate as { pairs?: unknown }).pairs : candidate
      onlyTongxin(() => countBlockingPairs(problem as unknown as AssignmentProblem, pairs as never))
    }
  })

  test.prop([anything, anything])('pairTeams only throws TongxinError', (input, policy) => {
    onlyTongxin(() => pairTeams(input as never, policy as never))
    onlyTongxin(() => pairTeams({ socialWorkers: [], teams: [] }, policy as never))
  })

  test.prop([
    fc.record({ id: hostileId, qualification: anything, domains: anything, streetId: hostileId, capacity: hostileNumber, availability: anything, active: anything }, { requiredKeys: [] }),
    fc.record({ id: hostileId, streetId: hostileId, domains: anything, leadsNeeded: hostileNumber, status: anything, meetingTimes: anything, leadWorkerIds: anything, brandId: anything }, { requiredKeys: [] }),
  ])('pairTeams with hostile fields only throws TongxinError', (w, t) => {
    onlyTongxin(() => pairTeams({ socialWorkers: [worker('w1', w)], teams: [team('t1', t)] }))
  })
})
