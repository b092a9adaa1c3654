// The main job (`npm run demo`): the bundled sample district — overview and integrity, service
// hours and what they earn, the optimal pairing of social workers with teams, the evaluation of
// every community against the 「社工+志愿」示范社区 rubric, and the district report.
import { checkIntegrity } from '../src/district/index'
import { evaluationRows, evaluationSection } from './demo/evaluation'
import { creditHours } from '../src/hours/index'
import { hoursSection } from './demo/hours'
import { hoursEarnLines } from './demo/hoursEarn'
import { mcdmLines } from './demo/mcdm'
import { overviewSection } from './demo/overview'
import { pairingSection } from './demo/pairing'
import { demonstrationCommunityRubric } from '../src/evaluation/presets/index'
import { reportToMarkdown, summarizeDistrict } from '../src/report/index'
import { laoshanSample } from '../src/sample/index'

const SAATY = [1, 2, 3, 4, 5, 6, 7, 8, 9]

/** The nearest Saaty-scale judgment (1/9 … 9) to a ratio of two weights. */
function saaty(ratio: number): number {
  const r = ratio >= 1 ? ratio : 1 / ratio
  let best = 1
  for (const s of SAATY) if (Math.abs(Math.log(s / r)) < Math.abs(Math.log(best / r))) best = s
  return ratio >= 1 ? best : 1 / best
}

const district = laoshanSample()
const ledger = creditHours(district.records, { timeZone: district.timeZone }, district)

console.log(`tongxin（同心）— 「社工+志愿」联动 demo on the bundled sample district (fictional, Laoshan-scale)`)
console.log(overviewSection(district, checkIntegrity(district)))
console.log(hoursSection(district, hoursEarnLines(district, ledger), ledger))
console.log(pairingSection(district))

// Evaluation, with the AHP consistency of the preset's dimension weights (as Saaty judgments)
// and the rank stability of the top five communities under weight perturbation.
const rubric = demonstrationCommunityRubric()
const dims = rubric.children
const dimWeights = dims.map((d) => d.fullMark ?? 0)
const rows = evaluationRows(district).filter((r) => r.rank !== null)
const byNode = (r: (typeof rows)[number], id: string) => r.sheet.nodes.find((n) => n.id === id)?.normalised ?? 0
const extraLines = mcdmLines({
  ahp: {
    matrix: dimWeights.map((wi) => dimWeights.map((wj) => saaty(wi / wj))),
    labels: dims.map((d) => d.name['zh-CN']),
  },
  ranking: {
    matrix: rows.map((r) => dims.map((d) => byNode(r, d.id))),
    weights: dimWeights.map((w) => w / dimWeights.reduce((s, x) => s + x, 0)),
    types: dims.map(() => 'benefit' as const),
    subjectNames: rows.map((r) => r.name),
    seed: 2025,
    draws: 1000,
    topK: 5,
  },
})
console.log(evaluationSection(district, { extraLines }))

console.log('\n## 区级汇总 · district report (tongxin/report: Markdown, CSV, SVG)\n')
console.log(reportToMarkdown(summarizeDistrict(district, ledger)).replace(/^# .*\n\n/, ''))
