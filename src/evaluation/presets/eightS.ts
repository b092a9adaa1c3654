import { TongxinError } from '../../errors/TongxinError'
import { passFailScheme } from '../rubric/gradeSchemes'
import { isFiniteNumber, isPlainObject } from '../rubric/internal/fail'
import type { Rubric, RubricNode } from '../rubric/types'
import { L, deepFreeze } from './internal/build'

/**
 * Options of `eightSRubric`.
 * @example
 * const o: EightSOptions = { pointsPerArea: 4, passShare: 0.6 }
 */
export interface EightSOptions {
  /** Full mark of one 8S item in one area (default 3: 8 items × 5 areas × 3 = 120 points). */
  readonly pointsPerArea?: number
  /** Pass line as a share of the full mark (default 0.6). */
  readonly passShare?: number
}

/** The 8S items (整理、整顿、清扫、清洁、素养、安全、节约、学习). */
const ITEMS = [
  ['seiri', '整理', 'sort'],
  ['seiton', '整顿', 'set in order'],
  ['seiso', '清扫', 'shine'],
  ['seiketsu', '清洁', 'standardise'],
  ['shitsuke', '素养', 'sustain'],
  ['safety', '安全', 'safety'],
  ['saving', '节约', 'saving'],
  ['learning', '学习', 'learning'],
] as const

/** Areas of a 预防接种门诊 (vaccination clinic). */
const AREAS = [
  ['registration', '登记区', 'registration'],
  ['waiting', '候种区', 'waiting area'],
  ['vaccination', '接种区', 'vaccination'],
  ['observation', '留观区', 'observation'],
  ['coldChain', '冷链区', 'cold chain'],
] as const

const cache = new Map<string, Rubric>()

/**
 * The 8S audit of a 预防接种门诊: each of the eight items (整理、整顿、清扫、清洁、素养、安全、
 * 节约、学习) is checked in each of five areas (登记区, 候种区, 接种区, 留观区, 冷链区) by
 * deduction (扣分制): every area-item starts at `pointsPerArea` and loses 0.5 per defect (2 per
 * safety hazard), floored at 0. Leaf ids are `<item>.<area>` (e.g. `safety.coldChain`); a value is
 * a defect count or `{ defects: [{ reason, count?, points?, evidence? }] }`. An area-item with no
 * record is taken as checked without defects (impute 0). Pass line: `passShare` of the full mark
 * (default 60 %: 72 of 120), rounded half up to one decimal. Veto: `coldChainBreach` (冷链温度
 * 超标未处置) → 不合格. **No national 8S standard for clinics exists**: the items are the 8S
 * definitions, the deduction sizes and pass line the published 5S/6S patterns — a model.
 *
 * @param options - points per area-item and the pass share
 * @returns the frozen rubric (cached per options)
 * @throws TongxinError `EVAL_ARGUMENT_INVALID` for bad options
 * @see notes/domain.md §5.4 (deduction per defect; 60 % pass line; 9S in 青岛西海岸新区), notes/evaluation.md §4.1 (8S sheet: base 120)
 * @example
 * scoreRubric(eightSRubric(), { 'seiso.waiting': 2, 'safety.coldChain': { defects: [{ reason: '插座过载', evidence: 'IMG_0412' }] } }).total //=> 117
 */
export function eightSRubric(options: EightSOptions = {}): Rubric {
  if (!isPlainObject(options)) throw new TongxinError('EVAL_ARGUMENT_INVALID', { name: 'options', reason: 'must be an object' })
  const per = options.pointsPerArea ?? 3
  const passShare = options.passShare ?? 0.6
  if (!isFiniteNumber(per) || per <= 0 || per > 1000) throw new TongxinError('EVAL_ARGUMENT_INVALID', { name: 'pointsPerArea', reason: 'must be in (0, 1000]' })
  if (!isFiniteNumber(passShare) || passShare < 0 || passShare > 1) throw new TongxinError('EVAL_ARGUMENT_INVALID', { name: 'passShare', reason: 'must be in [0, 1]' })
  const key = `${per}/${passShare}`
  const hit = cache.get(key)
  if (hit !== undefined) return hit
  const full = per * ITEMS.length * AREAS.length
  const children: RubricNode[] = ITEMS.map(([id, zh, en]) => ({
    id,
    name: L(zh, en),
    fullMark: per * AREAS.length,
    children: AREAS.map(([aid, azh, aen]) => ({
      id: `${id}.${aid}`,
      name: L(`${zh}·${azh}`, `${en}, ${aen}`),
      fullMark: per,
      rule: { kind: 'deduction', start: per, perDefect: id === 'safety' ? 2 : 0.5, floor: 0 },
    })),
  }))
  const rubric = deepFreeze<Rubric>({
    id: '8s-vaccination-clinic',
    version: '2025.1',
    name: L('预防接种门诊8S管理检查表（模型）', '8S audit of a vaccination clinic (model)'),
    fullMark: full,
    missing: { policy: 'impute', value: 0 },
    rounding: { mode: 'half-up', decimals: 1, at: 'each-level' },
    grades: { ...passFailScheme(Math.round(full * passShare * 10) / 10, full, 1), id: '8s-pass-fail' },
    source: '8S definitions; 5S/6S deduction patterns and 60% pass line (notes/domain.md §5.4); a model',
    children,
    vetoes: [{ id: 'coldChainBreach', name: L('冷链温度超标未处置', 'cold-chain breach not handled'), when: { ref: 'coldChainBreach', op: '==', value: true }, grade: 'fail' }],
  })
  if (cache.size < 64) cache.set(key, rubric)
  return rubric
}
