// Pairing benchmark (issue 4 §4): seeded district (500 social workers, capacity 2–6, 2,000 teams,
// 25 streets) and city (1,000 social workers, capacity 4–12, 10,000 teams, 100 streets) from
// generateDistrict. Reports warm medians of pairTeams end to end (rules, scores, solve,
// explanations, baselines) and of the solver alone, cold first calls (each in a fresh process),
// and npm `munkres` side by side: run per connected component on slot-expanded matrices with a
// per-team "unassigned" column, on the same instance with one lead per team (the case where
// slot expansion is exact), with the same optimum checked. Run: npm run bench -- pairing
import { execFileSync } from 'node:child_process'
import munkres from 'munkres'
import { Bench } from 'tinybench'
import { built, selfArgs } from './_built'
import { cpuMedian } from './_measure'
import type { District } from '../src/model/types'
import type { AssignmentProblem, AssignmentResult } from '../src/pairing/index'

const { pairTeams, solveAssignment, verifyCertificate } = await built<typeof import('../src/pairing/index')>('pairing')
const { generateDistrict } = await built<typeof import('../src/sample/index')>('sample')

const SIZES = {
  district: { seed: 4, year: 2025, streets: 25, communitiesPerStreet: 6, teams: 2_000, volunteers: 4_000, socialWorkers: 500, recordsPerVolunteer: 0, workerCapacity: [2, 6] as const },
  city: { seed: 5, year: 2025, streets: 100, communitiesPerStreet: 6, teams: 10_000, volunteers: 20_000, socialWorkers: 1_000, recordsPerVolunteer: 0, workerCapacity: [4, 12] as const },
}
type Size = keyof typeof SIZES
const TARGET_MS: Record<Size, number> = { district: 50, city: 250 }

function build(size: Size): District {
  return generateDistrict(SIZES[size])
}

// Cold mode: a fresh process times the very first call.
const coldArg = process.argv.indexOf('--cold')
if (coldArg >= 0) {
  const size = process.argv[coldArg + 1] as Size
  const d = build(size)
  const t0 = performance.now()
  pairTeams({ socialWorkers: d.socialWorkers, teams: d.teams })
  const t1 = performance.now()
  console.log(JSON.stringify({ cold: t1 - t0 }))
  process.exit(0)
}

/** The same instance with one lead per team, where slot-expanded LSAP is exactly equivalent. */
function singleLead(p: AssignmentProblem): AssignmentProblem {
  return { ...p, teams: p.teams.map((t) => ({ id: t.id, demand: Math.min(1, t.demand ?? 1) })), locks: [], previous: [] }
}

interface MunkresComponent {
  readonly teams: readonly string[]
  readonly slots: readonly string[]
  readonly edges: ReadonlyMap<string, ReadonlyMap<string, number>>
}

/** Components (from our solver's decomposition, computed once, outside the timing). */
function componentsOf(p: AssignmentProblem, r: AssignmentResult): MunkresComponent[] {
  const cap = new Map(p.workers.map((w) => [w.id, w.capacity]))
  const byTeam = new Map<string, Map<string, number>>()
  for (const e of p.edges) {
    let m = byTeam.get(e.team)
    if (m === undefined) byTeam.set(e.team, (m = new Map()))
    m.set(e.worker, e.score)
  }
  return r.certificate.components.map((c) => ({
    teams: c.teams,
    slots: c.workers.flatMap((w) => Array.from({ length: cap.get(w) ?? 0 }, () => w)),
    edges: new Map(c.teams.map((t) => [t, byTeam.get(t) ?? new Map<string, number>()])),
  }))
}

/** munkres per component: rows = teams, columns = worker slots + one unassigned column per team. */
function solveWithMunkres(comps: readonly MunkresComponent[], big: number): { coverage: number; score: number } {
  let coverage = 0
  let score = 0
  for (const c of comps) {
    const n = c.teams.length
    const m = c.slots.length
    const matrix: number[][] = []
    for (let i = 0; i < n; i++) {
      const edges = c.edges.get(c.teams[i]!)!
      const row = new Array<number>(m + n).fill(Number.POSITIVE_INFINITY)
      for (let j = 0; j < m; j++) {
        const s = edges.get(c.slots[j]!)
        if (s !== undefined) row[j] = -big - s
      }
      row[m + i] = 0
      matrix.push(row)
    }
    for (const [i, j] of munkres(matrix)) {
      if (j < m) {
        coverage++
        score += -matrix[i]![j]! - big
      }
    }
  }
  return { coverage, score }
}

const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1))

async function main(): Promise<void> {
  const rows: string[][] = []
  for (const size of Object.keys(SIZES) as Size[]) {
    const d = build(size)
    const input = { socialWorkers: d.socialWorkers, teams: d.teams }
    const plan = pairTeams(input)
    if (!verifyCertificate(plan.problem, plan.assignment).valid) throw new Error(`${size}: certificate does not verify`)
    const single = singleLead(plan.problem)
    const ours = solveAssignment(single)
    const comps = componentsOf(single, ours)
    const big = 1 + 2 * single.edges.reduce((mx, e) => Math.max(mx, Math.abs(e.score)), 0) * (single.teams.length + 1)
    const theirs = solveWithMunkres(comps, big)
    const same = theirs.coverage === ours.coverage && theirs.score === ours.totalScore
    if (!same) throw new Error(`${size}: munkres optimum ${JSON.stringify(theirs)} ≠ ours ${ours.coverage}/${ours.totalScore}`)

    const bench = new Bench({ time: size === 'city' ? 3_000 : 1_500, warmupTime: 500, warmupIterations: 3 })
    bench
      .add(`${size}: pairTeams (end to end)`, () => void pairTeams(input))
      .add(`${size}: solveAssignment (full instance)`, () => void solveAssignment(plan.problem))
      .add(`${size}: solveAssignment (1 lead/team)`, () => void solveAssignment(single))
      .add(`${size}: munkres per component (1 lead/team)`, () => void solveWithMunkres(comps, big))
    await bench.run()
    const med = bench.tasks.map((t) => (t.result.state === 'completed' ? t.result.latency.p50 : Number.NaN))
    const cold = (JSON.parse(execFileSync(process.execPath, [...selfArgs(import.meta.url), '--cold', size], { encoding: 'utf8' }).trim().split('\n').pop() ?? '{}') as { cold: number }).cold
    const [endToEnd, solveFull, solveSingle, mk] = med as [number, number, number, number]
    const runs = size === 'city' ? 9 : 21
    const cpuEnd = cpuMedian(() => void pairTeams(input), runs)
    const cpuSolve = cpuMedian(() => void solveAssignment(single), runs)
    const cpuMunkres = cpuMedian(() => void solveWithMunkres(comps, big), runs)
    console.log(
      `\n${size}: ${d.socialWorkers.length} social workers, ${d.teams.length} teams, ${plan.problem.edges.length} eligible pairs, ${plan.components.length} components; ` +
        `coverage ${plan.coverage}/${plan.demand} (greedy ${plan.baselines.greedy.coverage}, stable ${plan.baselines.stable.coverage}), blocking pairs ${plan.baselines.blockingPairs}`,
    )
    console.log(`  same optimum as munkres on the 1-lead instance: ${same} (coverage ${ours.coverage}, score ${ours.totalScore})`)
    rows.push(
      [size, 'pairTeams end to end (warm)', fmt(endToEnd), fmt(cpuEnd), `target ≤ ${TARGET_MS[size]} ms: ${endToEnd <= TARGET_MS[size] ? 'met' : cpuEnd <= TARGET_MS[size] ? 'met in CPU time only' : 'MISSED'}`],
      [size, 'pairTeams end to end (cold, fresh process)', fmt(cold), '', ''],
      [size, 'solveAssignment, full instance', fmt(solveFull), '', ''],
      [size, 'solveAssignment, 1 lead/team', fmt(solveSingle), fmt(cpuSolve), ''],
      [
        size,
        'munkres per component, 1 lead/team',
        fmt(mk),
        fmt(cpuMunkres),
        `munkres / ours: ${(mk / solveSingle).toFixed(1)}× wall, ${(cpuMunkres / cpuSolve).toFixed(1)}× CPU (solver vs solver)`,
      ],
    )
  }
  console.log('\n| instance | what | wall ms (median) | CPU ms (median) | note |\n|---|---|---|---|---|')
  for (const r of rows) console.log(`| ${r.join(' | ')} |`)
}

await main()
