import { isTongxinError } from '../../../src/errors/TongxinError'
import type { CriterionType } from '../../../src/evaluation/mcdm/types'

/** The TongxinError code thrown by `run`, or 'no error'; rethrows anything else. */
export function codeOf(run: () => unknown): string {
  try {
    run()
  } catch (e) {
    if (isTongxinError(e)) return e.code
    throw e
  }
  return 'no error'
}

/** Hwang & Yoon (1981) fighter aircraft: the canonical TOPSIS example (notes/evaluation.md §2.3). */
export const FIGHTER = [
  [2.0, 1500, 20000, 5.5, 5, 9],
  [2.5, 2700, 18000, 6.5, 3, 5],
  [1.8, 2000, 21000, 4.5, 7, 7],
  [2.2, 1800, 20000, 5.0, 5, 5],
]
/** Its weights. */
export const W = [0.2, 0.1, 0.1, 0.1, 0.2, 0.3]
/** Its directions: criterion 4 is the only cost. */
export const T: CriterionType[] = ['benefit', 'benefit', 'benefit', 'cost', 'benefit', 'benefit']
