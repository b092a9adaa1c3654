// The rubric model: plain, JSON-serialisable data. No zod here: calculators import these types.
// The matching zod schemas (for untrusted JSON) are in ./schemas.ts.

/**
 * A zh-CN / en name pair.
 * @example
 * const n: RubricLabel = { 'zh-CN': '阵地共享', en: 'venue sharing' }
 */
export interface RubricLabel {
  /** Simplified Chinese. */
  readonly 'zh-CN': string
  /** English. */
  readonly en: string
}

/**
 * How a score is rounded: `half-up` rounds halves away from zero (Excel `ROUND`), `half-even`
 * to the even neighbour, `floor`/`ceil` towards −∞/+∞, `none` keeps the full value.
 * @example
 * const m: ScoreRoundingMode = 'half-up'
 */
export type ScoreRoundingMode = 'half-up' | 'half-even' | 'floor' | 'ceil' | 'none'

/**
 * Where a rubric rounds: `each-level` rounds every node's points (a hand-filled 评分表 that
 * writes rounded sub-totals), `end` only the total.
 * @example
 * const r: RubricRounding = { mode: 'half-up', decimals: 2, at: 'each-level' }
 */
export interface RubricRounding {
  /** The rounding mode. */
  readonly mode: ScoreRoundingMode
  /** Decimal places kept (0–6). */
  readonly decimals: number
  /** `each-level`: every node; `end`: only the total. */
  readonly at: 'each-level' | 'end'
}

/**
 * Missing-data policy of a node: `zero` (no evidence, no points — typical of Chinese audits),
 * `renormalise` (drop the node and spread its full mark over the present siblings), `impute`
 * (use `value` instead). A parent whose available share falls below its `minAvailability`
 * becomes `insufficient` and is then itself handled by its own policy.
 * @see notes/evaluation.md §3 (missing data; COINr `a_amean`, `dat_thresh`)
 * @example
 * const p: MissingPolicy = { policy: 'impute', value: 0.5 }
 */
export type MissingPolicy = ZeroPolicy | RenormalisePolicy | ImputePolicy

/**
 * Missing data scores zero.
 * @example
 * const p: ZeroPolicy = { policy: 'zero' }
 */
export interface ZeroPolicy {
  /** `zero`. */
  readonly policy: 'zero'
}

/**
 * A missing node is dropped and its full mark spread over its present siblings.
 * @example
 * const p: RenormalisePolicy = { policy: 'renormalise' }
 */
export interface RenormalisePolicy {
  /** `renormalise`. */
  readonly policy: 'renormalise'
}

/**
 * A missing leaf is scored with `value`; a missing inner node gets `value` as its normalised value (0–1).
 * @example
 * const p: ImputePolicy = { policy: 'impute', value: 0 }
 */
export interface ImputePolicy {
  /** `impute`. */
  readonly policy: 'impute'
  /** The imputed value. */
  readonly value: IndicatorValue
}

/**
 * One band of a `bands` rule: the points for values in [min, max] with explicit inclusive edges.
 * A missing bound is open (−∞ or +∞).
 * @example
 * const b: Band = { min: 0.8, minInclusive: true, max: 1, maxInclusive: false, points: 2 }
 */
export interface Band {
  /** Lower edge; absent = −∞. */
  readonly min?: number
  /** Whether `min` itself belongs to the band. */
  readonly minInclusive?: boolean
  /** Upper edge; absent = +∞. */
  readonly max?: number
  /** Whether `max` itself belongs to the band. */
  readonly maxInclusive?: boolean
  /** Points for a value in the band (≥ 0). */
  readonly points: number
}

/**
 * One item of a 组合分 checklist.
 * @example
 * const i: ChecklistItem = { id: 'fire', name: { 'zh-CN': '消防安全', en: 'fire safety' }, points: 1 }
 */
export interface ChecklistItem {
  /** Item id, unique within the checklist. */
  readonly id: string
  /** Item name. */
  readonly name: RubricLabel
  /** Points when the item is met (≥ 0). */
  readonly points: number
}

/**
 * The scoring rule of a leaf, from a closed set (notes/evaluation.md §3, §6.1). Numeric rules
 * give a fraction in [0, 1]; point rules (`bands`, `piecewise`, `checklist`, `degree`,
 * `deduction`, `bonus`, `boolean`) give points out of their own maximum, then scale to the
 * leaf's full mark.
 *
 * - `benefit` 极大型: x / target, clamped to [0, 1].
 * - `cost` 极小型: 1 at `best` or below, 0 at `worst` or above, linear between.
 * - `target` 中间型: 1 − |x − target| / tolerance, clamped.
 * - `interval` 区间型: 1 inside [low, high], falling linearly to 0 at `tolerance` outside.
 * - `goalposts`: (x − lower)/(upper − lower), clamped (COINr `n_goalposts`), or reversed for cost.
 * - `bands`: the first band containing x gives the points, else `otherwise`.
 * - `piecewise`: linear interpolation between breakpoints, clamped at both ends.
 * - `checklist` 组合分: the sum of the met items' points.
 * - `degree` 程度分: `full` / `partial` / `none`.
 * - `deduction` 扣分制: `start` minus `perDefect` per defect (or each defect's own points), floored.
 * - `bonus` 加分项: `perItem` per counted item, capped.
 * - `boolean`: `points` when true (or when false, if `invert`).
 * @see notes/evaluation.md §3 (item types in Chinese rubrics)
 * @example
 * const r: LeafRule = { kind: 'bands', bands: [{ min: 1, minInclusive: true, points: 3 }], otherwise: 0 }
 */
export type LeafRule =
  | BenefitRule
  | CostRule
  | TargetRule
  | IntervalRule
  | GoalpostsRule
  | BandsRule
  | PiecewiseRule
  | ChecklistRule
  | DegreeRule
  | DeductionRule
  | BonusRule
  | BooleanRule

/**
 * 极大型: x / target, clamped to [0, 1].
 * @example
 * const r: BenefitRule = { kind: 'benefit', target: 0.8 }
 */
export interface BenefitRule {
  /** `benefit`. */
  readonly kind: 'benefit'
  /** The value that earns the full mark (> 0). */
  readonly target: number
}

/**
 * 极小型: 1 at `best` or below, 0 at `worst` or above, linear between.
 * @example
 * const r: CostRule = { kind: 'cost', best: 0, worst: 10 }
 */
export interface CostRule {
  /** `cost`. */
  readonly kind: 'cost'
  /** Value that earns the full mark. */
  readonly best: number
  /** Value that earns nothing (> best). */
  readonly worst: number
}

/**
 * 中间型: 1 − |x − target| / tolerance, clamped.
 * @example
 * const r: TargetRule = { kind: 'target', target: 1, tolerance: 0.3 }
 */
export interface TargetRule {
  /** `target`. */
  readonly kind: 'target'
  /** The ideal value. */
  readonly target: number
  /** Distance from the ideal at which the score reaches 0 (> 0). */
  readonly tolerance: number
}

/**
 * 区间型: 1 inside [low, high], falling linearly to 0 at `tolerance` outside.
 * @example
 * const r: IntervalRule = { kind: 'interval', low: 10, high: 20, tolerance: 5 }
 */
export interface IntervalRule {
  /** `interval`. */
  readonly kind: 'interval'
  /** Lower edge of the ideal interval. */
  readonly low: number
  /** Upper edge (≥ low). */
  readonly high: number
  /** Distance outside at which the score reaches 0 (> 0). */
  readonly tolerance: number
}

/**
 * Goalposts (达标评估): (x − lower)/(upper − lower), clamped; reversed for `cost`.
 * @see notes/evaluation.md §3 (COINr `n_goalposts`; independent of the cohort)
 * @example
 * const r: GoalpostsRule = { kind: 'goalposts', lower: 60, upper: 95, direction: 'benefit' }
 */
export interface GoalpostsRule {
  /** `goalposts`. */
  readonly kind: 'goalposts'
  /** Lower goalpost. */
  readonly lower: number
  /** Upper goalpost (> lower). */
  readonly upper: number
  /** Whether more is better (`benefit`) or worse (`cost`). */
  readonly direction: 'benefit' | 'cost'
}

/**
 * Banded steps: the first band containing x gives its points, else `otherwise`.
 * @example
 * const r: BandsRule = { kind: 'bands', bands: [{ min: 1, minInclusive: true, points: 3 }], otherwise: 0 }
 */
export interface BandsRule {
  /** `bands`. */
  readonly kind: 'bands'
  /** Bands, tried in order. */
  readonly bands: readonly Band[]
  /** Points when no band contains the value. */
  readonly otherwise: number
}

/**
 * Piecewise-linear: interpolation between breakpoints `[x, points]` (x strictly increasing), clamped at both ends.
 * @example
 * const r: PiecewiseRule = { kind: 'piecewise', points: [[0, 0], [20, 2], [40, 3]] }
 */
export interface PiecewiseRule {
  /** `piecewise`. */
  readonly kind: 'piecewise'
  /** Breakpoints `[x, points]`. */
  readonly points: readonly (readonly [number, number])[]
}

/**
 * 组合分: the sum of the met items' points; the value is the list of met item ids.
 * @example
 * const r: ChecklistRule = { kind: 'checklist', items: [{ id: 'a', name: { 'zh-CN': '甲', en: 'a' }, points: 0.5 }] }
 */
export interface ChecklistRule {
  /** `checklist`. */
  readonly kind: 'checklist'
  /** The items. */
  readonly items: readonly ChecklistItem[]
}

/**
 * 程度分: `full`, `partial` or `none`.
 * @example
 * const r: DegreeRule = { kind: 'degree', full: 4, partial: 2 }
 */
export interface DegreeRule {
  /** `degree`. */
  readonly kind: 'degree'
  /** Points for `full` (> 0). */
  readonly full: number
  /** Points for `partial` (≤ full). */
  readonly partial: number
}

/**
 * 扣分制: `start` minus `perDefect` per defect (or each defect's own points), never below `floor`.
 * @example
 * const r: DeductionRule = { kind: 'deduction', start: 3, perDefect: 0.5, floor: 0 }
 */
export interface DeductionRule {
  /** `deduction`. */
  readonly kind: 'deduction'
  /** Points before deductions (> 0). */
  readonly start: number
  /** Points per defect (≥ 0). */
  readonly perDefect: number
  /** Lowest score (0 ≤ floor ≤ start). */
  readonly floor: number
}

/**
 * 加分项: `perItem` points per counted item, up to `cap`.
 * @example
 * const r: BonusRule = { kind: 'bonus', perItem: 0.5, cap: 3 }
 */
export interface BonusRule {
  /** `bonus`. */
  readonly kind: 'bonus'
  /** Points per item (≥ 0). */
  readonly perItem: number
  /** Maximum points (> 0). */
  readonly cap: number
}

/**
 * Yes/no: `points` when true (when false, if `invert`).
 * @example
 * const r: BooleanRule = { kind: 'boolean', points: 2 }
 */
export interface BooleanRule {
  /** `boolean`. */
  readonly kind: 'boolean'
  /** Points when met (> 0). */
  readonly points: number
  /** Award the points for `false` instead. */
  readonly invert?: boolean
}

/**
 * The kind of a leaf rule.
 * @example
 * const k: LeafRuleKind = 'deduction'
 */
export type LeafRuleKind = LeafRule['kind']

/**
 * A rubric node: a dimension, a sub-dimension or (with `rule`) an indicator. Siblings give
 * either all `weight` (relative, any positive scale) or all `fullMark` (满分, points).
 * @example
 * const n: RubricNode = { id: 'venues', name: { 'zh-CN': '阵地数量', en: 'venues' }, fullMark: 4,
 *   rule: { kind: 'bands', bands: [{ min: 2, minInclusive: true, points: 4 }], otherwise: 0 } }
 */
export interface RubricNode {
  /** Id, unique in the whole rubric; a leaf's id is the key of its value in the subject data. */
  readonly id: string
  /** Name. */
  readonly name: RubricLabel
  /** Relative weight among siblings (≥ 0). */
  readonly weight?: number
  /** Full mark 满分 in points (≥ 0). */
  readonly fullMark?: number
  /** 加分项: does not count towards the parent's full mark; its points are added on top and the parent is capped at its full mark. */
  readonly extra?: boolean
  /** Missing-data policy; absent = the rubric's `missing`. */
  readonly missing?: MissingPolicy
  /** For an inner node: when the leaves with data (not missing, not imputed) hold less than this share (0–1) of its full mark, it is `insufficient`. */
  readonly minAvailability?: number
  /** Children (inner node). Exactly one of `children` and `rule`. */
  readonly children?: readonly RubricNode[]
  /** Scoring rule (leaf). */
  readonly rule?: LeafRule
  /** Unit of the raw value, for display (e.g. `%`, `人`, `h`). */
  readonly unit?: string
  /** Where the indicator comes from (document, article), for display. */
  readonly source?: string
}

/**
 * A comparison operator of a condition.
 * @example
 * const op: CompareOp = '>='
 */
export type CompareOp = '<' | '<=' | '>' | '>=' | '==' | '!='

/**
 * A condition over the subject data: compare the value under `ref` (an indicator id or any
 * fact key) with a constant, compare a scored node's points (`node`), or combine conditions.
 * A missing value, or a value of another type, makes a comparison false (also for `!=`).
 * @example
 * const c: Condition = { all: [{ ref: 'teamCount', op: '>=', value: 2 }, { ref: 'misuse', op: '==', value: false }] }
 */
export type Condition = RefCondition | NodeCondition | AllCondition | AnyCondition | NotCondition

/**
 * Compares the subject's value under `ref` with a constant.
 * @example
 * const c: RefCondition = { ref: 'teamCount', op: '>=', value: 2 }
 */
export interface RefCondition {
  /** An indicator id or fact key of the subject data. */
  readonly ref: string
  /** Operator (`<`, `<=`, `>`, `>=` need numbers). */
  readonly op: CompareOp
  /** The constant. */
  readonly value: number | boolean | string
}

/**
 * Compares a scored node's points with a constant.
 * @example
 * const c: NodeCondition = { node: 'safety', op: '<', value: 9 }
 */
export interface NodeCondition {
  /** A node id of the rubric. */
  readonly node: string
  /** Operator. */
  readonly op: CompareOp
  /** Points to compare with. */
  readonly value: number
}

/**
 * Holds when every condition holds.
 * @example
 * const c: AllCondition = { all: [{ ref: 'a', op: '==', value: true }] }
 */
export interface AllCondition {
  /** The conditions. */
  readonly all: readonly Condition[]
}

/**
 * Holds when any condition holds.
 * @example
 * const c: AnyCondition = { any: [{ ref: 'a', op: '==', value: true }] }
 */
export interface AnyCondition {
  /** The conditions. */
  readonly any: readonly Condition[]
}

/**
 * Holds when the condition does not.
 * @example
 * const c: NotCondition = { not: { ref: 'penalized', op: '==', value: true } }
 */
export interface NotCondition {
  /** The negated condition. */
  readonly not: Condition
}

/**
 * An eligibility gate: when `require` does not hold the subject is "not rated" (不予评定).
 * @example
 * const g: Gate = { id: 'inspected', name: { 'zh-CN': '年检合格', en: 'annual inspection passed' }, require: { ref: 'inspected', op: '==', value: true } }
 */
export interface Gate {
  /** Gate id. */
  readonly id: string
  /** Name. */
  readonly name: RubricLabel
  /** The condition a rated subject must meet. */
  readonly require: Condition
}

/**
 * 一票否决: when `when` holds, the grade is forced to `grade` whatever the score.
 * @example
 * const v: Veto = { id: 'misuse', name: { 'zh-CN': '资金挪用', en: 'misuse of funds' }, when: { ref: 'misuse', op: '==', value: true }, grade: 'fail' }
 */
export interface Veto {
  /** Veto id. */
  readonly id: string
  /** Name. */
  readonly name: RubricLabel
  /** When it fires. */
  readonly when: Condition
  /** The grade it forces (a grade id of the rubric's scheme). */
  readonly grade: string
}

/**
 * A grade cap: when `when` holds, the grade is at most `maxGrade` ("存在X则最高合格").
 * @example
 * const c: GradeCap = { id: 'noLead', name: { 'zh-CN': '无社工引领', en: 'no social-worker lead' }, when: { ref: 'ledTeams', op: '==', value: 0 }, maxGrade: 'pass' }
 */
export interface GradeCap {
  /** Cap id. */
  readonly id: string
  /** Name. */
  readonly name: RubricLabel
  /** When it applies. */
  readonly when: Condition
  /** The highest grade allowed (a grade id of the scheme). */
  readonly maxGrade: string
}

/**
 * One grade of a scheme: reached when the rounded score is ≥ `min` (or > `min` if not `inclusive`).
 * @example
 * const g: GradeBand = { id: 'excellent', name: { 'zh-CN': '优秀', en: 'excellent' }, min: 90, inclusive: true }
 */
export interface GradeBand {
  /** Grade id. */
  readonly id: string
  /** Name. */
  readonly name: RubricLabel
  /** Lower edge on the scheme's scale. */
  readonly min: number
  /** Whether `min` itself reaches the grade. */
  readonly inclusive: boolean
}

/**
 * The rounding step before banding.
 * @example
 * const r: GradeRounding = { mode: 'half-up', decimals: 0 }
 */
export interface GradeRounding {
  /** Rounding mode. */
  readonly mode: ScoreRoundingMode
  /** Decimals kept (0–6). */
  readonly decimals: number
}

/**
 * The grade of scores below every band (e.g. 不合格).
 * @example
 * const b: GradeBelow = { id: 'fail', name: { 'zh-CN': '不合格', en: 'fail' } }
 */
export interface GradeBelow {
  /** Grade id. */
  readonly id: string
  /** Name. */
  readonly name: RubricLabel
}

/**
 * A grade scheme: bands from best to worst, a rounding step applied before banding, and the
 * grade below the last band (`below`; absent = no grade, e.g. < 50 points in 5A–1A).
 * @see notes/evaluation.md §4.1 (Shenzhen 90/80/60, 财政部 优良中差, 5A–1A local cut-offs)
 * @example
 * const s: GradeScheme = GRADE_SCHEMES.excellentGoodPassFail
 */
export interface GradeScheme {
  /** Scheme id. */
  readonly id: string
  /** Name. */
  readonly name: RubricLabel
  /** The full scale the bands refer to (100, 1000 …); scores are rescaled to it. */
  readonly scale: number
  /** Rounding applied to the score before banding. */
  readonly rounding: GradeRounding
  /** Grades from best to worst; `min` strictly decreasing. */
  readonly bands: readonly GradeBand[]
  /** The grade below every band; absent = no grade. */
  readonly below?: GradeBelow
  /** Where the cut-offs come from. */
  readonly source?: string
}

/**
 * A rubric: a typed, versioned indicator tree with gates, vetoes, caps and a grade scheme.
 * @example
 * const r: Rubric = demonstrationCommunityRubric()
 */
export interface Rubric {
  /** Rubric id. */
  readonly id: string
  /** Version (e.g. `2025.1`), echoed by every score sheet. */
  readonly version: string
  /** Name. */
  readonly name: RubricLabel
  /** Total full mark of the root (e.g. 100 or 1000). */
  readonly fullMark: number
  /** Dimensions. */
  readonly children: readonly RubricNode[]
  /** Default missing-data policy of every node (an inner node without its own policy takes `zero` when this is `impute`). */
  readonly missing: MissingPolicy
  /** Rounding policy. */
  readonly rounding: RubricRounding
  /** Grade scheme. */
  readonly grades: GradeScheme
  /** Eligibility gates. */
  readonly gates?: readonly Gate[]
  /** 一票否决 items. */
  readonly vetoes?: readonly Veto[]
  /** Grade caps. */
  readonly caps?: readonly GradeCap[]
  /** When the leaves with data hold less than this share (0–1) of the full mark, the subject is `insufficient`; default 0. */
  readonly minAvailability?: number
  /** Source of the rubric, or a note that it is a model. */
  readonly source?: string
}

/**
 * One reported defect for a `deduction` leaf.
 * @example
 * const d: Defect = { reason: '冷链温度记录缺失', count: 1, evidence: 'photo-12' }
 */
export interface Defect {
  /** What is wrong. */
  readonly reason: string
  /** How many times (default 1). */
  readonly count?: number
  /** Points per occurrence; absent = the rule's `perDefect`. */
  readonly points?: number
  /** Evidence reference (photo, document id). */
  readonly evidence?: string
}

/**
 * The raw value of one indicator: a number, a boolean, a degree (`full`/`partial`/`none`),
 * the met checklist item ids, or a defect list; `null` or absent = missing.
 * @example
 * const v: IndicatorValue = ['fire', 'signage']
 */
export type IndicatorValue = number | boolean | string | readonly string[] | DefectList | null

/**
 * The defects found for a `deduction` leaf.
 * @example
 * const d: DefectList = { defects: [{ reason: '地面污渍', count: 2 }] }
 */
export interface DefectList {
  /** The defects. */
  readonly defects: readonly Defect[]
}

/**
 * An indicator value with its evidence references (材料).
 * @example
 * const e: IndicatorEntry = { value: 12, evidence: ['台账 p.3'] }
 */
export interface IndicatorEntry {
  /** The raw value. */
  readonly value: IndicatorValue
  /** Evidence references. */
  readonly evidence?: readonly string[]
}

/**
 * The data of one subject: by indicator id (or fact key), a value or an entry with evidence.
 * @example
 * const d: SubjectData = { teamCount: 3, platform: { value: ['records'], evidence: ['截图'] } }
 */
export type SubjectData = Readonly<Record<string, IndicatorValue | IndicatorEntry | undefined>>

/**
 * How a node's missing data was handled on a sheet.
 * @example
 * const h: MissingHandling = 'renormalise'
 */
export type MissingHandling = 'zero' | 'renormalise' | 'impute' | 'insufficient'

/**
 * A deduction applied on a sheet, with its reason and evidence.
 * @example
 * const d: SheetDeduction = { reason: '地面有污渍', points: 0.5, evidence: 'photo-3' }
 */
export interface SheetDeduction {
  /** Why. */
  readonly reason: string
  /** Points deducted (before the floor). */
  readonly points: number
  /** Evidence reference, if any. */
  readonly evidence?: string
}

/**
 * One node of a score sheet: raw value → normalised value → weighted contribution.
 * @example
 * sheet.nodes.find((n) => n.id === 'venues')?.points //=> 4
 */
export interface SheetNode {
  /** Node id. */
  readonly id: string
  /** Parent id (`null` for a dimension). */
  readonly parentId: string | null
  /** Depth: 1 for a dimension. */
  readonly depth: number
  /** Whether it is an indicator. */
  readonly leaf: boolean
  /** The raw value as given (leaves; `null` if missing). */
  readonly raw: IndicatorValue
  /** The normalised value in [0, 1] (points ÷ effective full mark), or `null` if it does not count. */
  readonly normalised: number | null
  /** The node's full mark after conversion and any renormalisation. */
  readonly fullMark: number
  /** Weighted contribution in points to the total. */
  readonly points: number
  /** Missing-data handling applied, if any. */
  readonly missing: MissingHandling | null
  /** Deductions (扣分制 leaves). */
  readonly deductions: readonly SheetDeduction[]
  /** Evidence references given with the value. */
  readonly evidence: readonly string[]
}

/**
 * A score sheet (评分表): total, grade, every node, vetoes, caps and gates.
 * @example
 * const s: ScoreSheet = scoreRubric(rubric, data)
 * s.status //=> 'rated'
 */
export interface ScoreSheet {
  /** Rubric id. */
  readonly rubricId: string
  /** Rubric version. */
  readonly rubricVersion: string
  /** `rated`, `not-rated` (a gate failed) or `insufficient` (too little data at the root). */
  readonly status: 'rated' | 'not-rated' | 'insufficient'
  /** Total points in [0, fullMark], after the rubric's rounding. */
  readonly total: number
  /** The rubric's full mark. */
  readonly fullMark: number
  /** The score on the grade scheme's scale after its rounding step (what was banded). */
  readonly gradedScore: number
  /** The grade id, or `null` (not rated, insufficient, or below every band without a `below` grade). */
  readonly grade: string | null
  /** The grade from the score alone, before vetoes and caps. */
  readonly scoreGrade: string | null
  /** Ids of the vetoes that fired. */
  readonly vetoes: readonly string[]
  /** Ids of the caps that applied. */
  readonly caps: readonly string[]
  /** Ids of the gates that failed. */
  readonly gatesFailed: readonly string[]
  /** Every node, in rubric order (pre-order). */
  readonly nodes: readonly SheetNode[]
}
