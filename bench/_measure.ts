// Shared by the benchmarks (bench/index.ts skips files starting with `_`).

/**
 * CPU time of one call (user + system, GC helper threads included), in ms: steadier than wall
 * time on a shared machine.
 * @param f - the call
 * @returns milliseconds of CPU
 */
export function cpuTime(f: () => unknown): number {
  const c0 = process.cpuUsage()
  f()
  const c = process.cpuUsage(c0)
  return (c.user + c.system) / 1000
}

/**
 * The median of some numbers.
 * @param xs - the numbers (not changed)
 * @returns the middle one (the upper middle for an even count)
 */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[s.length >> 1] ?? Number.NaN
}

/**
 * Median CPU time per call over `runs` calls.
 * @param f - the call
 * @param runs - how many calls
 * @returns milliseconds of CPU
 */
export function cpuMedian(f: () => unknown, runs: number): number {
  return median(Array.from({ length: runs }, () => cpuTime(f)))
}
