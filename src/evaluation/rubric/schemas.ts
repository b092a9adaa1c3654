import * as z from 'zod'

// zod schemas of the rubric JSON format. Only parseRubric/safeParseRubric/rubricJsonSchema
// import this file, so calculators (scoreRubric …) stay free of zod.

const finite = z.number().refine(Number.isFinite, { params: { code: 'EVAL_NOT_FINITE' } })
const nonNeg = finite.min(0)
const Id = z.string().min(1).max(100)

/** A zh-CN / en name pair. */
export const RubricLabelSchema = z.object({ 'zh-CN': z.string().max(1000), en: z.string().max(1000) }).readonly()

const ScoreRoundingModeSchema = z.enum(['half-up', 'half-even', 'floor', 'ceil', 'none'])

/** A rubric's rounding policy. */
export const RubricRoundingSchema = z
  .object({ mode: ScoreRoundingModeSchema, decimals: z.int().min(0).max(6), at: z.enum(['each-level', 'end']) })
  .readonly()

/** Defects, as a value of a `deduction` leaf. */
const DefectSchema = z
  .object({ reason: z.string().max(1000), count: nonNeg.optional(), points: nonNeg.optional(), evidence: z.string().max(1000).optional() })
  .readonly()

/** An indicator value (also the imputed value of a missing-data policy). */
export const IndicatorValueSchema = z.union([
  finite,
  z.boolean(),
  z.string().max(1000),
  z.array(z.string().max(100)).max(10_000).readonly(),
  z.object({ defects: z.array(DefectSchema).max(100_000).readonly() }).readonly(),
  z.null(),
])

/** A missing-data policy. */
export const MissingPolicySchema = z.discriminatedUnion('policy', [
  z.object({ policy: z.literal('zero') }).readonly(),
  z.object({ policy: z.literal('renormalise') }).readonly(),
  z.object({ policy: z.literal('impute'), value: IndicatorValueSchema }).readonly(),
])

const BandSchema = z
  .object({ min: finite.optional(), minInclusive: z.boolean().optional(), max: finite.optional(), maxInclusive: z.boolean().optional(), points: nonNeg })
  .readonly()

/** A leaf scoring rule. */
export const LeafRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('benefit'), target: finite }).readonly(),
  z.object({ kind: z.literal('cost'), best: finite, worst: finite }).readonly(),
  z.object({ kind: z.literal('target'), target: finite, tolerance: finite }).readonly(),
  z.object({ kind: z.literal('interval'), low: finite, high: finite, tolerance: finite }).readonly(),
  z.object({ kind: z.literal('goalposts'), lower: finite, upper: finite, direction: z.enum(['benefit', 'cost']) }).readonly(),
  z.object({ kind: z.literal('bands'), bands: z.array(BandSchema).max(1000).readonly(), otherwise: nonNeg }).readonly(),
  z.object({ kind: z.literal('piecewise'), points: z.array(z.tuple([finite, finite]).readonly()).min(2).max(1000).readonly() }).readonly(),
  z
    .object({ kind: z.literal('checklist'), items: z.array(z.object({ id: Id, name: RubricLabelSchema, points: nonNeg }).readonly()).min(1).max(1000).readonly() })
    .readonly(),
  z.object({ kind: z.literal('degree'), full: finite, partial: nonNeg }).readonly(),
  z.object({ kind: z.literal('deduction'), start: finite, perDefect: nonNeg, floor: nonNeg }).readonly(),
  z.object({ kind: z.literal('bonus'), perItem: nonNeg, cap: finite }).readonly(),
  z.object({ kind: z.literal('boolean'), points: finite, invert: z.boolean().optional() }).readonly(),
])

const CompareOpSchema = z.enum(['<', '<=', '>', '>=', '==', '!='])

/** A condition of a gate, veto or cap. */
export const ConditionSchema: z.ZodType = z.lazy(() =>
  z.union([
    z.object({ ref: z.string().min(1).max(100), op: CompareOpSchema, value: z.union([finite, z.boolean(), z.string().max(1000)]) }).readonly(),
    z.object({ node: Id, op: CompareOpSchema, value: finite }).readonly(),
    z.object({ all: z.array(ConditionSchema).max(1000).readonly() }).readonly(),
    z.object({ any: z.array(ConditionSchema).max(1000).readonly() }).readonly(),
    z.object({ not: ConditionSchema }).readonly(),
  ]),
)

/** A rubric node (dimension, sub-dimension or indicator). */
export const RubricNodeSchema: z.ZodType = z.lazy(() =>
  z
    .object({
      id: Id,
      name: RubricLabelSchema,
      weight: nonNeg.optional(),
      fullMark: nonNeg.optional(),
      extra: z.boolean().optional(),
      missing: MissingPolicySchema.optional(),
      minAvailability: z.number().min(0).max(1).optional(),
      children: z.array(RubricNodeSchema).min(1).max(10_000).readonly().optional(),
      rule: LeafRuleSchema.optional(),
      unit: z.string().max(100).optional(),
      source: z.string().max(2000).optional(),
    })
    .readonly(),
)

const GradeBandSchema = z.object({ id: Id, name: RubricLabelSchema, min: finite, inclusive: z.boolean() }).readonly()

/** A grade scheme. */
export const GradeSchemeSchema = z
  .object({
    id: Id,
    name: RubricLabelSchema,
    scale: finite,
    rounding: z.object({ mode: ScoreRoundingModeSchema, decimals: z.int().min(0).max(6) }).readonly(),
    bands: z.array(GradeBandSchema).max(100).readonly(),
    below: z.object({ id: Id, name: RubricLabelSchema }).readonly().optional(),
    source: z.string().max(2000).optional(),
  })
  .readonly()

const NamedCondition = { id: Id, name: RubricLabelSchema }

/** A rubric (the JSON format). */
export const RubricSchema = z
  .object({
    id: Id,
    version: z.string().min(1).max(100),
    name: RubricLabelSchema,
    fullMark: finite,
    children: z.array(RubricNodeSchema).min(1).max(10_000).readonly(),
    missing: MissingPolicySchema,
    rounding: RubricRoundingSchema,
    grades: GradeSchemeSchema,
    gates: z.array(z.object({ ...NamedCondition, require: ConditionSchema }).readonly()).max(1000).readonly().optional(),
    vetoes: z.array(z.object({ ...NamedCondition, when: ConditionSchema, grade: Id }).readonly()).max(1000).readonly().optional(),
    caps: z.array(z.object({ ...NamedCondition, when: ConditionSchema, maxGrade: Id }).readonly()).max(1000).readonly().optional(),
    minAvailability: z.number().min(0).max(1).optional(),
    source: z.string().max(2000).optional(),
  })
  .readonly()

