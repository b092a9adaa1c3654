// tongxin/evaluation — weights and ranking (mcdm): AHP, entropy, CRITIC, TOPSIS, VIKOR, stability, period comparison.
export type { Matrix, FlatMatrix, CriterionType, TieRule, RankOrder, WeightPolicy, ScoringMethod } from './types'
export { rank, DEFAULT_TIE_TOLERANCE, type RankOptions, type RankResult, type RankConventions } from './rank'
export { RI_TABLES, type RiTableName } from './riTables'
export {
  ahpWeights,
  type AhpMethod,
  type AhpOptions,
  type AhpResult,
  type AhpConventions,
  type AhpJudgmentDeviation,
} from './ahpWeights'
export { completeAhpMatrix, type CompleteAhpOptions, type CompleteAhpResult, type FilledJudgment } from './completeAhpMatrix'
export { groupAhpWeights, type GroupAhpOptions, type GroupAhpResult } from './groupAhpWeights'
export { entropyWeights, type EntropyOptions, type EntropyResult } from './entropyWeights'
export { criticWeights, type CriticOptions, type CriticResult } from './criticWeights'
export { combineWeights, type CombineRule, type CombineResult } from './combineWeights'
export { topsis, type TopsisOptions, type TopsisResult, type RankingConventions } from './topsis'
export { vikor, type VikorOptions, type VikorResult } from './vikor'
export { weightedSum, type WeightedSumOptions, type WeightedSumResult } from './weightedSum'
export {
  rankStability,
  type RankStabilityOptions,
  type RankStabilityResult,
  type SubjectStability,
} from './rankStability'
export {
  weightSensitivity,
  type WeightSensitivityOptions,
  type WeightSensitivityResult,
  type SensitivityStep,
} from './weightSensitivity'
export {
  weightChangeToSwap,
  type WeightChangeToSwapOptions,
  type WeightChangeToSwapResult,
  type SwapPoint,
} from './weightChangeToSwap'
export { wsCoefficient } from './wsCoefficient'
export { weightedSpearman } from './weightedSpearman'
export {
  comparePeriods,
  type ComparePeriodsOptions,
  type ComparePeriodsResult,
  type PeriodData,
  type PeriodNormalization,
  type SubjectDelta,
  type IndicatorMove,
} from './comparePeriods'
export { rankReversal, type RankReversalOptions, type RankReversalResult, type ReversalEffect } from './rankReversal'
