// How evaluation works, in one run: a 8S audit of a vaccination clinic with deductions and
// evidence, a 社工站 rubric in the weight form with a veto, two raters combined, many stations
// scored in one batch and ranked with TOPSIS, and a 示范社区 score from a tiny district.
// Run: npx tsx examples/evaluation.ts
import { isDeepStrictEqual } from 'node:util'
import { formatMessage } from '../src/i18n/formatMessage'
import { parseDistrict } from '../src/model/parseDistrict'
import {
  communityFacts, demonstrationVerdict, eightSRubric, streetStationRubric,
} from '../src/evaluation/presets/index'
import { topsis } from '../src/evaluation/mcdm/index'
import { combineRaters, parseRubric, rubricToJson, scoreRubric, scoreSubjects } from '../src/evaluation/rubric/index'

// 1. 8S audit (扣分制): 2 dirty spots in the waiting area, one safety hazard in the cold-chain room.
const audit = scoreRubric(eightSRubric(), {
  'seiso.waiting': { defects: [{ reason: '候种区地面污渍', count: 2, evidence: 'IMG_0398' }] },
  'safety.coldChain': { defects: [{ reason: '冷链室插座过载', evidence: 'IMG_0412' }] },
})
console.log(`8S: ${audit.total} / ${audit.fullMark} → ${audit.grade ?? '—'} (pass line ${eightSRubric().grades.bands[0]!.min})`)
for (const n of audit.nodes) for (const d of n.deductions) console.log(`  − ${d.points} ${n.id}: ${d.reason} [${d.evidence ?? ''}]`)

// 2. A street social-work station, weights 15/15/40/20/10; then the same data with a veto.
const station = streetStationRubric()
const data = {
  sixHas: ['site', 'equipment', 'staff', 'functions', 'workflow', 'rules'], certifiedShare: 0.5, budgetExecution: 0.92, accounts: 'full',
  servedRatio: 1.05, volumeRatio: 0.83, cultivated: 5, satisfaction: 91, purchaserRating: 'full', reports: 3, innovation: 'partial',
}
const s = scoreRubric(station, data)
console.log(`社工站: ${s.total} → ${s.grade ?? '—'}; with 违规使用资金: ${scoreRubric(station, { ...data, financialViolation: true }).grade ?? '—'}`)
console.log(`  JSON round trip: ${isDeepStrictEqual(parseRubric(rubricToJson(station)), station) ? 'ok' : 'differs'}`)

// 3. Self-assessment (30 %) and third party (70 %) combined, with a dispersion flag.
const combined = combineRaters(station, [
  { id: 'self', role: 'self', weight: 0.3 },
  { id: 'third', role: 'third-party', weight: 0.7 },
], [
  { raterId: 'self', data: { ...data, satisfaction: 98, servedRatio: 1.2 } },
  { raterId: 'third', data: { ...data, servedRatio: 0.7 } },
])
console.log(`raters: ${combined.sheet.total}; flagged: ${combined.dispersion.map((d) => `${d.nodeId} ±${d.spread.toFixed(2)}`).join(', ') || 'none'}`)

// 4. Twelve stations in one batch (columnar: no sheet is built unless asked for), ranked by total
// and by TOPSIS on the indicators' normalised values (missing → 0).
const batch = scoreSubjects(station, Array.from({ length: 12 }, (_, i) => ({
  id: `station-${String(i + 1).padStart(2, '0')}`,
  data: { ...data, servedRatio: 0.6 + 0.05 * i, satisfaction: 95 - 2 * i, reports: i % 4, budgetExecution: i === 5 ? null : 0.9 },
})))
const m = batch.matrix({ field: 'normalised', fill: 0 })
const closeness = topsis(m, { weights: m.columnIds.map(() => 1), types: m.columnIds.map(() => 'benefit' as const) }).closeness
const totals = batch.totals()
const best = [...batch.ids.keys()].sort((a, b) => totals[b]! - totals[a]! || a - b).slice(0, 3)
console.log(`batch of ${batch.length}: top 3 by total ${best.map((i) => `${batch.ids[i]} ${totals[i]} (${batch.sheet(i).grade ?? '—'}, TOPSIS ${closeness[i]!.toFixed(3)})`).join('; ')}`)

// 5. A 示范社区 verdict from a two-team district.
const district = parseDistrict({
  id: 'demo', name: '示例区',
  streets: [{ id: 's1', name: '中韩街道' }],
  communities: [{ id: 'c1', streetId: 's1', name: '示例社区', status: 'pilot', residentPopulation: 300 }],
  socialWorkers: [{ id: 'w1', name: '王社工', qualification: 'intermediate', domains: ['elderly'], streetId: 's1', capacity: 2, availability: [], active: true }],
  volunteers: Array.from({ length: 36 }, (_, i) => ({ id: `v${i}`, name: `志愿者${i}`, registeredOn: '2025-01-01', skills: [], domains: [], communityId: 'c1' })),
  teams: [
    { id: 't1', name: '银龄队', streetId: 's1', communityId: 'c1', domains: ['elderly'], memberIds: ['v0'], leadWorkerIds: ['w1'], foundedOn: '2024-01-01' },
    { id: 't2', name: '护河队', streetId: 's1', communityId: 'c1', domains: ['environment'], memberIds: ['v1'], leadWorkerIds: [], foundedOn: '2024-01-01' },
  ],
  venues: [{ id: 'p1', name: '党群服务中心', communityId: 'c1', capacity: 40, openingHours: [{ day: 6, from: '09:00', to: '17:00' }] }],
  activities: ['elderly', 'environment', 'culture'].map((domain, i) => ({
    id: `a${i}`, name: `活动${i}`, teamId: i === 1 ? 't2' : 't1', domain, venueId: 'p1', leadWorkerId: i === 1 ? undefined : 'w1',
    start: `2025-05-0${i + 1}T09:00:00+08:00`, end: `2025-05-0${i + 1}T11:00:00+08:00`,
  })),
})
const [facts] = communityFacts(district, { creditedMinutesByCommunity: { c1: 24_000 }, guidedMinutesByCommunity: { c1: 9_000 } })
const verdict = demonstrationVerdict(facts!)
console.log(`示范社区: ${verdict.sheet.total} (${verdict.sheet.grade ?? '—'}), qualifies: ${verdict.qualifies}`)
for (const r of [...verdict.reasons, ...verdict.advisories]) console.log(`  · ${formatMessage(r)}`)
