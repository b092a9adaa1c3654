import { GRADE_SCHEMES } from '../rubric/gradeSchemes'
import type { Rubric } from '../rubric/types'
import { L, RENORMALISE, deepFreeze, dim, leaf, steps } from './internal/build'

let cached: Rubric | undefined

/**
 * The 「社工+志愿」示范社区 rubric (100 points). Its dimensions are the Laoshan policy's five
 * areas where social workers lead — 阵地共享 10, 平台建设 10, 队伍建设 20, 实践活动 20,
 * 项目培育 10 — plus the four guarantees (党建引领, 资金保障, 监督评估, 宣传激励: 15) and the
 * outcomes (resident satisfaction, guidance share, hours per resident: 15).
 *
 * **A model, not an official standard**: Laoshan published no indicators (notes/domain.md §8).
 * The indicator patterns follow notes/evaluation.md §4.2 (阵地/平台 组合分, 队伍 banded counts,
 * 项目 count + 程度分, 资金 ratio + veto on misuse); the 10 % volunteer rate, the 社工带志愿者
 * mode and ≥ 3 activity categories come from the 最美志愿服务社区 conditions (notes/domain.md §5.3).
 * Every leaf id is a key `communityFacts` computes from a District, except `partyBuilding`,
 * `platformFunctions`, `supervision`, `publicityReports` and `residentSatisfaction`, which the
 * host supplies; when absent they are renormalised among their siblings (the sheet says so),
 * and guidance share and hours per resident likewise when no minutes are given. The guarantees
 * dimension needs half of its points present (else it is `insufficient` and spread over the
 * other dimensions), and the whole sheet 60 %.
 * Gate: a resident population above 0. Veto: `fundMisuse` (资金挪用) → 不合格. Cap: no team led
 * by a social worker (`ledTeamCount` = 0) → at most 合格. Grades: 优秀/良好/合格/不合格 (90/80/60).
 *
 * @returns the frozen rubric (the same object on every call)
 * @see notes/domain.md §0 (《崂山区"社工+志愿"联动融合发展实施意见》), §5.3; notes/evaluation.md §4.2
 * @example
 * const sheet = scoreRubric(demonstrationCommunityRubric(), communityFacts(district)[0].data)
 */
export function demonstrationCommunityRubric(): Rubric {
  cached ??= deepFreeze(build())
  return cached
}

function build(): Rubric {
  return {
    id: 'demonstration-community',
    version: '2025.1',
    name: L('「社工+志愿」示范社区评估细则（模型）', '"social work + volunteer" demonstration community rubric (model)'),
    fullMark: 100,
    missing: { policy: 'zero' },
    minAvailability: 0.6,
    rounding: { mode: 'half-up', decimals: 2, at: 'each-level' },
    grades: GRADE_SCHEMES.excellentGoodPassFail,
    source: 'model after 《崂山区"社工+志愿"联动融合发展实施意见》 (2024); notes/domain.md §0, §5.3; notes/evaluation.md §4.2',
    children: [
      dim('venue', '阵地共享', 'venue sharing', 10, [
        leaf('venueCount', '共享阵地数量', 'shared venues', 4, steps([[2, 4], [1, 2]]), { unit: '个' }),
        leaf('weeklyOpenHours', '阵地每周开放时长', 'weekly opening hours', 3, { kind: 'piecewise', points: [[0, 0], [20, 2], [40, 3]] }, { unit: 'h' }),
        leaf('venueActivityShare', '在社区阵地开展的活动占比', 'share of activities at community venues', 3, { kind: 'benefit', target: 0.8 }),
      ]),
      dim('platform', '平台建设', 'platform building', 10, [
        leaf('organizationCount', '社区社会组织数量', 'community organisations', 4, steps([[3, 4], [2, 3], [1, 2]]), { unit: '个' }),
        leaf('stationCultivatedShare', '社工站培育的服务队占比', 'share of teams cultivated by the station', 3, { kind: 'benefit', target: 0.5 }),
        leaf(
          'platformFunctions',
          '站点功能（组合分）',
          'platform functions (checklist)',
          3,
          {
            kind: 'checklist',
            items: [
              { id: 'needs', name: L('需求收集', 'needs collection'), points: 0.5 },
              { id: 'publish', name: L('项目发布', 'project publishing'), points: 0.5 },
              { id: 'recruit', name: L('招募培训', 'recruitment and training'), points: 0.5 },
              { id: 'organise', name: L('活动组织', 'activity organisation'), points: 0.5 },
              { id: 'record', name: L('服务记录', 'service records'), points: 0.5 },
              { id: 'showcase', name: L('宣传展示', 'publicity'), points: 0.5 },
            ],
          },
          { missing: RENORMALISE, source: 'notes/domain.md §5.3 (志愿服务站点 六有 functions)' },
        ),
      ]),
      dim('team', '队伍建设', 'team building', 20, [
        leaf('volunteerRate', '注册志愿者占常住人口比例', 'registered volunteers per resident', 6, { kind: 'goalposts', lower: 0, upper: 0.1, direction: 'benefit' }, {
          source: 'notes/domain.md §5.3 (最美志愿服务社区: 10%)',
        }),
        leaf('teamCount', '志愿服务队数量', 'volunteer teams', 4, steps([[4, 4], [3, 3], [2, 2], [1, 1]]), { unit: '支' }),
        leaf('ledTeamShare', '有社工引领的服务队占比', 'share of teams led by a social worker', 6, { kind: 'benefit', target: 1 }),
        leaf('leadWorkerCount', '引领服务队的社工人数', 'social workers leading teams', 4, steps([[3, 4], [2, 3], [1, 2]]), { unit: '人' }),
      ]),
      dim('activity', '实践活动', 'practice activities', 20, [
        leaf('activitiesPer1000', '每千名居民活动场次', 'activities per 1,000 residents', 6, { kind: 'goalposts', lower: 0, upper: 12, direction: 'benefit' }),
        leaf('guidedActivityShare', '社工带志愿者活动占比', 'share of activities led by a social worker', 6, { kind: 'benefit', target: 0.6 }, {
          source: 'notes/domain.md §5.3 (采取社会工作者带志愿者的活动方式)',
        }),
        leaf('activityDomainCount', '活动类别数', 'activity categories', 4, steps([[5, 4], [3, 3], [2, 1]]), { source: 'notes/domain.md §5.3 (≥ 3 categories)' }),
        leaf('activeTeamShare', '开展活动的服务队占比', 'share of teams with activities', 4, { kind: 'benefit', target: 1 }),
      ]),
      dim('project', '项目培育', 'project cultivation', 10, [
        leaf('projectCount', '培育项目数量', 'cultivated projects', 4, steps([[3, 4], [2, 3], [1, 2]]), { unit: '个' }),
        leaf('projectStageLevel', '项目培育程度（程度分）', 'project maturity', 3, steps([[4, 3], [3, 2], [2, 1]]), {
          source: 'stage: 1 孵化, 2 成长, 3 成熟, 4 品牌化',
        }),
        leaf('brandedTeamCount', '品牌服务队数量', 'branded teams', 3, steps([[2, 3], [1, 2]]), { unit: '支' }),
      ]),
      dim('guarantees', '保障机制', 'guarantees', 15, [
        dim('party', '党建引领', 'Party-building leadership', 4, [
          leaf('partyBuilding', '党建引领（程度分）', 'Party-building leadership (degree)', 4, { kind: 'degree', full: 4, partial: 2 }, { missing: RENORMALISE }),
        ], { missing: RENORMALISE }),
        dim('funding', '资金保障', 'funding', 4, [
          leaf('charityFenPerResident', '人均慈善资源', 'charity resources per resident', 4, { kind: 'goalposts', lower: 0, upper: 500, direction: 'benefit' }, { unit: '分' }),
        ]),
        dim('supervision', '监督评估', 'supervision and evaluation', 4, [
          leaf(
            'supervisionChecklist',
            '监督评估（组合分）',
            'supervision and evaluation (checklist)',
            4,
            {
              kind: 'checklist',
              items: [
                { id: 'needs', name: L('需求评估', 'needs assessment'), points: 1 },
                { id: 'process', name: L('过程督导', 'process supervision'), points: 1 },
                { id: 'outcome', name: L('成效评估', 'outcome evaluation'), points: 1 },
                { id: 'archive', name: L('档案管理', 'records management'), points: 1 },
              ],
            },
            { missing: RENORMALISE },
          ),
        ], { missing: RENORMALISE }),
        dim('publicity', '宣传激励', 'publicity and incentives', 3, [
          leaf('publicityReports', '宣传报道（每篇0.5分，最高3分）', 'publicity reports (0.5 each, up to 3)', 3, { kind: 'bonus', perItem: 0.5, cap: 3 }, { missing: RENORMALISE }),
        ], { missing: RENORMALISE }),
      ], { missing: RENORMALISE, minAvailability: 0.5 }),
      dim('outcomes', '联动成效', 'outcomes', 15, [
        leaf('residentSatisfaction', '居民满意度', 'resident satisfaction', 5, { kind: 'goalposts', lower: 60, upper: 95, direction: 'benefit' }, { unit: '%', missing: RENORMALISE }),
        leaf('guidanceShare', '社工督导服务时长占比', 'share of service minutes guided by social workers', 5, { kind: 'goalposts', lower: 0, upper: 0.5, direction: 'benefit' }, { missing: RENORMALISE }),
        leaf('hoursPerResident', '人均志愿服务时长', 'volunteer hours per resident', 5, { kind: 'goalposts', lower: 0, upper: 2, direction: 'benefit' }, { unit: 'h', missing: RENORMALISE }),
      ], { missing: RENORMALISE }),
    ],
    gates: [{ id: 'populated', name: L('有常住人口', 'has residents'), require: { ref: 'residentPopulation', op: '>', value: 0 } }],
    vetoes: [{ id: 'fundMisuse', name: L('资金挪用', 'misuse of funds'), when: { ref: 'fundMisuse', op: '==', value: true }, grade: 'fail' }],
    caps: [{ id: 'noLedTeam', name: L('无社工引领的服务队', 'no team led by a social worker'), when: { ref: 'ledTeamCount', op: '==', value: 0 }, maxGrade: 'pass' }],
  }
}
