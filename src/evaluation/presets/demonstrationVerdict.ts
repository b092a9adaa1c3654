/* eslint-disable @typescript-eslint/no-non-null-assertion -- indices come from the compiled rubric and stay within their bounds */
import { TongxinError } from '../../errors/TongxinError'
import type { CodedMessage } from '../../i18n/types'
import { guard, isPlainObject } from '../rubric/internal/fail'
import { scoreRubric } from '../rubric/scoreRubric'
import type { ScoreSheet } from '../rubric/types'
import type { CommunityFacts } from './communityFacts'
import { demonstrationCommunityRubric } from './demonstrationCommunity'
import { mostBeautifulCommunityRubric } from './mostBeautifulCommunity'

/**
 * Options of `demonstrationVerdict`.
 * @example
 * const o: DemonstrationOptions = { minScore: 85, requireMostBeautiful: false }
 */
export interface DemonstrationOptions {
  /** The demonstration line on the 100-point total; default 80 (良好). */
  readonly minScore?: number
  /** Whether the 最美志愿服务社区 conditions must also hold; default false (unmet ones are then `advisories`). */
  readonly requireMostBeautiful?: boolean
  /** Extra data merged over the computed facts (e.g. `partyBuilding`, `residentSatisfaction`, `fundMisuse`). */
  readonly extra?: CommunityFacts['data']
}

/**
 * Whether a community qualifies as a 示范社区, with the reasons as codes.
 * @example
 * const v: DemonstrationVerdict = demonstrationVerdict(facts)
 * v.reasons.map((r) => formatMessage(r))
 */
export interface DemonstrationVerdict {
  /** Community id. */
  readonly communityId: string
  /** Whether it qualifies (pilot or demonstration communities only). */
  readonly qualifies: boolean
  /** Why, or why not: `EVAL_DEMO_*` codes with their params. */
  readonly reasons: readonly CodedMessage[]
  /** Unmet 最美志愿服务社区 conditions when they are not required (advice, not a reason). */
  readonly advisories: readonly CodedMessage[]
  /** The 示范社区 score sheet. */
  readonly sheet: ScoreSheet
  /** The 最美志愿服务社区 gate sheet. */
  readonly gateSheet: ScoreSheet
}

const fmt = (x: unknown): string => (typeof x === 'number' ? String(Math.round(x * 1000) / 1000) : '—')
const pct = (x: unknown): string => (typeof x === 'number' ? `${String(Math.round(x * 1000) / 10)}%` : '—')

/**
 * Decides whether a pilot community qualifies as a 「社工+志愿」示范社区 — a model rule: it is a
 * pilot (试点) or already a demonstration community, it is rated, no 一票否决 fired, its 示范社区
 * total reaches `minScore` (default 80, 良好), its grade is not capped below 良好, and (if `requireMostBeautiful`)
 * it meets the 最美志愿服务社区 conditions. Every failed condition is a reason; unmet 最美
 * conditions that are not required are returned as advisories.
 *
 * @param facts - one community's facts (from `communityFacts`)
 * @param options - the demonstration line and extras
 * @returns the verdict with reasons and both sheets
 * @throws TongxinError `EVAL_ARGUMENT_INVALID` for bad options, `EVAL_DATA_INVALID` for bad facts
 * @see notes/domain.md §0 (target: a batch of mature 示范社区 by end-2025; no numeric criteria published)
 * @example
 * demonstrationVerdict(communityFacts(district)[0]).qualifies
 */
export function demonstrationVerdict(facts: CommunityFacts, options: DemonstrationOptions = {}): DemonstrationVerdict {
  if (!isPlainObject(options)) throw new TongxinError('EVAL_ARGUMENT_INVALID', { name: 'options', reason: 'must be an object' })
  const minScore = options.minScore ?? 80
  if (typeof minScore !== 'number' || !Number.isFinite(minScore) || minScore < 0 || minScore > 100) {
    throw new TongxinError('EVAL_ARGUMENT_INVALID', { name: 'minScore', reason: 'must be in [0, 100]' })
  }
  if (options.extra !== undefined && !isPlainObject(options.extra)) throw new TongxinError('EVAL_ARGUMENT_INVALID', { name: 'extra', reason: 'must be an object' })
  return guard('EVAL_DATA_INVALID', () => {
    if (!isPlainObject(facts) || !isPlainObject(facts.data) || typeof facts.communityId !== 'string') {
      throw new TongxinError('EVAL_DATA_INVALID', { indicator: '', reason: 'facts must come from communityFacts' })
    }
    const data = options.extra === undefined ? facts.data : { ...facts.data, ...options.extra }
    const rubric = demonstrationCommunityRubric()
    const sheet = scoreRubric(rubric, data)
    const gateRubric = mostBeautifulCommunityRubric()
    const gateSheet = scoreRubric(gateRubric, data)
    const reasons: CodedMessage[] = []
    const nameOf = (label: { readonly 'zh-CN': string }): string => label['zh-CN']
    if (facts.status === 'ordinary') reasons.push({ code: 'EVAL_DEMO_NOT_PILOT' })
    for (const id of sheet.gatesFailed) {
      const g = rubric.gates!.find((x) => x.id === id)!
      reasons.push({ code: 'EVAL_DEMO_NOT_RATED', params: { name: nameOf(g.name) } })
    }
    for (const id of sheet.vetoes) {
      const v = rubric.vetoes!.find((x) => x.id === id)!
      reasons.push({ code: 'EVAL_DEMO_VETOED', params: { name: nameOf(v.name) } })
    }
    const rated = sheet.status !== 'not-rated'
    if (sheet.status === 'insufficient') reasons.push({ code: 'EVAL_MISSING_INSUFFICIENT' })
    if (rated && sheet.total < minScore) reasons.push({ code: 'EVAL_DEMO_SCORE_BELOW', params: { score: sheet.total, min: minScore } })
    for (const id of rated ? sheet.caps : []) {
      const k = rubric.caps!.find((x) => x.id === id)!
      const band = rubric.grades.bands.find((b) => b.id === k.maxGrade)
      reasons.push({ code: 'EVAL_GRADE_CAPPED', params: { name: nameOf(k.name), grade: band === undefined ? k.maxGrade : nameOf(band.name) } })
    }
    const unmet: CodedMessage[] = []
    {
      for (const id of gateSheet.gatesFailed) {
        const g = gateRubric.gates!.find((x) => x.id === id)!
        const ref = 'ref' in g.require ? g.require.ref : ''
        const required = 'value' in g.require ? g.require.value : ''
        const actual = data[ref]
        const isRate = ref === 'volunteerRate'
        unmet.push({
          code: 'EVAL_DEMO_CONDITION_UNMET',
          params: { name: nameOf(g.name), actual: isRate ? pct(actual) : fmt(actual), required: isRate ? `≥ ${pct(required)}` : `≥ ${String(required)}` },
        })
      }
    }
    const required = options.requireMostBeautiful === true
    if (required) reasons.push(...unmet)
    const qualifies = reasons.length === 0
    if (qualifies) {
      const grade = sheet.grade === null ? '' : nameOf(rubric.grades.bands.find((b) => b.id === sheet.grade)?.name ?? { 'zh-CN': sheet.grade })
      reasons.push({ code: facts.status === 'demonstration' ? 'EVAL_DEMO_ALREADY' : 'EVAL_DEMO_QUALIFIES', params: { score: sheet.total, grade } })
    }
    return Object.freeze({
      communityId: facts.communityId,
      qualifies,
      reasons: Object.freeze(reasons),
      advisories: Object.freeze(required ? [] : unmet),
      sheet,
      gateSheet,
    })
  })
}
