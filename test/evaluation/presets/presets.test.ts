import { describe, expect, it } from 'vitest'
import { TongxinError } from '../../../src/errors/TongxinError'
import { formatMessage } from '../../../src/i18n/formatMessage'
import {
  PRESET_IDS, communityFacts, demonstrationCommunityRubric, demonstrationVerdict, eightSRubric, mostBeautifulCommunityRubric, presetRubric,
  serviceBrandRubric, socialOrganizationRubric, streetStationRubric, volunteerTeamRubric,
} from '../../../src/evaluation/presets'
import { GRADE_SCHEMES, rubricToFullMarks, scoreRubric } from '../../../src/evaluation/rubric'
import { smallDistrict } from './fixture'

const code = (f: () => unknown) => {
  try {
    f()
  } catch (e) {
    return e instanceof TongxinError ? e.code : 'NOT_TONGXIN'
  }
  return undefined
}

describe('presets', () => {
  it('every preset is valid, frozen, sourced and the same object on every call', () => {
    for (const id of PRESET_IDS) {
      const r = presetRubric(id)
      expect(r).toBe(presetRubric(id))
      expect(Object.isFrozen(r.children[0])).toBe(true)
      expect(r.source).toBeTruthy()
      expect(scoreRubric(r, {}).rubricId).toBe(r.id)
    }
    expect(code(() => presetRubric('nope' as never))).toBe('EVAL_PRESET_UNKNOWN')
  })

  it('示范社区: Laoshan dimensions, 100 points', () => {
    const r = demonstrationCommunityRubric()
    expect(r.children.map((d) => d.name['zh-CN'])).toEqual(['阵地共享', '平台建设', '队伍建设', '实践活动', '项目培育', '保障机制', '联动成效'])
    expect(r.children.find((d) => d.id === 'guarantees')!.children!.map((d) => d.name['zh-CN'])).toEqual(['党建引领', '资金保障', '监督评估', '宣传激励'])
    expect(r.children.reduce((s, d) => s + d.fullMark!, 0)).toBe(100)
  })

  it('示范社区 on a district: a strong pilot qualifies, a weak one does not, with reasons', () => {
    const facts = communityFacts(smallDistrict(), { creditedMinutesByCommunity: { c1: 60_000, c2: 6_000 }, guidedMinutesByCommunity: { c1: 30_000 } })
    const [v1, v2, v3] = facts.map((f) => demonstrationVerdict(f))
    expect(v1!.qualifies).toBe(true)
    expect(v1!.sheet.grade).toBe('excellent')
    expect(v1!.sheet.total).toBe(95.59)
    expect(v1!.sheet.nodes.find((n) => n.id === 'guarantees')!.missing).toBe('insufficient')
    expect(formatMessage(v1!.reasons[0]!)).toBe('符合示范社区条件（95.59 分，优秀）')
    expect(v2!.qualifies).toBe(false)
    expect(v2!.sheet.caps).toEqual(['noLedTeam'])
    expect(v2!.reasons.map((m) => m.code)).toEqual(['EVAL_DEMO_SCORE_BELOW', 'EVAL_GRADE_CAPPED'])
    expect(v2!.advisories.map((m) => formatMessage(m))).toContain('未满足「志愿服务队伍 ≥ 2 支」（实际 1，要求 ≥ 2）')
    expect(formatMessage(v2!.advisories[0]!)).toBe('未满足「注册志愿者占常住人口比例 ≥ 10%」（实际 0.5%，要求 ≥ 10%）')
    expect(v3!.sheet.status).toBe('not-rated')
    expect(v3!.reasons.map((m) => m.code)).toEqual(['EVAL_DEMO_NOT_PILOT', 'EVAL_DEMO_NOT_RATED'])
    // Requiring the 最美 conditions turns the advisories into reasons.
    const strict = demonstrationVerdict(facts[1]!, { requireMostBeautiful: true })
    expect(strict.reasons.length).toBe(6)
    expect(strict.advisories).toEqual([])
    // Host data: a veto, then 党建 and satisfaction counted.
    const vetoed = demonstrationVerdict(facts[0]!, { extra: { fundMisuse: true } })
    expect(vetoed.qualifies).toBe(false)
    expect(vetoed.sheet.grade).toBe('fail')
    expect(vetoed.reasons.map((m) => formatMessage(m))).toEqual(['一票否决：资金挪用'])
    const full = demonstrationVerdict(facts[0]!, { extra: { partyBuilding: 'full', supervisionChecklist: ['needs', 'process'], publicityReports: 4, residentSatisfaction: 92, platformFunctions: ['needs'] } })
    expect(full.sheet.nodes.find((n) => n.id === 'guarantees')!.missing).toBeNull()
    expect(demonstrationVerdict(facts[0]!, { minScore: 99 }).qualifies).toBe(false)
    const already = demonstrationVerdict({ ...facts[0]!, status: 'demonstration' })
    expect(already.reasons[0]!.code).toBe('EVAL_DEMO_ALREADY')
    expect(code(() => demonstrationVerdict(facts[0]!, { minScore: 101 }))).toBe('EVAL_ARGUMENT_INVALID')
    expect(code(() => demonstrationVerdict(facts[0]!, 3 as never))).toBe('EVAL_ARGUMENT_INVALID')
    expect(code(() => demonstrationVerdict(facts[0]!, { extra: 3 as never }))).toBe('EVAL_ARGUMENT_INVALID')
    expect(code(() => demonstrationVerdict({} as never))).toBe('EVAL_DATA_INVALID')
  })

  it('最美志愿服务社区: four gates', () => {
    const r = mostBeautifulCommunityRubric()
    const ok = scoreRubric(r, { volunteerRate: 0.1, ledTeamCount: 1, activityDomainCount: 3, teamCount: 2 })
    expect([ok.status, ok.total, ok.grade]).toEqual(['rated', 100, 'pass'])
    const no = scoreRubric(r, { volunteerRate: 0.0999, ledTeamCount: 1, activityDomainCount: 3, teamCount: 1 })
    expect(no.status).toBe('not-rated')
    expect(no.gatesFailed).toEqual(['volunteerRate', 'teams'])
    expect(no.total).toBe(50)
  })

  it('8S audit: deduction per defect per area, pass line 60 %, veto on cold-chain breach', () => {
    const r = eightSRubric()
    expect(r.fullMark).toBe(120)
    expect(r.children.map((d) => d.name['zh-CN'])).toEqual(['整理', '整顿', '清扫', '清洁', '素养', '安全', '节约', '学习'])
    const s = scoreRubric(r, { 'seiso.waiting': 2, 'safety.coldChain': { defects: [{ reason: '插座过载', evidence: 'IMG_0412' }] } })
    expect(s.total).toBe(117)
    expect(s.grade).toBe('pass')
    const node = s.nodes.find((n) => n.id === 'safety.coldChain')!
    expect(node.deductions).toEqual([{ reason: '插座过载', points: 2, evidence: 'IMG_0412' }])
    expect(s.nodes.find((n) => n.id === 'seiri.waiting')!.missing).toBe('impute')
    // Fail below 72: 25 area-items fully deducted (3 × 25 = 75 lost → 45).
    const bad: Record<string, number> = {}
    for (const d of r.children.slice(0, 5)) for (const a of d.children!) bad[a.id] = 10
    expect(scoreRubric(r, bad).grade).toBe('fail')
    expect(scoreRubric(r, { coldChainBreach: true }).grade).toBe('fail')
    expect(eightSRubric({ pointsPerArea: 4, passShare: 0.5 }).grades.bands[0]!.min).toBe(80)
    expect(eightSRubric({ pointsPerArea: 4, passShare: 0.5 })).toBe(eightSRubric({ pointsPerArea: 4, passShare: 0.5 }))
    expect(code(() => eightSRubric({ pointsPerArea: 0 }))).toBe('EVAL_ARGUMENT_INVALID')
    expect(code(() => eightSRubric({ passShare: 2 }))).toBe('EVAL_ARGUMENT_INVALID')
    expect(code(() => eightSRubric(1 as never))).toBe('EVAL_ARGUMENT_INVALID')
  })

  it('social organisation grading 5A–1A with eligibility gates', () => {
    const data = {
      registeredYears: 3, annualInspectionPassed: true, registration: 'full', office: true, partyBuilding: 'full', bylaws: 'partial',
      financeRules: 'full', projectsDelivered: 4, planRatio: 0.9, satisfaction: 88, complaints: 1,
    }
    const s = scoreRubric(socialOrganizationRubric(), data)
    expect([s.total, s.grade]).toEqual([782.9, '3A'])
    expect(scoreRubric(socialOrganizationRubric({ scale: 100 }), data).grade).toBe('3A')
    expect(scoreRubric(socialOrganizationRubric(), { ...data, underInvestigation: true }).gatesFailed).toEqual(['notInvestigated'])
    expect(scoreRubric(socialOrganizationRubric(), { ...data, registeredYears: 1 }).status).toBe('not-rated')
    expect(scoreRubric(socialOrganizationRubric({ grades: GRADE_SCHEMES.socialOrg1000Anqing }), data).grade).toBeNull()
    expect(socialOrganizationRubric()).toBe(socialOrganizationRubric())
    expect(code(() => socialOrganizationRubric({ scale: 50 as never }))).toBe('EVAL_ARGUMENT_INVALID')
    expect(code(() => socialOrganizationRubric({ grades: GRADE_SCHEMES.socialOrg100 }))).toBe('EVAL_ARGUMENT_INVALID')
    expect(code(() => socialOrganizationRubric({ grades: {} as never }))).toBe('EVAL_ARGUMENT_INVALID')
    expect(code(() => socialOrganizationRubric(null as never))).toBe('EVAL_ARGUMENT_INVALID')
  })

  it('street station (weights 15/15/40/20/10), volunteer team and brand rubrics', () => {
    const st = streetStationRubric()
    expect(rubricToFullMarks(st).children.map((d) => d.fullMark)).toEqual([15, 15, 40, 20, 10])
    const s = scoreRubric(st, {
      sixHas: ['site', 'equipment', 'staff', 'functions', 'workflow', 'rules'], certifiedShare: 0.6, budgetExecution: 1, accounts: 'full',
      servedRatio: 1.02, volumeRatio: 0.85, cultivated: 4, satisfaction: 95, purchaserRating: 'partial', reports: 5, innovation: 'full',
    })
    expect(s.total).toBe(87.33) // 15 + 15 + (14 + 9.33 + 8) + (12 + 4) + 10
    expect(s.grade).toBe('good')
    expect(scoreRubric(st, { financialViolation: true }).grade).toBe('fail')
    const t = scoreRubric(volunteerTeamRubric(), {
      memberCount: 25, leadWorkerCount: 1, guidedActivityShare: 0.6, activityCount: 12, hoursPerMember: 20,
      managementSystem: ['recruit', 'register', 'train', 'record', 'reward', 'feedback'], hasBrand: true, yearsActive: 3,
    })
    expect(t.total).toBe(92) // 12 + (7 + 15) + (10 + 13) + 20 + (7 + 8)
    expect(scoreRubric(volunteerTeamRubric(), { seriousIncident: true }).grade).toBe('fail')
    const b = scoreRubric(serviceBrandRubric(), {
      positioning: 'full', ledTeamCount: 2, beneficiaryRatio: 0.9, satisfaction: 95, yearsEstablished: 5, mediaReports: 3, awards: ['district', 'city'],
    })
    expect(b.total).toBe(82) // 15 + 15 + (10 + 15) + 15 + (6 + 6)
  })
})
