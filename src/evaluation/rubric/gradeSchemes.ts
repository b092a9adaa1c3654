import { TongxinError } from '../../errors/TongxinError'
import { isFiniteNumber } from './internal/fail'
import type { GradeScheme, RubricLabel } from './types'

const L = (zh: string, en: string): RubricLabel => ({ 'zh-CN': zh, en })
const integerHalfUp = { mode: 'half-up', decimals: 0 } as const

/**
 * 优秀 / 良好 / 合格 / 不合格 on 100 points: ≥ 90, ≥ 80, ≥ 60, below. Scores are rounded half up
 * to an integer before banding, because the source's "80以上至89以下" leaves 89.5 undefined.
 * @see notes/evaluation.md §4.1 (深圳市民政局《政府购买社会工作服务项目评估管理办法(试行)》, 2021)
 */
const excellentGoodPassFail: GradeScheme = {
  id: 'excellent-good-pass-fail',
  name: L('优秀/良好/合格/不合格', 'excellent/good/pass/fail'),
  scale: 100,
  rounding: integerHalfUp,
  bands: [
    { id: 'excellent', name: L('优秀', 'excellent'), min: 90, inclusive: true },
    { id: 'good', name: L('良好', 'good'), min: 80, inclusive: true },
    { id: 'pass', name: L('合格', 'pass'), min: 60, inclusive: true },
  ],
  below: { id: 'fail', name: L('不合格', 'fail') },
  source: '深圳市民政局《政府购买社会工作服务项目评估管理办法(试行)》(2021); notes/evaluation.md §4.1',
}

/**
 * 优 / 良 / 中 / 差 on 100 points (90–100, 80–89, 60–79, 0–59), rounded half up to one decimal
 * (东莞 2016–2018 scored 76.5 = 中).
 * @see notes/evaluation.md §4.1 (财政部预算司 performance-evaluation grades)
 */
const fourLevel: GradeScheme = {
  id: 'you-liang-zhong-cha',
  name: L('优/良/中/差', 'A/B/C/D'),
  scale: 100,
  rounding: { mode: 'half-up', decimals: 1 },
  bands: [
    { id: 'you', name: L('优', 'excellent'), min: 90, inclusive: true },
    { id: 'liang', name: L('良', 'good'), min: 80, inclusive: true },
    { id: 'zhong', name: L('中', 'fair'), min: 60, inclusive: true },
  ],
  below: { id: 'cha', name: L('差', 'poor'), },
  source: '财政部预算司 绩效评价等级; notes/evaluation.md §4.1',
}

const A = (n: number): RubricLabel => L(`${n}A`, `${n}A`)

/**
 * 社会组织等级 5A–1A on 100 points, 辰溪 2025 cut-offs: 5A ≥ 90, 4A [80, 90), 3A [70, 80),
 * 2A [60, 70), 1A [50, 60), below 50 no grade.
 * @see notes/evaluation.md §4.1; notes/domain.md §5.1 (民政部令第39号: grades 5A–1A, bands local)
 */
const socialOrg100: GradeScheme = {
  id: 'social-org-100-chenxi',
  name: L('社会组织等级（百分制，辰溪）', 'social organisation grade (100 points, Chenxi)'),
  scale: 100,
  rounding: integerHalfUp,
  bands: [5, 4, 3, 2, 1].map((n) => ({ id: `${n}A`, name: A(n), min: 40 + 10 * n, inclusive: true })),
  source: '辰溪 2025 notice; notes/evaluation.md §4.1',
}

/**
 * 社会组织等级 5A–1A on 1,000 points, 洛阳瀍河 cut-offs: 5A ≥ 900, 4A 800–899, 3A 700–799,
 * 2A 600–699, 1A ≤ 599 (every lower score is 1A, as the notice states).
 * @see notes/domain.md §5.1 (https://www.chanhe.gov.cn/portal/article/index/id/13161.html)
 */
const socialOrg1000Luoyang: GradeScheme = {
  id: 'social-org-1000-luoyang',
  name: L('社会组织等级（千分制，洛阳瀍河）', 'social organisation grade (1,000 points, Luoyang Chanhe)'),
  scale: 1000,
  rounding: integerHalfUp,
  bands: [
    ...[5, 4, 3, 2].map((n) => ({ id: `${n}A`, name: A(n), min: 400 + 100 * n, inclusive: true })),
  ],
  below: { id: '1A', name: A(1) },
  source: '洛阳市瀍河区 notice; notes/domain.md §5.1',
}

/**
 * 社会组织等级 on 1,000 points, 安庆/怀宁 cut-offs: 5A > 950, 4A 901–950, 3A 851–900,
 * 2A 801–850; the 1A cut-off is missing in the source, so 800 and below get no grade.
 * @see notes/domain.md §5.1 (http://www.yuweinet.cn/display.asp?id=19859)
 */
const socialOrg1000Anqing: GradeScheme = {
  id: 'social-org-1000-anqing',
  name: L('社会组织等级（千分制，安庆）', 'social organisation grade (1,000 points, Anqing)'),
  scale: 1000,
  rounding: integerHalfUp,
  bands: [5, 4, 3, 2].map((n) => ({ id: `${n}A`, name: A(n), min: 700 + 50 * n, inclusive: false })),
  source: '安庆/怀宁 2021 notice; notes/domain.md §5.1',
}

/**
 * Named grade schemes with their sources. Cut-offs are local: pick the one your place uses or
 * write your own (`GradeScheme` is plain data).
 * @see notes/evaluation.md §4.1, notes/domain.md §5.1
 * @example
 * GRADE_SCHEMES.excellentGoodPassFail.bands[0].min //=> 90
 */
export const GRADE_SCHEMES = Object.freeze({
  excellentGoodPassFail,
  fourLevel,
  socialOrg100,
  socialOrg1000Luoyang,
  socialOrg1000Anqing,
})

/**
 * A pass/fail scheme (合格/不合格) with a pass line, e.g. for an 8S audit or a gate rubric.
 * @param passLine - the lowest passing score on `scale` (inclusive)
 * @param scale - the full scale (default 100)
 * @param decimals - decimals kept before banding (default 1, half up)
 * @returns the grade scheme
 * @throws TongxinError `EVAL_ARGUMENT_INVALID` for a pass line outside [0, scale], a bad scale or decimals
 * @example
 * passFailScheme(72, 120).bands[0].min //=> 72
 */
export function passFailScheme(passLine: number, scale = 100, decimals = 1): GradeScheme {
  if (!isFiniteNumber(scale) || scale <= 0) throw new TongxinError('EVAL_ARGUMENT_INVALID', { name: 'scale', reason: 'must be a finite number > 0' })
  if (!isFiniteNumber(passLine) || passLine < 0 || passLine > scale) {
    throw new TongxinError('EVAL_ARGUMENT_INVALID', { name: 'passLine', reason: 'must be in [0, scale]' })
  }
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) throw new TongxinError('EVAL_ARGUMENT_INVALID', { name: 'decimals', reason: 'must be an integer in 0–6' })
  return {
    id: 'pass-fail',
    name: L('合格/不合格', 'pass/fail'),
    scale,
    rounding: { mode: 'half-up', decimals },
    bands: [{ id: 'pass', name: L('合格', 'pass'), min: passLine, inclusive: true }],
    below: { id: 'fail', name: L('不合格', 'fail') },
  }
}
