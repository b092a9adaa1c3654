// The code of the README's tour, kept here so that it type-checks and runs in `npm test`.
// Run: npx tsx examples/readme.ts
import {
  ahpWeights,
  applyChange,
  buildCertificate,
  checkIdNumber,
  checkIntegrity,
  creditHours,
  demonstrationCommunityRubric,
  formatMessage,
  laoshanSample,
  maskIdNumber,
  pairTeams,
  scoreRubric,
  solveAssignment,
  starLevel,
  topsis,
} from '../src/index'

// 1. Model: the bundled sample district, its integrity, an audited change.
const district = laoshanSample()
console.log(checkIntegrity(district).length) // 0 problems
const load = (id: string) => district.teams.filter((t) => t.leadWorkerIds.some((w) => w === id)).length
const worker = district.socialWorkers.find((w) => w.active && w.capacity > load(w.id))!
const team = district.teams.find((t) => t.leadWorkerIds.length === 0 && t.leadsNeeded > 0 && t.streetId === worker.streetId)!
try {
  const { district: next, entry } = applyChange(
    district,
    { type: 'assignLead', teamId: team.id, workerIds: [worker.id] },
    { actor: 'station-01', at: '2026-01-05T09:00:00+08:00', reason: '社工引领' },
  )
  console.log(next.teams.find((t) => t.id === team.id)?.leadWorkerIds, entry.inversePatches.length)
} catch (e) {
  console.log(formatMessage(e as never)) // a change that would break integrity is rejected, with a code
}

// 2. Identifiers and privacy.
console.log(checkIdNumber('11010519491231002X')) // { ok: true, kind: 'resident', birthDate: '1949-12-31', sex: 'female', … }
console.log(maskIdNumber('11010519491231002X')) // '110105********002X'

// 3. Hours: credit the records by the national default rules, then stars and a certificate.
const ledger = creditHours(district.records, { timeZone: 'Asia/Shanghai' }, district)
const top = [...ledger.volunteers].sort((a, b) => b.creditedMinutes - a.creditedMinutes)[0]!
console.log(top.volunteerId, top.creditedMinutes, starLevel(top.creditedMinutes).level)
const volunteer = district.volunteers.find((v) => v.id === top.volunteerId)!
const certificate = buildCertificate({
  volunteer,
  serviceMinutes: top.creditedMinutes,
  serviceContent: '社区为老服务、环境保护',
  recordingUnit: '中韩街道社工站',
  issuedOn: '2026-01-05',
})
console.log(certificate.serviceHours)

// 4. Pairing: the optimal plan, and the low-level solver it stands on.
const plan = pairTeams({ socialWorkers: district.socialWorkers, teams: district.teams })
console.log(plan.coverage, plan.demand, plan.unassigned[0] && formatMessage(plan.unassigned[0].reasons[0]!))
const r = solveAssignment({
  teams: [{ id: 't1', demand: 1 }, { id: 't2' }],
  workers: [{ id: 'w1', capacity: 1 }, { id: 'w2', capacity: 1 }],
  edges: [
    { team: 't1', worker: 'w1', score: 9 },
    { team: 't1', worker: 'w2', score: 8 },
    { team: 't2', worker: 'w1', score: 7 },
  ],
})
console.log(r.pairs, r.coverage, r.totalScore) // t1–w2, t2–w1: 2 teams, 15 points (greedy would cover 1)

// 5. Evaluation: a rubric with vetoes and grade bands; AHP weights; TOPSIS.
const sheet = scoreRubric(demonstrationCommunityRubric(), { venueCount: 2, weeklyOpenHours: 40, volunteerRate: 0.12 })
console.log(sheet.total, sheet.grade)
const ahp = ahpWeights([
  [1, 4, 3, 7],
  [1 / 4, 1, 1 / 3, 3],
  [1 / 3, 3, 1, 5],
  [1 / 7, 1 / 3, 1 / 5, 1],
])
console.log(ahp.weights.map((w) => w.toFixed(3)), ahp.cr.toFixed(4), ahp.consistent) // 0.548 0.127 0.270 0.056, CR 0.0439
const t = topsis(
  [
    [2.0, 1500, 20000, 5.5, 5, 9],
    [2.5, 2700, 18000, 6.5, 3, 5],
    [1.8, 2000, 21000, 4.5, 7, 7],
    [2.2, 1800, 20000, 5.0, 5, 5],
  ],
  { weights: [0.2, 0.1, 0.1, 0.1, 0.2, 0.3], types: ['benefit', 'benefit', 'benefit', 'cost', 'benefit', 'benefit'], normalization: 'vector' },
)
console.log(t.closeness.map((c) => c.toFixed(3)), t.ranks) // 0.643 0.268 0.614 0.312 (Hwang & Yoon: 0.643, 0.268, 0.613, 0.312); ranks 1 4 2 3
