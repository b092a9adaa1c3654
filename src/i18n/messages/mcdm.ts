import type { MessageTemplate } from '../types'

/**
 * Messages of the mcdm part (weights, ranking, stability and period comparison).
 * @example
 * formatMessage({ code: Object.keys(MCDM_MESSAGES)[0] ?? '' }, 'en')
 */
export const MCDM_MESSAGES = {
  MCDM_INVALID_ARGUMENT: { 'zh-CN': '参数 {name} 无效：应为 {expected}', en: 'argument {name} is invalid: expected {expected}' },
  MCDM_NOT_FINITE: {
    'zh-CN': '{name} 第 {row} 行第 {column} 列不是有限数值',
    en: '{name} row {row}, column {column} is not a finite number',
  },
  MCDM_DIMENSION_MISMATCH: {
    'zh-CN': '{name} 的长度为 {actual}，应为 {expected}',
    en: '{name} has length {actual}, expected {expected}',
  },
  MCDM_TOO_FEW: { 'zh-CN': '{name} 至少需要 {minimum} 项（实际 {actual}）', en: '{name} needs at least {minimum} items (got {actual})' },
  MCDM_INVALID_WEIGHTS: { 'zh-CN': '权重无效：{reason}', en: 'invalid weights: {reason}' },
  MCDM_NEGATIVE_VALUE: {
    'zh-CN': '{name} 第 {row} 行第 {column} 列为负数，该方法要求非负数据（可先正向化/平移）',
    en: '{name} row {row}, column {column} is negative; this method needs non-negative data (normalise or shift first)',
  },
  MCDM_NOT_POSITIVE: {
    'zh-CN': '{name} 第 {row} 行第 {column} 列必须大于 0',
    en: '{name} row {row}, column {column} must be greater than 0',
  },
  MCDM_AHP_NOT_SQUARE: {
    'zh-CN': '判断矩阵必须是方阵：第 {row} 行有 {actual} 列，应为 {expected}',
    en: 'the pairwise matrix must be square: row {row} has {actual} columns, expected {expected}',
  },
  MCDM_AHP_DIAGONAL: {
    'zh-CN': '判断矩阵对角线第 {row} 项为 {value}，应为 1',
    en: 'diagonal entry {row} of the pairwise matrix is {value}, expected 1',
  },
  MCDM_AHP_NOT_RECIPROCAL: {
    'zh-CN': '判断矩阵不互反：a[{row}][{column}] = {value}，a[{column}][{row}] = {mirror}（容差 {tolerance}）',
    en: 'the pairwise matrix is not reciprocal: a[{row}][{column}] = {value}, a[{column}][{row}] = {mirror} (tolerance {tolerance})',
  },
  MCDM_AHP_OFF_SCALE: {
    'zh-CN': '判断值 a[{row}][{column}] = {value} 不在 Saaty 1–9 标度上（容差 {tolerance}）',
    en: 'judgment a[{row}][{column}] = {value} is not on the Saaty 1–9 scale (tolerance {tolerance})',
  },
  MCDM_AHP_MISSING: {
    'zh-CN': '判断矩阵 a[{row}][{column}] 缺失；请先用 completeAhpMatrix 补全',
    en: 'judgment a[{row}][{column}] is missing; complete the matrix with completeAhpMatrix first',
  },
  MCDM_AHP_DISCONNECTED: {
    'zh-CN': '已知判断不能连通全部 {n} 个要素，无法唯一补全',
    en: 'the known judgments do not connect all {n} elements; the completion is not unique',
  },
  MCDM_RI_TABLE_TOO_SHORT: {
    'zh-CN': 'RI 表 {table} 只到 n = {max}，无法用于 n = {n}；请提供更长的 RI 表',
    en: 'RI table {table} stops at n = {max} and cannot be used for n = {n}; pass a longer table',
  },
  MCDM_RI_INVALID: {
    'zh-CN': 'RI 表 {table} 在 n = {n} 处的取值 {value} 无效（n ≥ 3 时须大于 0）',
    en: 'RI table {table} has an invalid value {value} at n = {n} (must be > 0 for n ≥ 3)',
  },
  MCDM_ALL_CONSTANT: {
    'zh-CN': '所有指标列都是常数，无法区分评价对象，客观赋权无意义',
    en: 'every indicator column is constant; nothing discriminates the subjects, so objective weights are undefined',
  },
  MCDM_NO_DISCRIMINATION: {
    'zh-CN': '在权重为正的指标上所有评价对象完全相同，理想解与负理想解重合，无法排序',
    en: 'all subjects are identical on every positively weighted indicator; the ideal and anti-ideal coincide, so there is no ranking',
  },
  MCDM_CRITIC_DEGENERATE: {
    'zh-CN': '所有指标的 CRITIC 信息量均为 0（常数列或完全相关的列），无法赋权',
    en: 'the CRITIC information is 0 for every indicator (constant or perfectly correlated columns); no weights can be derived',
  },
  MCDM_ZERO_PRODUCT: {
    'zh-CN': '主客观权重逐项乘积之和为 0，乘法合成无定义',
    en: 'the element-wise products of subjective and objective weights sum to 0; multiplicative combination is undefined',
  },
  MCDM_DUPLICATE_SUBJECT: { 'zh-CN': '评价对象编号重复：{id}', en: 'duplicate subject id: {id}' },
  MCDM_SAME_SUBJECT: { 'zh-CN': '需要两个不同的评价对象（收到 {a} 和 {b}）', en: 'two different subjects are needed (got {a} and {b})' },
  MCDM_WARN_COHORT_RELATIVE: {
    'zh-CN': '得分采用依赖参评群体的标准化（{normalization}）：分差和名次差部分来自群体变化而非自身进步，建议改用目标值（goalposts）标准化',
    en: 'scores use a cohort-relative normalisation ({normalization}): deltas partly reflect the cohort, not the subject; prefer goalpost normalisation',
  },
  MCDM_WARN_COHORT_CHANGED: {
    'zh-CN': '参评群体发生变化（新增 {entering} 个、退出 {leaving} 个），依赖群体的得分在两期之间不可直接比较',
    en: 'the cohort changed ({entering} entering, {leaving} leaving); cohort-relative scores are not comparable between the periods',
  },
  MCDM_WARN_INDICATORS_DIFFER: {
    'zh-CN': '两期指标不一致，仅比较共同指标：{names}',
    en: 'the periods have different indicators; only the common ones are compared: {names}',
  },
} as const satisfies Record<string, MessageTemplate>
