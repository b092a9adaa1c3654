/**
 * The name of a built-in Random Index (RI, 平均随机一致性指标) table.
 *
 * - `chinese`: Saaty's common table extended to n = 15 as printed in Chinese texts
 *   (…1.49, 1.51, 1.54, 1.56, 1.58, 1.59) — the default.
 * - `saaty1980`: Saaty 1980 with its original n = 11–15 values (1.48 at n = 12; used by pyDecision, AHPWR).
 * - `saaty2005`: Saaty 2005 (AHPy `saaty`).
 * - `doneganDodd`: Donegan & Dodd 1991 (AHPy's default `dd`), here to n = 15.
 * - `tummalaLing`: Tummala & Ling 1998 (pymcdm).
 * @see notes/evaluation.md §2.1
 * @example
 * const t: RiTableName = 'doneganDodd'
 */
export type RiTableName = 'chinese' | 'saaty1980' | 'saaty2005' | 'doneganDodd' | 'tummalaLing'

/**
 * The built-in RI tables, indexed by n − 1 (n = 1…15). Values for n = 1, 2 are 0: CR is 0 by definition there.
 * @see notes/evaluation.md §2.1 (AHPy `src/ahpy/ahpy.py`, pymcdm `weights/subjective/ahp.py`, pyDecision `algorithm/ahp.py`)
 * @example
 * RI_TABLES.chinese[3] //=> 0.9 (n = 4)
 */
export const RI_TABLES: Readonly<Record<RiTableName, readonly number[]>> = Object.freeze({
  chinese: Object.freeze([0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.54, 1.56, 1.58, 1.59]),
  saaty1980: Object.freeze([0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59]),
  saaty2005: Object.freeze([0, 0, 0.52, 0.89, 1.11, 1.25, 1.35, 1.4, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59]),
  doneganDodd: Object.freeze([
    0, 0, 0.4914, 0.8286, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733, 1.4055, 1.4213, 1.4497, 1.4643, 1.4822, 1.4969,
  ]),
  tummalaLing: Object.freeze([
    0, 0, 0.5799, 0.8921, 1.1159, 1.2358, 1.3322, 1.3952, 1.4537, 1.4882, 1.5117, 1.5356, 1.5571, 1.5714, 1.5831,
  ]),
})
