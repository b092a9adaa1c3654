// tongxin/hours earn — what credited hours earn (stars, certificates, points, time bank), the
// recording deadline, and the social-work side of the linkage (guidance share, continuing education).
export {
  STAR_POLICY_NATIONAL,
  STAR_POLICY_BEIJING,
  STAR_POLICY_SHENZHEN_LONGGANG,
  STAR_POLICY_SICHUAN,
  STAR_POLICY_FUJIAN,
  STAR_POLICIES,
  type StarTier,
  type StarQualityGate,
  type StarPolicy,
} from './starPolicy'
export { starLevel, type StarFacts, type StarResult } from './starLevel'
export { starDistribution, type StarDistribution, type StarDistributionOptions } from './starDistribution'
export type {
  CertificateInput,
  CertificateIssuer,
  CertificateOptions,
  CertificatePeriod,
  CertificateVolunteer,
  ServiceCertificate,
} from './certificate'
export { buildCertificate } from './buildCertificate'
export { renderCertificate } from './renderCertificate'
export { POINTS_POLICY_DEFAULT, POINTS_POLICY_HAILIN, POINTS_POLICIES, type PointsPolicy, type PointsRate } from './pointsPolicy'
export { awardPoints, type PointsContext, type PointsEntry, type PointsLine, type PointsResult } from './awardPoints'
export {
  TIMEBANK_POLICY_DEFAULT,
  type TimeBank,
  type TimeBankAccount,
  type TimeBankBatchResult,
  type TimeBankMovement,
  type TimeBankOperation,
  type TimeBankPolicy,
} from './timeBank'
export { openTimeBank } from './openTimeBank'
export { depositTime } from './depositTime'
export { withdrawTime } from './withdrawTime'
export { applyTimeBankOperations } from './applyTimeBankOperations'
export {
  DEADLINE_POLICY_NATIONAL,
  mondayToFriday,
  type DeadlineActivity,
  type DeadlinePolicy,
  type DeadlineRecord,
  type DeadlineResult,
  type WorkingDayCalendar,
} from './deadlinePolicy'
export { checkRecordingDeadline } from './checkRecordingDeadline'
export { checkRecordingDeadlines, type DeadlineReport } from './checkRecordingDeadlines'
export { guidanceShare, type GuidanceContext, type GuidanceCredit, type GuidanceShare, type GuidanceShareLine } from './guidanceShare'
export {
  CE_POLICY_NATIONAL,
  type ContinuingEducationPolicy,
  type ContinuingEducationStatus,
  type TrainingEntry,
} from './continuingEducationPolicy'
export { continuingEducation } from './continuingEducation'
export { continuingEducationReport } from './continuingEducationReport'
