// The evaluation section of the demo: every community scored with the 「社工+志愿」示范社区
// preset, a ranked table with grades, and which pilot communities qualify and why not.
import { formatMessage } from '../../src/i18n/formatMessage'
import type { District } from '../../src/model/types'
import {
  communityFacts,
  demonstrationCommunityRubric,
  demonstrationVerdict,
  type CommunityMinutes,
  type DemonstrationVerdict,
} from '../../src/evaluation/presets/index'
import type { ScoreSheet, SubjectData } from '../../src/evaluation/rubric/index'
import { creditHours } from '../../src/hours/index'

/** What the evaluation section can take besides the district. */
export interface EvaluationSectionInput {
  /** Credited and guided minutes per community; default: computed from the district's records with `creditHours`. */
  readonly minutes?: CommunityMinutes
  /** Host-supplied indicator data per community id (党建引领, 居民满意度, …). */
  readonly extra?: Readonly<Record<string, SubjectData>>
  /** The demonstration line (default 80, 良好). */
  readonly minScore?: number
  /** Lines appended under "一致性与稳定性" (the lead adds AHP consistency and rank stability here). */
  readonly extraLines?: readonly string[]
}

/** One ranked row of the section. */
export interface EvaluationRow {
  /** Competition rank (1, 2, 2, 4) among rated communities; null if not rated. */
  readonly rank: number | null
  /** Community id. */
  readonly communityId: string
  /** Community name. */
  readonly name: string
  /** 普通 / 试点 / 示范. */
  readonly status: string
  /** The score sheet. */
  readonly sheet: ScoreSheet
  /** The demonstration verdict. */
  readonly verdict: DemonstrationVerdict
}

/**
 * Credited and guided minutes per community from the district's service records, through the
 * hours module's public ledger (`totals.byCommunity`): all records, then only the records of
 * activities a social worker led (社工带志愿者).
 * @param district - the district with its records
 * @returns minutes per community, or undefined when there are no records
 */
export function communityMinutes(district: District): CommunityMinutes | undefined {
  if (district.records.length === 0) return undefined
  const context = { activities: district.activities, teams: district.teams }
  const led = new Set(district.activities.filter((a) => a.leadWorkerId !== undefined).map((a) => a.id))
  const byCommunity = (records: District['records']): Record<string, number> =>
    Object.fromEntries(creditHours(records, {}, context).totals.byCommunity.map((u) => [u.id, u.minutes]))
  return {
    creditedMinutesByCommunity: byCommunity(district.records),
    guidedMinutesByCommunity: byCommunity(district.records.filter((r) => r.activityId !== undefined && led.has(r.activityId))),
  }
}

const STATUS_ZH: Readonly<Record<string, string>> = { ordinary: '普通', pilot: '试点', demonstration: '示范' }

/**
 * Scores every community with the 示范社区 preset and ranks them (total desc, then id).
 * @param district - the district
 * @param input - minutes and extra data
 * @returns the rows, rated communities first by rank
 */
export function evaluationRows(district: District, input: EvaluationSectionInput = {}): readonly EvaluationRow[] {
  const facts = communityFacts(district, input.minutes ?? communityMinutes(district))
  const rows = facts.map((f) => {
    const extra = input.extra !== undefined && Object.hasOwn(input.extra, f.communityId) ? input.extra[f.communityId] : undefined
    const verdict = demonstrationVerdict(f, { ...(extra === undefined ? {} : { extra }), ...(input.minScore === undefined ? {} : { minScore: input.minScore }) })
    return { communityId: f.communityId, name: f.name, status: f.status, sheet: verdict.sheet, verdict }
  })
  const rated = rows.filter((r) => r.sheet.status !== 'not-rated')
  rated.sort((a, b) => b.sheet.total - a.sheet.total || (a.communityId < b.communityId ? -1 : 1))
  const out: EvaluationRow[] = []
  rated.forEach((r, i) => {
    const prev = out[i - 1]
    const rank = prev?.sheet.total === r.sheet.total ? prev.rank : i + 1
    out.push({ ...r, rank })
  })
  for (const r of rows) if (r.sheet.status === 'not-rated') out.push({ ...r, rank: null })
  return out
}

const fix = (x: number, d = 1): string => x.toFixed(d)

/**
 * The evaluation section of the demo (Markdown, zh-CN with English labels).
 * @param district - the district (e.g. the bundled Laoshan sample)
 * @param facts - minutes per community, host data and extra lines
 * @returns the section text
 */
export function evaluationSection(district: District, facts: EvaluationSectionInput = {}): string {
  const rubric = demonstrationCommunityRubric()
  const rows = evaluationRows(district, facts)
  const dims = rubric.children
  const gradeName = (id: string | null): string => {
    if (id === null) return '—'
    const b = rubric.grades.bands.find((x) => x.id === id)
    return b !== undefined ? b.name['zh-CN'] : rubric.grades.below?.id === id ? rubric.grades.below.name['zh-CN'] : id
  }
  const lines: string[] = []
  lines.push('', '## 评估 · evaluation: 「社工+志愿」示范社区 demonstration communities', '')
  lines.push(
    `评分细则 Rubric: ${rubric.name['zh-CN']} v${rubric.version}，满分 ${rubric.fullMark}；` +
      `等级 grades 优秀 ≥ 90 / 良好 ≥ 80 / 合格 ≥ 60 / 不合格（先四舍五入到整数 rounded half up first）。`,
    '',
  )
  const head = ['名次 Rank', '社区 Community', '状态 Status', '总分 Total', '等级 Grade', ...dims.map((d) => `${d.name['zh-CN']} %`)]
  lines.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`)
  for (const r of rows) {
    const byId = new Map(r.sheet.nodes.map((n) => [n.id, n]))
    const cells = dims.map((d) => {
      const n = byId.get(d.id)!
      return n.normalised === null ? '—' : fix(n.normalised * 100, 0)
    })
    const grade = r.sheet.status === 'not-rated' ? '不予评定' : r.sheet.status === 'insufficient' && r.sheet.grade === null ? '数据不足' : gradeName(r.sheet.grade)
    lines.push(`| ${r.rank === null ? '—' : String(r.rank)} | ${r.name} | ${STATUS_ZH[r.status] ?? r.status} | ${fix(r.sheet.total, 2)} | ${grade} | ${cells.join(' | ')} |`)
  }
  lines.push('')
  // Missing-data handling, summarised over communities.
  const missing = new Map<string, number>()
  for (const r of rows) for (const n of r.sheet.nodes) if (n.leaf && n.missing === 'renormalise') missing.set(n.id, (missing.get(n.id) ?? 0) + 1)
  if (missing.size > 0) {
    const names = new Map<string, string>()
    const stack = [...rubric.children]
    while (stack.length > 0) {
      const n = stack.pop()!
      names.set(n.id, n.name['zh-CN'])
      if (n.children !== undefined) stack.push(...n.children)
    }
    const list = [...missing.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([id, k]) => `${names.get(id) ?? id}（${String(k)} 个社区）`)
    lines.push(`缺失数据 Missing data — 未提供的指标按同级重新分配权重 (renormalised): ${list.join('、')}。`, '')
  }
  const candidates = rows.filter((r) => r.status !== 'ordinary').sort((a, b) => (a.communityId < b.communityId ? -1 : 1))
  lines.push('### 示范社区认定 Demonstration verdicts (试点社区 pilots)', '')
  lines.push(`认定规则 Rule (model): 试点社区总分 ≥ ${String(facts.minScore ?? 80)}、无一票否决、未被封顶；最美志愿服务社区条件 (notes/domain.md §5.3) 作为提示列出。`, '')
  const qualified = candidates.filter((r) => r.verdict.qualifies)
  lines.push(`符合条件 Qualifying: ${String(qualified.length)} / ${String(candidates.length)}`, '')
  for (const r of candidates) {
    const reasons = r.verdict.reasons.map((m) => formatMessage(m, 'zh-CN')).join('；')
    const advice = r.verdict.advisories.map((m) => formatMessage(m, 'zh-CN')).join('；')
    // Where the points were lost: the two dimensions furthest below their full mark.
    const byId = new Map(r.sheet.nodes.map((n) => [n.id, n]))
    const weakest = dims
      .map((d) => ({ name: d.name['zh-CN'], n: byId.get(d.id) }))
      .filter((x) => x.n !== undefined && x.n.normalised !== null)
      .sort((a, b) => b.n!.fullMark - b.n!.points - (a.n!.fullMark - a.n!.points))
      .slice(0, 2)
      .map((x) => `${x.name} 失 ${fix(x.n!.fullMark - x.n!.points, 1)} 分`)
      .join('、')
    const lost = r.verdict.qualifies || weakest === '' ? '' : `；失分最多 most points lost: ${weakest}`
    lines.push(`- ${r.verdict.qualifies ? '✅' : '❌'} ${r.name} (${r.communityId}): ${reasons}${lost}${advice === '' ? '' : `（提示 advice: ${advice}）`}`)
  }
  lines.push('')
  lines.push('### 一致性与稳定性 Consistency and stability', '')
  if (facts.extraLines !== undefined && facts.extraLines.length > 0) lines.push(...facts.extraLines)
  else lines.push('（AHP 一致性与前五名排名稳定性由权重与排名模块补充 — AHP consistency and top-5 rank stability are added by the weights-and-ranking module.）')
  lines.push('')
  return lines.join('\n')
}
