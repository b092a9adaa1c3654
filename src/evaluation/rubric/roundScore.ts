import { TongxinError } from '../../errors/TongxinError'
import { isFiniteNumber } from './internal/fail'
import { roundTo } from './internal/round'
import type { ScoreRoundingMode } from './types'

const MODES: readonly string[] = ['half-up', 'half-even', 'floor', 'ceil', 'none']

/**
 * Rounds a score as a spreadsheet shows it: `half-up` (halves away from zero, Excel `ROUND`),
 * `half-even`, `floor`, `ceil` or `none`, to 0–6 decimals. A value within a relative 1e-9 of a
 * half counts as the half, so `roundScore(1.005, 'half-up', 2)` is 1.01, not 1.00.
 *
 * @param x - a finite number
 * @param mode - the rounding mode
 * @param decimals - decimals kept, an integer in 0–6
 * @returns the rounded number
 * @throws TongxinError `EVAL_ARGUMENT_INVALID` for a non-finite number, an unknown mode or bad decimals
 * @example
 * roundScore(2.675, 'half-up', 2) //=> 2.68
 */
export function roundScore(x: number, mode: ScoreRoundingMode, decimals: number): number {
  if (!isFiniteNumber(x)) throw new TongxinError('EVAL_ARGUMENT_INVALID', { name: 'x', reason: 'must be a finite number' })
  if (typeof mode !== 'string' || !MODES.includes(mode)) throw new TongxinError('EVAL_ARGUMENT_INVALID', { name: 'mode', reason: 'unknown rounding mode' })
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) {
    throw new TongxinError('EVAL_ARGUMENT_INVALID', { name: 'decimals', reason: 'must be an integer in 0–6' })
  }
  return roundTo(x, mode, decimals)
}
