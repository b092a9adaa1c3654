import type { RankConventions } from '../rank'
import type { RankOrder } from '../types'
import { fastRanksInto, rankInto, rankScratch } from './ranking'
import { frozenArray, opt, readEnum, readNumber } from './validate'

/** The default relative tolerance under which two values tie (also exported as DEFAULT_TIE_TOLERANCE). */
const TIE_TOLERANCE = 1e-12

/** Reads the rank options (shared with the ranking methods). */
export function readRankOptions(options: Readonly<Record<string, unknown>>, defaultOrder: RankOrder = 'descending'): RankConventions {
  return Object.freeze({
    ties: readEnum(opt(options, 'ties'), 'ties', ['competition', 'dense'] as const, 'competition'),
    order: readEnum(opt(options, 'order'), 'order', ['descending', 'ascending'] as const, defaultOrder),
    tolerance: readNumber(opt(options, 'tolerance'), 'tolerance', { min: 0, max: 1, fallback: TIE_TOLERANCE }),
  })
}

/** Ranks a typed vector with given conventions (internal, no validation). */
export function rankVector(values: Float64Array, conventions: RankConventions): { ranks: readonly number[]; order: readonly number[] } {
  const n = values.length
  const out = new Int32Array(n)
  const order = new Uint32Array(n)
  rankInto(values, conventions.order === 'descending', conventions.ties === 'dense', conventions.tolerance, out, order)
  return { ranks: Object.freeze(Array.from(out)), order: Object.freeze(Array.from(order)) }
}


/** Ranks only (no order), by the fast path; same ranks as {@link rankVector}. */
export function ranksOf(values: Float64Array, conventions: RankConventions): readonly number[] {
  const out = new Int32Array(values.length)
  fastRanksInto(values, conventions.order === 'descending', conventions.ties === 'dense', conventions.tolerance, out, rankScratch(values.length))
  return frozenArray(out)
}
