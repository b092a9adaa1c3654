// Weights-and-ranking lines for the demo's evaluation section: the AHP consistency of a weight
// matrix and the rank stability of the top subjects. The lead's examples/demo.ts passes the
// results as `extraLines` of the evaluation section (or prints mcdmLines as its own block).
import { ahpWeights, rankStability, type CriterionType, type Matrix } from '../../src/evaluation/mcdm/index'

const pct = (p: number): string => `${(p * 100).toFixed(1)} %`

/**
 * One line: the AHP consistency check of a pairwise matrix, and the weights it gives.
 * @param matrix - the pairwise comparison matrix
 * @param labels - one label per row (zh-CN)
 * @returns e.g. `AHP 一致性 consistency: λmax = 5.0730, CI = 0.0183, CR = 0.0163 < 0.10 ✓ 通过 passed (…)`
 */
export function ahpConsistencyLine(matrix: Matrix, labels: readonly string[]): string {
  const r = ahpWeights(matrix)
  const c = r.conventions
  const verdict = r.consistent ? `${c.inclusive ? '≤' : '<'} ${c.crThreshold.toFixed(2)} ✓ 通过 passed` : `≥ ${c.crThreshold.toFixed(2)} ✗ 未通过 failed`
  const weights = r.weights.map((w, i) => `${labels[i] ?? `#${i + 1}`} ${w.toFixed(3)}`).join('、')
  let line =
    `AHP 一致性 consistency: λmax = ${r.lambdaMax.toFixed(4)}, CI = ${r.ci.toFixed(4)}, CR = ${r.cr.toFixed(4)} ${verdict}` +
    ` (RI = ${c.ri.toFixed(2)}, ${c.riTable} table, ${c.method}); 权重 weights: ${weights}`
  const j = r.mostInconsistent
  if (!r.consistent && j !== null) {
    line += `; 最不一致判断 most inconsistent: ${labels[j.row] ?? j.row} : ${labels[j.column] ?? j.column} = ${j.value}, 建议 suggested ${j.suggested >= 1 ? j.suggested : `1/${Math.round(1 / j.suggested)}`}`
  }
  return line
}

/** Options of {@link rankStabilityLines}. */
export interface RankStabilityLinesOptions {
  /** The seed (same seed, same lines). */
  readonly seed: number
  /** Monte-Carlo draws (e.g. 1000). */
  readonly draws: number
  /** How many top subjects to show, and the k of P(top k). */
  readonly topK: number
}

/**
 * A small table: the rank stability of the top k subjects under ±20 % weight perturbation (TOPSIS).
 * @param matrix - subjects × indicators
 * @param weights - indicator weights
 * @param types - indicator directions
 * @param subjectNames - one name per subject row
 * @param options - seed, draws, k
 * @returns the table as lines joined by newlines
 */
export function rankStabilityLines(
  matrix: Matrix,
  weights: readonly number[],
  types: readonly CriterionType[],
  subjectNames: readonly string[],
  options: RankStabilityLinesOptions,
): string {
  const r = rankStability(matrix, { weights, types, seed: options.seed, draws: options.draws, topK: options.topK })
  const c = r.conventions
  const top = [...r.subjects].sort((a, b) => a.baseRank - b.baseRank || a.subject - b.subject).slice(0, options.topK)
  const lines = [
    `排名稳健性 Rank stability (${c.method} ${c.normalization}, 权重扰动 weights ±${Math.round(c.weightSpread * 100)} %, ${c.draws} 次抽样 draws, seed ${c.seed})`,
    `| 名次 rank | 对象 subject | 前${c.topK}概率 P(top ${c.topK}) | 保持名次 P(same rank) | 90% 名次区间 interval | 中位名次 median |`,
    '|---:|---|---:|---:|---|---:|',
  ]
  for (const s of top) {
    lines.push(
      `| ${s.baseRank} | ${subjectNames[s.subject] ?? `#${s.subject + 1}`} | ${pct(s.topKProbability)} | ${pct(s.rankProbabilities[s.baseRank - 1] ?? 0)} | ${s.rankInterval[0]}–${s.rankInterval[1]} | ${s.medianRank} |`,
    )
  }
  return lines.join('\n')
}

/** What {@link mcdmLines} needs. */
export interface McdmLinesInput {
  /** A pairwise matrix and its labels, for the consistency line. */
  readonly ahp: { readonly matrix: Matrix; readonly labels: readonly string[] }
  /** A decision matrix with weights, directions and subject names, for the stability table. */
  readonly ranking: {
    readonly matrix: Matrix
    readonly weights: readonly number[]
    readonly types: readonly CriterionType[]
    readonly subjectNames: readonly string[]
  } & RankStabilityLinesOptions
}

/**
 * Both parts as a list of lines (for the evaluation section's `extraLines`).
 * @param input - the AHP matrix and the ranking problem
 * @returns the consistency line, a blank line, and the stability table lines
 */
export function mcdmLines(input: McdmLinesInput): string[] {
  const { ahp, ranking } = input
  return [
    ahpConsistencyLine(ahp.matrix, ahp.labels),
    '',
    ...rankStabilityLines(ranking.matrix, ranking.weights, ranking.types, ranking.subjectNames, ranking).split('\n'),
  ]
}
