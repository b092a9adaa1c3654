// Weights and ranking in one run: AHP weights for the five Laoshan 「社工+志愿」 dimensions,
// entropy weights from the data, a 70/30 combination, TOPSIS and VIKOR rankings of six
// communities, the rank stability of the top three, and a comparison with last year.
// Run: npx tsx examples/weights-and-ranking.ts
import {
  ahpWeights,
  combineWeights,
  comparePeriods,
  entropyWeights,
  rankReversal,
  rankStability,
  topsis,
  vikor,
  weightChangeToSwap,
  type CriterionType,
} from '../src/evaluation/mcdm/index'
import { formatMessage } from '../src/i18n/formatMessage'

const dimensions = ['阵地共享', '平台建设', '队伍建设', '实践活动', '项目培育']
// Pairwise judgments of an expert panel (a_ij: how much more important i is than j).
const judgments = [
  [1, 2, 1 / 2, 1 / 3, 1],
  [1 / 2, 1, 1 / 3, 1 / 4, 1 / 2],
  [2, 3, 1, 1 / 2, 2],
  [3, 4, 2, 1, 3],
  [1, 2, 1 / 2, 1 / 3, 1],
]
const ahp = ahpWeights(judgments, { method: 'eigenvector' })
console.log(`AHP (${ahp.conventions.method}, RI ${ahp.conventions.riTable} = ${ahp.conventions.ri}): CR = ${ahp.cr.toFixed(4)} → ${ahp.consistent ? '通过 consistent' : '未通过 inconsistent'}`)
console.log(dimensions.map((d, i) => `  ${d} ${(ahp.weights[i]! * 100).toFixed(1)} %`).join('\n'))

const communities = ['金家岭', '沙子口', '王哥庄', '北宅', '中韩', '九水']
// Per community: venues shared (h/week), platform items (0–6), social workers per 10k residents,
// activities per month, incubated projects.
const data = [
  [42, 5, 3.1, 14, 4],
  [30, 4, 2.2, 9, 2],
  [18, 3, 1.5, 6, 3],
  [25, 6, 2.8, 11, 1],
  [36, 5, 3.4, 12, 5],
  [12, 2, 0.9, 4, 1],
]
const types: CriterionType[] = ['benefit', 'benefit', 'benefit', 'benefit', 'benefit']
const entropy = entropyWeights(data)
const combined = combineWeights(ahp.weights, entropy.weights, { alpha: 0.7 })
console.log(`\n熵权 entropy: ${entropy.weights.map((w) => w.toFixed(3)).join(', ')}; 组合 combined (α = 0.7): ${combined.weights.map((w) => w.toFixed(3)).join(', ')}`)

const t = topsis(data, { weights: combined.weights, types, normalization: 'vector' })
const order = t.ranks.map((r, i) => ({ r, i })).sort((a, b) => a.r - b.r || a.i - b.i)
console.log('\nTOPSIS (vector):')
for (const { r, i } of order) console.log(`  ${r}. ${communities[i]} C = ${t.closeness[i]!.toFixed(4)}`)
const v = vikor(data, { weights: combined.weights, types, v: 0.5 })
console.log(`VIKOR 妥协解 compromise: ${v.compromise.map((i) => communities[i]).join('、')} (C1 ${v.acceptableAdvantage ? '✓' : '✗'}, C2 ${v.acceptableStability ? '✓' : '✗'})`)

const stab = rankStability(data, { weights: combined.weights, types, seed: 2025, draws: 1000, topK: 3 })
console.log('\n排名稳健性 (±20 % weights, 1000 draws):')
for (const { i } of order.slice(0, 3)) {
  const s = stab.subjects[i]!
  console.log(`  ${communities[i]}: P(top 3) = ${(s.topKProbability * 100).toFixed(1)} %, 90% rank interval ${s.rankInterval[0]}–${s.rankInterval[1]}`)
}
const [first, second] = [order[0]!.i, order[1]!.i]
const swap = weightChangeToSwap(data, { weights: combined.weights, types, subjects: [first, second] })
if (swap.smallest !== null && swap.smallest.change !== null) {
  console.log(`  ${communities[first]} 与 ${communities[second]} 交换名次 need ${dimensions[swap.smallest.criterion]} weight ${swap.smallest.weight!.toFixed(3)} (${swap.smallest.change > 0 ? '+' : ''}${swap.smallest.change.toFixed(3)})`)
}

const rr = rankReversal(data, { weights: combined.weights, types })
console.log(`  排序逆转检验 rank reversal: removing one community reorders the others in ${rr.removalReversals} of ${communities.length} cases; a worse copy in ${rr.worseCopyReversals}`)

const lastYear = { subjects: ['金家岭', '沙子口', '王哥庄', '北宅', '中韩', '崂山'], scores: [0.71, 0.52, 0.33, 0.6, 0.55, 0.2] }
const cmp = comparePeriods(lastYear, { subjects: communities, scores: [...t.closeness] }, { normalization: 'topsis' })
console.log(`\n两期对比: WS = ${cmp.similarity.ws.toFixed(4)}, rw = ${cmp.similarity.rw.toFixed(4)}; 新增 ${cmp.entering.join('、')}; 退出 ${cmp.leaving.join('、')}`)
for (const w of cmp.warnings) console.log(`  ⚠ ${formatMessage(w)}`)
