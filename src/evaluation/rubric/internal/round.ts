import type { ScoreRoundingMode } from '../types'

const POW10 = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000] as const

/**
 * Rounds `x` to `decimals` places. Halves are detected with a relative tolerance of 1e-9, so
 * 1.005 rounds half-up to 1.01 as a spreadsheet shows it, although its binary value is below.
 * Callers guarantee a finite `x` and an integer `decimals` in 0–6.
 */
export function roundTo(x: number, mode: ScoreRoundingMode, decimals: number): number {
  if (mode === 'none') return x
  const p = POW10[decimals] ?? 1
  const n = x * p
  const fl = Math.floor(n)
  const frac = n - fl
  const tol = 1e-9 * Math.max(1, Math.abs(n))
  let r: number
  if (mode === 'floor') r = Math.abs(frac - 1) <= tol ? fl + 1 : fl
  else if (mode === 'ceil') r = frac <= tol ? fl : fl + 1
  else if (Math.abs(frac - 0.5) <= tol) r = mode === 'half-up' ? (n >= 0 ? fl + 1 : fl) : fl % 2 === 0 ? fl : fl + 1
  // Not a half: frac < 0.5 ? fl : fl + 1. Below 2^50, n + 0.5 and its floor are exact, so
  // Math.floor(n + 0.5) is the same number without a branch on the data (half would mispredict).
  else r = Math.abs(n) < 1125899906842624 ? Math.floor(n + 0.5) : frac < 0.5 ? fl : fl + 1
  const out = r / p
  return out === 0 ? 0 : out
}
