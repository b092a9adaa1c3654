// Pairing social workers with volunteer teams: `npx tsx examples/pairing.ts`.
import { formatMessage } from '../src/i18n/formatMessage'
import { pairTeams, solveAssignment, verifyCertificate } from '../src/pairing/index'
import { laoshanSample } from '../src/sample/index'
import { pairingSection } from './demo/pairing'

// 1. The low-level solver: integer scores, capacities, coverage first.
const r = solveAssignment({
  teams: [{ id: 't1' }, { id: 't2' }],
  workers: [{ id: 'w1', capacity: 1 }, { id: 'w2', capacity: 1 }],
  edges: [
    { team: 't1', worker: 'w1', score: 9 },
    { team: 't1', worker: 'w2', score: 8 },
    { team: 't2', worker: 'w1', score: 7 },
  ],
})
console.log('solveAssignment:', r.pairs.map((p) => `${p.team}←${p.worker} (${p.score})`).join(', '), `coverage ${r.coverage}, score ${r.totalScore}`)

// 2. The domain: the bundled sample district, with fairness on and one manual lock.
const d = laoshanSample()
const team = d.teams[0]!
const worker = d.socialWorkers.find((w) => w.streetId === team.streetId && w.active)!
const plan = pairTeams(
  { socialWorkers: d.socialWorkers, teams: d.teams },
  { objective: { loadPenalty: 1, keepPrevious: true }, locks: [{ teamId: team.id, workerId: worker.id }] },
)
console.log(`pairTeams: ${plan.coverage}/${plan.demand} lead slots, average score ${plan.averageScore.toFixed(1)}, certificate ${verifyCertificate(plan.problem, plan.assignment).valid ? 'verified' : 'FAILED'}`)
const locked = plan.pairs.find((p) => p.locked)
if (locked !== undefined) {
  console.log(`locked ${locked.teamId}←${locked.workerId}: ` + (locked.brokenRules.length > 0 ? locked.brokenRules.map((x) => formatMessage(x, 'en')).join('; ') : locked.breakdown.map((l) => `${l.criterion} ${l.points}`).join(', ')))
}
for (const c of plan.conflicts) console.log('conflict:', formatMessage(c, 'en'))
const u = plan.unassigned[0]
if (u !== undefined) console.log(`why ${u.teamId} has no lead: ${u.reasons.map((x) => formatMessage(x, 'en')).join(' / ')}`)

// 3. The demo section (zh-CN).
console.log(pairingSection(d))
