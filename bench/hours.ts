// Hours benchmark (issue 3 §6): 1,000,000 records of 100,000 volunteers over 2025 → the full
// ledger with monthly buckets in Asia/Shanghai; side by side with DuckDB computing the same
// per-volunteer-per-month totals with gaps-and-islands SQL; then streamed records in a child
// process under a peak-RSS budget (the issue's 10,000,000; 1,000,000 with `--stream-1m`, about a
// minute and a half less). Run: npm run bench -- hours [--ledger-only] [--stream-1m]
import { execFileSync } from 'node:child_process'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { DuckDBInstance } from '@duckdb/node-api'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'
import { Bench } from 'tinybench'
import { built, selfArgs } from './_built'
import { cpuTime, median } from './_measure'
import type { HoursPolicyInput } from '../src/hours/index'
import type { ServiceRecord } from '../src/model/types'

const { createHoursStream, creditHours } = await built<typeof import('../src/hours/index')>('hours')

const YEAR_START = Date.UTC(2024, 11, 31, 16) / 60_000 // 2025-01-01T00:00+08:00 in epoch minutes
const DAYS = 365

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n))
const DAY_TEXT: string[] = []
for (let d = 0; d <= DAYS + 1; d++) DAY_TEXT.push(new Date((YEAR_START + 480 + d * 1440) * 60_000).toISOString().slice(0, 10))

/** `+08:00` text of an epoch minute inside 2025 (plus a day). */
function text(min: number): string {
  const local = min - YEAR_START
  const d = Math.floor(local / 1440)
  const m = local - d * 1440
  return `${DAY_TEXT[d]!}T${pad(Math.floor(m / 60))}:${pad(m % 60)}+08:00`
}

/** A seeded source of integers in [0, n). */
function source(seed: number): (n: number) => number {
  const rng = xoroshiro128plus(seed)
  return (n) => ((rng.next() >>> 0) % n)
}

/**
 * `n` records of `volunteers` volunteers in 2025, written by volunteer: about 10 % start inside
 * the volunteer's previous session (overlap), sessions of 30 min – 8 h at any hour (many cross
 * midnight), a few pending, breaks and travel on some.
 */
export function generate(n: number, volunteers: number, seed = 2025): ServiceRecord[] {
  const rnd = source(seed)
  const out: ServiceRecord[] = []
  const per = Math.floor(n / volunteers)
  for (let v = 0; v < volunteers; v++) {
    const volunteerId = `V${String(v).padStart(6, '0')}`
    const teamId = `T${String(v % 1000).padStart(4, '0')}`
    let prevStart = -1
    let prevEnd = -1
    for (let k = 0; k < per; k++) {
      let start: number
      if (prevEnd > 0 && rnd(10) === 0) start = prevStart + 1 + rnd(Math.max(1, prevEnd - prevStart - 1))
      else start = YEAR_START + rnd((DAYS - 1) * 1440)
      const len = 30 + rnd(451)
      const r = rnd(20)
      out.push({
        id: `${volunteerId}-${k}`,
        volunteerId,
        teamId,
        start: text(start),
        end: text(start + len),
        breakMinutes: r < 3 ? 15 : 0,
        travelMinutes: r === 4 ? 20 : 0,
        status: r === 19 ? 'pending' : 'confirmed',
      } as unknown as ServiceRecord)
      prevStart = start
      prevEnd = start + len
    }
  }
  return out
}

function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024)
}

async function duckdbTotals(records: readonly ServiceRecord[]): Promise<{ ms: number; cpuMs: number; rows: Map<string, number> }> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' })
  const con = await instance.connect()
  await con.run('CREATE TABLE rec (vol VARCHAR, s BIGINT, e BIGINT, status VARCHAR)')
  const app = await con.createAppender('rec')
  for (const r of records) {
    app.appendVarchar(r.volunteerId)
    app.appendBigInt(BigInt(Math.floor(Date.parse(r.start) / 60_000)))
    app.appendBigInt(BigInt(Math.floor(Date.parse(r.end) / 60_000)))
    app.appendVarchar(r.status)
    app.endRow()
  }
  app.flushSync()
  app.closeSync()
  // Month boundaries of Asia/Shanghai in epoch minutes (no DST in 2025: 16:00 UTC on the eve).
  await con.run('CREATE TABLE months (m VARCHAR, ms BIGINT, me BIGINT)')
  const values: string[] = []
  for (let m = 0; m < 13; m++) {
    const ms = Date.UTC(2025, m, 1) / 60_000 - 480
    const me = Date.UTC(2025, m + 1, 1) / 60_000 - 480
    const key = m < 12 ? `2025-${pad(m + 1)}` : '2026-01'
    values.push(`('${key}', ${ms}, ${me})`)
  }
  await con.run(`INSERT INTO months VALUES ${values.join(',')}`)
  const sql = `
    WITH ok AS (SELECT vol, s, e FROM rec WHERE status = 'confirmed' AND e > s),
    marked AS (
      SELECT vol, s, e,
        CASE WHEN s >= MAX(e) OVER (PARTITION BY vol ORDER BY s, e ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
             OR ROW_NUMBER() OVER (PARTITION BY vol ORDER BY s, e) = 1 THEN 1 ELSE 0 END AS island_start
      FROM ok),
    numbered AS (SELECT vol, s, e, SUM(island_start) OVER (PARTITION BY vol ORDER BY s, e ROWS UNBOUNDED PRECEDING) AS island FROM marked),
    islands AS (SELECT vol, MIN(s) AS s, MAX(e) AS e FROM numbered GROUP BY vol, island)
    SELECT i.vol, m.m, SUM(LEAST(i.e, m.me) - GREATEST(i.s, m.ms)) AS minutes
    FROM islands i JOIN months m ON i.s < m.me AND i.e > m.ms
    GROUP BY i.vol, m.m`
  await con.runAndReadAll(sql) // warm-up
  const times: number[] = []
  const cpuTimes: number[] = []
  let rows: unknown[][] = []
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now()
    const c0 = process.cpuUsage()
    const reader = await con.runAndReadAll(sql)
    rows = reader.getRowsJS()
    const c = process.cpuUsage(c0)
    cpuTimes.push((c.user + c.system) / 1000)
    times.push(performance.now() - t0)
  }
  con.closeSync()
  instance.closeSync()
  const out = new Map<string, number>()
  for (const [vol, month, minutes] of rows) out.set(`${String(vol)}|${String(month)}`, Number(minutes))
  times.sort((a, b) => a - b)
  cpuTimes.sort((a, b) => a - b)
  return { ms: times[1]!, cpuMs: cpuTimes[1]!, rows: out }
}

async function main(): Promise<void> {
  const N = 1_000_000
  const V = 100_000
  let t0 = performance.now()
  // As a host receives them: parsed from a JSON export. (Strings built by template literals are
  // V8 cons-strings, slower to read than anything a parser or a database driver hands over.)
  const records = JSON.parse(JSON.stringify(generate(N, V))) as ServiceRecord[]
  console.log(`generated ${N.toLocaleString('en-US')} records of ${V.toLocaleString('en-US')} volunteers (through JSON) in ${(performance.now() - t0).toFixed(0)} ms`)

  const comparable: HoursPolicyInput = { subtractBreaks: false, excludeTravel: false }
  // CPU time (process.cpuUsage, user + system, GC helper threads included) is less sensitive than
  // wall time to other processes on a shared machine; both are reported as medians.
  t0 = performance.now()
  const coldCpu = cpuTime(() => creditHours(records))
  console.log(`cold first call (default policy): ${(performance.now() - t0).toFixed(0)} ms wall, ${coldCpu.toFixed(0)} ms CPU`)
  const cpuRuns: number[][] = [[], []]
  // Nine runs: a full collection of the million live input records (~300 ms, not the library's
  // own work) lands in about one run in three; the median of nine stays on ordinary runs and the
  // mean shows what the collections cost on average.
  const ITERATIONS = 9
  const bench = new Bench({ time: 0, iterations: ITERATIONS, warmupIterations: 4 })
  bench.add('creditHours default policy (full ledger)', () => {
    cpuRuns[0]!.push(cpuTime(() => creditHours(records)))
  })
  bench.add('creditHours without breaks/travel (same rules as the SQL)', () => {
    cpuRuns[1]!.push(cpuTime(() => creditHours(records, comparable)))
  })
  await bench.run()
  const medians: number[] = []
  const cpuMedians: number[] = []
  for (const [j, task] of bench.tasks.entries()) {
    const r = task.result
    if (r.state !== 'completed') throw new Error(`${task.name}: ${r.state}`)
    medians.push(r.latency.p50)
    // Warm-up runs are in cpuRuns too: keep the last `iterations` only.
    const cpuMed = median(cpuRuns[j]!.slice(-ITERATIONS))
    cpuMedians.push(cpuMed)
    console.log(
      `${task.name}: warm median ${r.latency.p50.toFixed(0)} ms wall (min ${r.latency.min.toFixed(0)}, mean ${r.latency.mean.toFixed(0)}, max ${r.latency.max.toFixed(0)}), ${cpuMed.toFixed(0)} ms CPU; ${Math.round(N / (r.latency.p50 / 1000)).toLocaleString('en-US')} records/s (wall), ${Math.round(N / (cpuMed / 1000)).toLocaleString('en-US')} records/s (CPU)`,
    )
  }
  const cpuComparable = cpuMedians[1]!
  // What one ledger keeps alive (heap + typed arrays), measured between full collections; after a
  // turn of the event loop, so that the weakly cached working buffers can go (a WeakRef keeps its
  // target until the current job ends).
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as () => void
  const held = async (): Promise<number> => {
    // The least of five readings, each after a turn and a full collection: a weak target may
    // need more than one turn to go, and garbage only ever adds to a reading.
    let least = Infinity
    for (let k = 0; k < 5; k++) {
      await new Promise((r) => setImmediate(r))
      gc()
      const m = process.memoryUsage()
      least = Math.min(least, m.heapUsed + m.arrayBuffers)
    }
    return least
  }
  const memBefore = await held()
  const ledger = creditHours(records, comparable)
  const ledgerMb = Math.round(((await held()) - memBefore) / 2 ** 20)
  // The per-line objects and per-record lists are made on first read: what a reader pays once.
  let t1 = performance.now()
  let monthCells = 0
  for (const v of ledger.volunteers) monthCells += Object.keys(v.byMonth).length
  const byMonthMs = performance.now() - t1
  t1 = performance.now()
  const rejectedCount = ledger.rejected.length
  const rejectedMs = performance.now() - t1
  t1 = performance.now()
  const creditCount = ledger.credits.length
  const creditsMs = performance.now() - t1
  const creditsMb = Math.round(((await held()) - memBefore) / 2 ** 20) - ledgerMb
  console.log(`first reads: every line's byMonth ${byMonthMs.toFixed(0)} ms (${monthCells.toLocaleString('en-US')} cells), rejected ${rejectedMs.toFixed(0)} ms (${rejectedCount.toLocaleString('en-US')}), credits ${creditsMs.toFixed(0)} ms (${creditCount.toLocaleString('en-US')})`)
  console.log(`ledger: ${ledger.volunteers.length.toLocaleString('en-US')} volunteers, ${creditCount.toLocaleString('en-US')} credits, ${ledger.rejected.length.toLocaleString('en-US')} rejected, overlap removed ${ledger.volunteers.reduce((s, v) => s + v.adjustments.overlap, 0).toLocaleString('en-US')} min`)
  console.log(`memory held by one ledger ≈ ${ledgerMb} MB, + ${creditsMb} MB once its byMonth objects, rejections and per-record credits are read; peak RSS so far ${peakRssMb()} MB`)
  if (process.argv.includes('--ledger-only')) return

  t0 = performance.now()
  const duck = await duckdbTotals(records)
  console.log(`DuckDB (1 thread, load ${((performance.now() - t0 - duck.ms * 4) / 1000).toFixed(1)} s not timed): gaps-and-islands per volunteer per month, median ${duck.ms.toFixed(0)} ms`)
  let mismatches = 0
  let cells = 0
  for (const v of ledger.volunteers) {
    for (const [month, minutes] of Object.entries(v.byMonth)) {
      cells++
      if (duck.rows.get(`${v.volunteerId}|${month}`) !== minutes) mismatches++
    }
  }
  if (cells !== duck.rows.size) mismatches += Math.abs(cells - duck.rows.size)
  console.log(`totals identical: ${mismatches === 0 ? 'yes' : `NO (${mismatches} of ${cells} cells differ)`} (${cells.toLocaleString('en-US')} volunteer-month cells)`)
  console.log(`ratio DuckDB / tongxin (same rules): wall ${(duck.ms / medians[1]!).toFixed(2)}×, CPU ${(duck.cpuMs / cpuComparable).toFixed(2)}× (DuckDB CPU ${duck.cpuMs.toFixed(0)} ms) — tongxin ${medians[1]! <= duck.ms ? 'faster' : 'slower'} by wall time`)
  console.log(`target ≤ 300 ms warm for the full ledger: ${medians[0]! <= 300 ? 'met' : 'not met'} (${medians[0]!.toFixed(0)} ms wall, ${cpuMedians[0]!.toFixed(0)} ms CPU)`)
  console.log(`peak RSS of the in-process run: ${peakRssMb()} MB`)

  const out = execFileSync(
    process.execPath,
    [
      '--max-old-space-size=400', '--max-semi-space-size=8', ...selfArgs(import.meta.url), '--stream-child',
      ...(process.argv.includes('--stream-1m') ? ['--stream-1m'] : []),
    ],
    { encoding: 'utf8' },
  )
  console.log(out.trim())
}

/** Streams 10,000,000 (or with `--stream-1m` 1,000,000) generated records ordered by day. */
function streamChild(): void {
  const N = process.argv.includes('--stream-1m') ? 1_000_000 : 10_000_000
  const V = 100_000
  const rnd = source(7)
  const s = createHoursStream()
  const perDay = Math.ceil(N / DAYS)
  let chunk: ServiceRecord[] = []
  let count = 0
  // Only the stream's own work is timed: each chunk is generated, then parsed from JSON as a host
  // reads an export (flat strings, see main), then handed over.
  let ms = 0
  const add = (c: ServiceRecord[]): void => {
    const flat = JSON.parse(JSON.stringify(c)) as ServiceRecord[]
    const t = performance.now()
    s.add(flat)
    ms += performance.now() - t
  }
  for (let d = 0; d < DAYS && count < N; d++) {
    for (let k = 0; k < perDay && count < N; k++) {
      const v = rnd(V)
      const start = YEAR_START + d * 1440 + rnd(1440 - 1)
      const len = 30 + rnd(451)
      chunk.push({
        id: `S${count}`, volunteerId: `V${String(v).padStart(6, '0')}`, start: text(start), end: text(start + len),
        breakMinutes: 0, travelMinutes: 0, status: 'confirmed',
      } as unknown as ServiceRecord)
      count++
      if (chunk.length === 10_000) {
        // Day by day: within a day a volunteer's records may come in any order (one open period).
        add(chunk)
        chunk = []
      }
    }
  }
  add(chunk)
  const t = performance.now()
  const summary = s.finish()
  ms += performance.now() - t
  const peak = peakRssMb()
  console.log(
    `stream: ${count.toLocaleString('en-US')} records → ${summary.volunteers.length.toLocaleString('en-US')} volunteers, ${Math.round(summary.minutes / 60).toLocaleString('en-US')} h in ${(ms / 1000).toFixed(1)} s (${Math.round(count / (ms / 1000)).toLocaleString('en-US')} records/s); peak RSS ${peak} MB (budget 512 MB: ${peak < 512 ? 'met' : 'NOT met'})`,
  )
}

if (process.argv.includes('--stream-child')) streamChild()
else await main()
