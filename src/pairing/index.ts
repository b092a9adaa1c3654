// tongxin/pairing — optimal, explained pairing of social workers (社工) with volunteer teams (志愿服务队).
export {
  solveAssignment,
  type AssignmentProblem,
  type AssignmentTeam,
  type AssignmentWorker,
  type AssignmentEdge,
  type PairRef,
  type AssignmentResult,
  type AssignedPair,
  type UnassignedTeam,
  type WorkerLoad,
  type LockConflict,
  type ShortageCertificate,
  type ComponentStats,
  type ComponentCertificate,
  type AssignmentCertificate,
} from './solveAssignment'
export { verifyCertificate, type CertificateCheck } from './verifyCertificate'
export { greedyAssignment, stableAssignment, countBlockingPairs, type BaselinePlan } from './baselines'
export {
  pairTeams,
  type PairTeamsInput,
  type PairingPlan,
  type PlannedPair,
  type ScoreLine,
  type PairingCriterion,
  type UnassignedExplanation,
  type CandidateTrace,
  type WorkerLoadSummary,
  type BaselineSummary,
} from './pairTeams'
export { DEFAULT_PAIRING_POLICY, type PairingPolicy, type PairingPolicyInput, type TeamWorkerRef } from './policy'
