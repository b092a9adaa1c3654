// What credited hours earn — stars, a certificate, points, the time bank, the recording deadline,
// the guidance share and continuing education: `npx tsx examples/hours-earn.ts`.
import {
  POINTS_POLICY_HAILIN,
  STAR_POLICY_BEIJING,
  STAR_POLICY_SHENZHEN_LONGGANG,
  STAR_POLICY_SICHUAN,
  applyTimeBankOperations,
  awardPoints,
  buildCertificate,
  checkRecordingDeadline,
  continuingEducation,
  guidanceShare,
  openTimeBank,
  renderCertificate,
  starLevel,
} from '../src/hours/earn/index'
import { formatMessage } from '../src/i18n/formatMessage'

const H = 60

// 1. Stars (星级): the national scale, then three local presets.
const national = starLevel(350 * H)
console.log(`350 小时 → ★${national.level}，距下一星还差 ${(national.minutesToNext ?? 0) / H} 小时`)
console.log(`350 小时（北京）→ ★${starLevel(350 * H, STAR_POLICY_BEIJING).level}`)
const longgang = starLevel({ creditedMinutes: 700 * H, registeredOn: '2025-03-01', asOf: '2025-12-31' }, STAR_POLICY_SHENZHEN_LONGGANG)
console.log(`700 小时、注册 9 个月（深圳龙岗）→ ★${longgang.level}：${longgang.blockedBy.map((b) => formatMessage(b)).join('；')}`)
const sichuan = starLevel({ creditedMinutes: 1600 * H, heldLevel: 4 }, STAR_POLICY_SICHUAN)
console.log(`1600 小时（四川）→ ★${sichuan.level}：${sichuan.blockedBy.map((b) => formatMessage(b)).join('；')}`)

// 2. A certificate (志愿服务证明), ID number masked.
const certificate = buildCertificate({
  volunteer: { id: 'V0001', name: '张三', idType: 'resident-id', idNumber: '11010519491231002X' },
  serviceMinutes: 21_030,
  serviceContent: ['社区助老', '垃圾分类宣传'],
  recordingUnit: '金家岭街道保利星火志愿服务队',
  servicePeriod: { from: '2025-01-01', to: '2025-12-31' },
  issuer: { name: '金家岭街道社工站', head: '王主任', handler: '李四', contact: '0532-12345678' },
  certificateNumber: 'JJL-2026-0001',
  issuedOn: '2026-01-05',
  sealed: true,
})
console.log(`\n${renderCertificate(certificate)}\n`)

// 3. Points (积分), 海林 rule: at most 2 h per activity, 1 h = 1 point.
const points = awardPoints(
  [
    { volunteerId: 'V0001', activityId: 'A1', minutes: 180 },
    { volunteerId: 'V0001', activityId: 'A2', minutes: 90 },
  ],
  POINTS_POLICY_HAILIN,
)
console.log(`积分（海林）：${points.totalPoints} 分（${points.lines.map((l) => `${l.activityId ?? ''} ${l.countedMinutes}/${l.minutes} 分钟 → ${l.points}`).join('，')}）`)

// 4. Time bank (时间储蓄): a withdrawal beyond the balance is refused, not clamped.
const { bank, rejected } = applyTimeBankOperations(openTimeBank(), [
  { kind: 'deposit', holderId: 'V0001', minutes: 120, at: '2025-03-08T12:00:00+08:00', ref: 'rec-1' },
  { kind: 'withdrawal', holderId: 'V0001', minutes: 180, at: '2025-04-01T09:00:00+08:00' },
  { kind: 'withdrawal', holderId: 'V0001', minutes: 60, at: '2025-04-02T09:00:00+08:00' },
])
console.log(`时间储蓄余额：${bank.accounts[0]?.balanceMinutes ?? 0} 分钟；被拒：${rejected.map((r) => formatMessage(r)).join('；')}`)

// 5. Recording deadline (办法 Art. 11): 10 working days after the activity ends.
const deadline = checkRecordingDeadline({ id: 'rec-2', end: '2025-03-07T17:00:00+08:00', recordedAt: '2025-03-24T09:00:00+08:00' })
console.log(formatMessage(deadline))

// 6. Guidance share (社工引领).
const share = guidanceShare([
  { creditedMinutes: 120, activityId: 'A1', teamId: 'T1' },
  { creditedMinutes: 60, activityId: 'A2', teamId: 'T1' },
], { activities: [{ id: 'A1', teamId: 'T1', leadWorkerId: 'W1' }, { id: 'A2', teamId: 'T1' }] })
console.log(`社工引领时长占比：${share.district.guidedMinutes}/${share.district.totalMinutes} 分钟 = ${((share.district.ratio ?? 0) * 100).toFixed(1)}%`)

// 7. Continuing education of a social worker (助理社会工作师: 72 h per 3 years).
const ce = continuingEducation(
  { id: 'W1', qualification: 'assistant', registeredOn: '2024-03-01' },
  [{ id: 'T1', date: '2024-06-01', kind: 'training', minutes: 30 * H }],
  { asOf: '2025-12-31' },
)
console.log(formatMessage(ce))
