/* eslint-disable @typescript-eslint/no-non-null-assertion -- indices come from the compiled rubric and stay within their bounds */
import type {
  Condition, GradeScheme, LeafRule, MissingPolicy, Rubric, RubricNode, RubricRounding,
} from '../types'
import { guard, invalidRubric, isFiniteNumber, isPlainObject } from './fail'
import { roundTo } from './round'
import { makeScorer, type Scorer } from './scorers'

/** Limits that keep a hostile rubric from exhausting memory or time. */
export const MAX_NODES = 10_000
/** Maximum depth of the tree (root children = 1). */
export const MAX_DEPTH = 10
const MAX_CONDITION_DEPTH = 16
const MAX_LIST = 10_000

/** One node, precomputed. */
export interface CNode {
  readonly index: number
  readonly id: string
  readonly node: RubricNode
  readonly parent: number // -1 = root
  readonly depth: number
  readonly children: readonly number[] // non-extra first? no: in rubric order
  readonly rule: LeafRule | undefined
  /** Full mark before any renormalisation. */
  readonly baseFullMark: number
  readonly extra: boolean
  readonly missing: MissingPolicy
  readonly minAvailability: number
  /** Maximum points of the rule (leaves). */
  readonly ruleMax: number
  /** Checklist item points by id (checklist leaves). */
  readonly items: ReadonlyMap<string, number> | undefined
  /** The leaf's scorer (leaves). */
  readonly score: Scorer | undefined
}

/** A validated, precomputed rubric. */
export interface Compiled {
  readonly rubric: Rubric
  readonly nodes: readonly CNode[] // pre-order
  readonly rootChildren: readonly number[]
  readonly postOrder: readonly number[]
  readonly gradeRank: ReadonlyMap<string, number> // 0 = best
  readonly gradeName: ReadonlyMap<string, Rubric['grades']['bands'][number]['name']>
  readonly rootMinAvailability: number
  readonly indexById: ReadonlyMap<string, number>
  readonly leaves: readonly number[]
  /** Flat per-node arrays for the hot loop. */
  readonly flat: Flat
}

/** Per-node data as typed arrays (index = pre-order index). */
export interface Flat {
  readonly parent: Int32Array
  readonly isLeaf: Uint8Array
  readonly extra: Uint8Array
  readonly baseFullMark: Float64Array
  readonly ruleMax: Float64Array
  readonly minAvailability: Float64Array
  /** Missing policy: 1 zero, 2 renormalise, 3 impute. */
  readonly policy: Uint8Array
  /** Imputed normalised value of inner nodes (policy 3). */
  readonly imputed: Float64Array
  /** Children in CSR form: children of i are childList[childStart[i] .. childStart[i + 1]). */
  readonly childStart: Int32Array
  readonly childList: Int32Array
  readonly ids: readonly string[]
  readonly parentIds: readonly (string | null)[]
  /** Scorers of the leaves (undefined for inner nodes). */
  readonly scorers: readonly (Scorer | undefined)[]
  /** 1 for `deduction` leaves. */
  readonly deduction: Uint8Array
  /** Leaf indices in pre-order. */
  readonly leafList: Int32Array
  /** Inner-node indices in post-order (children before parents). */
  readonly innerPost: Int32Array
  /** The full mark a sheet shows: rounded on the points grid when rounding is at each level (and ≠ 0). */
  readonly shownFullMark: Float64Array
  /** Rule kind code per node for the hot loop (see {@link KIND}); 0 for inner nodes. */
  readonly kind: Uint8Array
  /** Up to 3 parameters per node at `3·i` (meaning by kind, see `flatten`). */
  readonly param: Float64Array
  /** `bands` tables in CSR form: bands of i are at `bandStart[i] .. bandStart[i + 1]`. */
  readonly bandStart: Int32Array
  readonly bandLo: Float64Array
  readonly bandHi: Float64Array
  readonly bandLoIncl: Uint8Array
  readonly bandHiIncl: Uint8Array
  readonly bandPts: Float64Array
  /** `piecewise` breakpoints in CSR form: `pwStart[i] .. pwStart[i + 1]`. */
  readonly pwStart: Int32Array
  readonly pwX: Float64Array
  readonly pwY: Float64Array
  /** Depth per node (1 = dimension). */
  readonly depth: Uint8Array
}

/**
 * Rule kinds scored inline from a finite number (see `evaluateLeaves`); `OTHER` (checklist,
 * degree, boolean) and every non-number value go through the rule's scorer closure.
 */
export const KIND = {
  INNER: 0, BENEFIT: 1, COST: 2, TARGET: 3, INTERVAL: 4, GOALPOSTS: 5, BANDS: 6, PIECEWISE: 7, DEDUCTION: 8, BONUS: 9, OTHER: 10,
} as const

const POLICY_CODE = { zero: 1, renormalise: 2, impute: 3 } as const

/**
 * The same string as a V8 property key (internalized): ids built at run time (template literals,
 * string concatenation) are not, and every keyed read with such a string looks it up in the
 * string table first. Reading each subject's values with the internalized id skips that.
 */
function internalized(s: string): string {
  return Object.keys({ [s]: 0 })[0]!
}

function flatten(nodes: readonly CNode[], rounding: RubricRounding): Flat {
  const n = nodes.length
  const f: { -readonly [K in keyof Flat]: Flat[K] } = {
    parent: new Int32Array(n),
    isLeaf: new Uint8Array(n),
    extra: new Uint8Array(n),
    baseFullMark: new Float64Array(n),
    ruleMax: new Float64Array(n),
    minAvailability: new Float64Array(n),
    policy: new Uint8Array(n),
    imputed: new Float64Array(n),
    childStart: new Int32Array(n + 1),
    childList: new Int32Array(Math.max(0, n - 1)),
    ids: Object.freeze(nodes.map((x) => internalized(x.id))),
    parentIds: nodes.map((x) => (x.parent === -1 ? null : nodes[x.parent]!.id)),
    scorers: nodes.map((x) => x.score),
    deduction: Uint8Array.from(nodes, (x) => (x.rule?.kind === 'deduction' ? 1 : 0)),
    leafList: Int32Array.from(nodes.filter((x) => x.rule !== undefined), (x) => x.index),
    innerPost: Int32Array.from(nodes.filter((x) => x.rule === undefined).reverse(), (x) => x.index),
    shownFullMark: new Float64Array(n),
    kind: new Uint8Array(n),
    param: new Float64Array(3 * n),
    bandStart: new Int32Array(n + 1),
    bandLo: new Float64Array(0),
    bandHi: new Float64Array(0),
    bandLoIncl: new Uint8Array(0),
    bandHiIncl: new Uint8Array(0),
    bandPts: new Float64Array(0),
    pwStart: new Int32Array(n + 1),
    pwX: new Float64Array(0),
    pwY: new Float64Array(0),
    depth: Uint8Array.from(nodes, (x) => x.depth),
  }
  fillKinds(nodes, f)
  const eachLevel = rounding.at === 'each-level' && rounding.mode !== 'none'
  let k = 0
  for (let i = 0; i < n; i++) {
    const c = nodes[i]!
    f.parent[i] = c.parent
    f.isLeaf[i] = c.rule === undefined ? 0 : 1
    f.extra[i] = c.extra ? 1 : 0
    f.baseFullMark[i] = c.baseFullMark
    f.ruleMax[i] = c.ruleMax
    f.minAvailability[i] = c.minAvailability
    f.policy[i] = POLICY_CODE[c.missing.policy]
    f.imputed[i] = c.rule === undefined && c.missing.policy === 'impute' ? (c.missing.value as number) : 0
    f.childStart[i] = k
    for (const ch of c.children) f.childList[k++] = ch
    f.shownFullMark[i] = eachLevel && c.baseFullMark !== 0 ? roundTo(c.baseFullMark, rounding.mode, rounding.decimals) : c.baseFullMark
  }
  f.childStart[n] = k
  return f
}

/** Kind codes and parameters of the leaves (the same numbers the scorer closures capture). */
function fillKinds(nodes: readonly CNode[], f: { -readonly [K in keyof Flat]: Flat[K] }): void {
  const { kind, param } = f
  const bands: { lo: number; hi: number; loIncl: number; hiIncl: number; pts: number }[] = []
  const pw: (readonly [number, number])[] = []
  for (let i = 0; i < nodes.length; i++) {
    f.bandStart[i] = bands.length
    f.pwStart[i] = pw.length
    const r = nodes[i]!.rule
    if (r === undefined) continue
    const p = 3 * i
    switch (r.kind) {
      case 'benefit':
        kind[i] = KIND.BENEFIT
        param[p] = r.target
        break
      case 'cost':
        kind[i] = KIND.COST
        param[p] = r.best
        param[p + 1] = r.worst
        break
      case 'target':
        kind[i] = KIND.TARGET
        param[p] = r.target
        param[p + 1] = r.tolerance
        break
      case 'interval':
        kind[i] = KIND.INTERVAL
        param[p] = r.low
        param[p + 1] = r.high
        param[p + 2] = r.tolerance
        break
      case 'goalposts':
        kind[i] = KIND.GOALPOSTS
        param[p] = r.lower
        param[p + 1] = r.upper
        param[p + 2] = r.direction === 'benefit' ? 1 : 0
        break
      case 'bands':
        kind[i] = KIND.BANDS
        param[p] = r.otherwise
        for (const b of r.bands) {
          bands.push({
            lo: b.min ?? -Infinity,
            hi: b.max ?? Infinity,
            loIncl: b.min === undefined || b.minInclusive === true ? 1 : 0,
            hiIncl: b.max === undefined || b.maxInclusive === true ? 1 : 0,
            pts: b.points,
          })
        }
        break
      case 'piecewise':
        kind[i] = KIND.PIECEWISE
        pw.push(...r.points)
        break
      case 'deduction':
        kind[i] = KIND.DEDUCTION
        param[p] = r.start
        param[p + 1] = r.perDefect
        param[p + 2] = r.floor
        break
      case 'bonus':
        kind[i] = KIND.BONUS
        param[p] = r.perItem
        param[p + 1] = r.cap
        break
      default:
        kind[i] = KIND.OTHER
    }
  }
  f.bandStart[nodes.length] = bands.length
  f.pwStart[nodes.length] = pw.length
  f.bandLo = Float64Array.from(bands, (b) => b.lo)
  f.bandHi = Float64Array.from(bands, (b) => b.hi)
  f.bandLoIncl = Uint8Array.from(bands, (b) => b.loIncl)
  f.bandHiIncl = Uint8Array.from(bands, (b) => b.hiIncl)
  f.bandPts = Float64Array.from(bands, (b) => b.pts)
  f.pwX = Float64Array.from(pw, (x) => x[0])
  f.pwY = Float64Array.from(pw, (x) => x[1])
}

const cache = new WeakMap<object, Compiled>()
const ZERO: MissingPolicy = Object.freeze({ policy: 'zero' })

function finite(x: unknown, path: string, what: string): number {
  if (!isFiniteNumber(x)) invalidRubric(path, `${what} must be a finite number`)
  return x
}

function nonNeg(x: unknown, path: string, what: string): number {
  const v = finite(x, path, what)
  if (v < 0) invalidRubric(path, `${what} must be ≥ 0`)
  return v
}

function positive(x: unknown, path: string, what: string): number {
  const v = finite(x, path, what)
  if (v <= 0) invalidRubric(path, `${what} must be > 0`)
  return v
}

function checkId(x: unknown, path: string): string {
  if (typeof x !== 'string' || x.length === 0 || x.length > 100) invalidRubric(path, 'id must be a string of 1–100 characters')
  return x
}

function checkLabel(x: unknown, path: string): void {
  if (!isPlainObject(x) || typeof x['zh-CN'] !== 'string' || typeof x.en !== 'string') {
    invalidRubric(path, 'name must have zh-CN and en strings')
  }
}

function list(x: unknown, path: string, what: string): readonly unknown[] {
  if (!Array.isArray(x)) invalidRubric(path, `${what} must be an array`)
  if (x.length > MAX_LIST) invalidRubric(path, `${what} is too long`)
  return x
}

function checkRounding(r: unknown, path: string): void {
  if (!isPlainObject(r)) invalidRubric(path, 'rounding must be an object')
  const modes = ['half-up', 'half-even', 'floor', 'ceil', 'none']
  if (typeof r.mode !== 'string' || !modes.includes(r.mode)) invalidRubric(path, 'unknown rounding mode')
  if (!Number.isInteger(r.decimals) || (r.decimals as number) < 0 || (r.decimals as number) > 6) {
    invalidRubric(path, 'decimals must be an integer in 0–6')
  }
}

function checkMissing(m: unknown, path: string): MissingPolicy {
  if (!isPlainObject(m)) invalidRubric(path, 'missing policy must be an object')
  if (m.policy === 'zero' || m.policy === 'renormalise') return m as unknown as MissingPolicy
  if (m.policy === 'impute') {
    if (!('value' in m)) invalidRubric(path, 'impute needs a value')
    return m as unknown as MissingPolicy
  }
  return invalidRubric(path, 'unknown missing policy')
}

/** Validates a leaf rule and returns its maximum points (1 for fraction rules). */
function checkRule(rule: unknown, path: string): { max: number; items: Map<string, number> | undefined } {
  if (!isPlainObject(rule)) invalidRubric(path, 'rule must be an object')
  const r = rule as unknown as LeafRule
  switch (r.kind) {
    case 'benefit':
      positive(r.target, path, 'target')
      return { max: 1, items: undefined }
    case 'cost':
      if (finite(r.best, path, 'best') >= finite(r.worst, path, 'worst')) invalidRubric(path, 'best must be < worst')
      return { max: 1, items: undefined }
    case 'target':
      finite(r.target, path, 'target')
      positive(r.tolerance, path, 'tolerance')
      return { max: 1, items: undefined }
    case 'interval':
      if (finite(r.low, path, 'low') > finite(r.high, path, 'high')) invalidRubric(path, 'low must be ≤ high')
      positive(r.tolerance, path, 'tolerance')
      return { max: 1, items: undefined }
    case 'goalposts':
      if (finite(r.lower, path, 'lower') >= finite(r.upper, path, 'upper')) invalidRubric(path, 'lower must be < upper')
      {
        const dir: unknown = r.direction
        if (dir !== 'benefit' && dir !== 'cost') invalidRubric(path, 'direction must be benefit or cost')
      }
      return { max: 1, items: undefined }
    case 'bands': {
      let max = nonNeg(r.otherwise, path, 'otherwise')
      list(r.bands, path, 'bands').forEach((b, i) => {
        const p = `${path}.bands[${i}]`
        if (!isPlainObject(b)) invalidRubric(p, 'band must be an object')
        const lo = b.min === undefined ? -Infinity : finite(b.min, p, 'min')
        const hi = b.max === undefined ? Infinity : finite(b.max, p, 'max')
        if (lo > hi) invalidRubric(p, 'min must be ≤ max')
        for (const k of ['minInclusive', 'maxInclusive'] as const) {
          if (b[k] !== undefined && typeof b[k] !== 'boolean') invalidRubric(p, `${k} must be a boolean`)
        }
        max = Math.max(max, nonNeg(b.points, p, 'points'))
      })
      if (max <= 0) invalidRubric(path, 'the highest band must give points > 0')
      return { max, items: undefined }
    }
    case 'piecewise': {
      const pts = list(r.points, path, 'points')
      if (pts.length < 2) invalidRubric(path, 'piecewise needs at least 2 breakpoints')
      let max = 0
      let prev = -Infinity
      pts.forEach((pt, i) => {
        const p = `${path}.points[${i}]`
        if (!Array.isArray(pt) || pt.length !== 2) invalidRubric(p, 'a breakpoint is [x, y]')
        const x = finite(pt[0], p, 'x')
        if (x <= prev) invalidRubric(p, 'x must be strictly increasing')
        prev = x
        max = Math.max(max, nonNeg(pt[1], p, 'y'))
      })
      if (max <= 0) invalidRubric(path, 'the highest breakpoint must give points > 0')
      return { max, items: undefined }
    }
    case 'checklist': {
      const items = new Map<string, number>()
      let sum = 0
      list(r.items, path, 'items').forEach((it, i) => {
        const p = `${path}.items[${i}]`
        if (!isPlainObject(it)) invalidRubric(p, 'item must be an object')
        const id = checkId(it.id, p)
        checkLabel(it.name, p)
        if (items.has(id)) invalidRubric(p, `duplicate item id ${id}`)
        const pts = nonNeg(it.points, p, 'points')
        items.set(id, pts)
        sum += pts
      })
      if (sum <= 0) invalidRubric(path, 'checklist items must give points > 0 in total')
      return { max: sum, items }
    }
    case 'degree': {
      const full = positive(r.full, path, 'full')
      const partial = nonNeg(r.partial, path, 'partial')
      if (partial > full) invalidRubric(path, 'partial must be ≤ full')
      return { max: full, items: undefined }
    }
    case 'deduction': {
      const start = positive(r.start, path, 'start')
      nonNeg(r.perDefect, path, 'perDefect')
      const floor = nonNeg(r.floor, path, 'floor')
      if (floor > start) invalidRubric(path, 'floor must be ≤ start')
      return { max: start, items: undefined }
    }
    case 'bonus':
      nonNeg(r.perItem, path, 'perItem')
      return { max: positive(r.cap, path, 'cap'), items: undefined }
    case 'boolean':
      if (r.invert !== undefined && typeof r.invert !== 'boolean') invalidRubric(path, 'invert must be a boolean')
      return { max: positive(r.points, path, 'points'), items: undefined }
    default:
      return invalidRubric(path, 'unknown rule kind')
  }
}

/** Validates a grade scheme; returns grade rank (0 = best) and names. */
export function checkGradeScheme(s: unknown, path: string): { rank: Map<string, number>; names: Map<string, GradeScheme['bands'][number]['name']> } {
  if (!isPlainObject(s)) invalidRubric(path, 'grade scheme must be an object')
  checkId(s.id, path)
  checkLabel(s.name, path)
  positive(s.scale, path, 'scale')
  checkRounding(s.rounding, `${path}.rounding`)
  const rank = new Map<string, number>()
  const names = new Map<string, GradeScheme['bands'][number]['name']>()
  let prev = Infinity
  list(s.bands, path, 'bands').forEach((b, i) => {
    const p = `${path}.bands[${i}]`
    if (!isPlainObject(b)) invalidRubric(p, 'grade band must be an object')
    const id = checkId(b.id, p)
    checkLabel(b.name, p)
    if (rank.has(id)) invalidRubric(p, `duplicate grade ${id}`)
    const min = finite(b.min, p, 'min')
    if (min >= prev) invalidRubric(p, 'grade minimums must strictly decrease')
    prev = min
    if (typeof b.inclusive !== 'boolean') invalidRubric(p, 'inclusive must be a boolean')
    rank.set(id, i)
    names.set(id, b.name as GradeScheme['bands'][number]['name'])
  })
  if (s.below !== undefined) {
    if (!isPlainObject(s.below)) invalidRubric(`${path}.below`, 'below must be an object')
    const id = checkId(s.below.id, `${path}.below`)
    checkLabel(s.below.name, `${path}.below`)
    if (rank.has(id)) invalidRubric(`${path}.below`, `duplicate grade ${id}`)
    rank.set(id, rank.size)
    names.set(id, s.below.name as GradeScheme['bands'][number]['name'])
  }
  return { rank, names }
}

function checkCondition(c: unknown, path: string, nodeIds: ReadonlySet<string>): void {
  const stack: [unknown, string, number][] = [[c, path, 0]]
  let count = 0
  while (stack.length > 0) {
    const [x, p, d] = stack.pop()!
    if (++count > MAX_LIST) invalidRubric(path, 'condition is too large')
    if (d > MAX_CONDITION_DEPTH) invalidRubric(p, 'condition is nested too deeply')
    if (!isPlainObject(x)) invalidRubric(p, 'condition must be an object')
    if ('all' in x || 'any' in x) {
      const key = 'all' in x ? 'all' : 'any'
      list(x[key], p, key).forEach((y, i) => stack.push([y, `${p}.${key}[${i}]`, d + 1]))
    } else if ('not' in x) {
      stack.push([x.not, `${p}.not`, d + 1])
    } else {
      const ops = ['<', '<=', '>', '>=', '==', '!=']
      if (typeof x.op !== 'string' || !ops.includes(x.op)) invalidRubric(p, 'unknown operator')
      if ('node' in x) {
        if (typeof x.node !== 'string' || !nodeIds.has(x.node)) invalidRubric(p, 'unknown node')
        finite(x.value, p, 'value')
      } else {
        if (typeof x.ref !== 'string' || x.ref.length === 0) invalidRubric(p, 'ref must be a non-empty string')
        const v = x.value
        if (!(isFiniteNumber(v) || typeof v === 'boolean' || typeof v === 'string')) invalidRubric(p, 'value must be a finite number, boolean or string')
        if (typeof v !== 'number' && x.op !== '==' && x.op !== '!=') invalidRubric(p, 'only == and != compare booleans and strings')
      }
    }
  }
}

function checkRubricShape(r: Record<string, unknown>): void {
  checkId(r.id, 'id')
  if (typeof r.version !== 'string' || r.version.length === 0 || r.version.length > 100) invalidRubric('version', 'version must be a string of 1–100 characters')
  checkLabel(r.name, 'name')
  positive(r.fullMark, 'fullMark', 'fullMark')
  checkMissing(r.missing, 'missing')
  checkRounding(r.rounding, 'rounding')
  const at: unknown = (r.rounding as RubricRounding).at
  if (at !== 'each-level' && at !== 'end') invalidRubric('rounding.at', 'at must be each-level or end')
  if (r.minAvailability !== undefined) {
    const a = nonNeg(r.minAvailability, 'minAvailability', 'minAvailability')
    if (a > 1) invalidRubric('minAvailability', 'minAvailability must be ≤ 1')
  }
}

/** Validates a rubric and precomputes its tree; cached per rubric object. */
export function compileRubric(rubric: Rubric): Compiled {
  return guard('EVAL_RUBRIC_INVALID', () => compile(rubric))
}

function compile(rubric: Rubric): Compiled {
  if (!isPlainObject(rubric)) return invalidRubric('', 'rubric must be an object')
  const hit = cache.get(rubric)
  if (hit !== undefined) return hit
  const r = rubric as unknown as Record<string, unknown>
  checkRubricShape(r)
  const { rank, names } = checkGradeScheme(r.grades, 'grades')
  const defaultMissing = rubric.missing

  // Pre-order traversal with an explicit stack (no recursion), depth-limited (cycles hit the limit).
  interface Pending { node: unknown; parent: number; depth: number; path: string }
  const nodes: CNode[] = []
  const mutableChildren: number[][] = []
  const rootChildren: number[] = []
  const ids = new Set<string>()
  const roots = list(r.children, 'children', 'children')
  if (roots.length === 0) invalidRubric('children', 'a rubric needs at least one dimension')
  const stack: Pending[] = roots.map((n, i) => ({ node: n, parent: -1, depth: 1, path: `children[${i}]` })).reverse()
  const draft: { node: RubricNode; parent: number; depth: number; path: string; rule: LeafRule | undefined; ruleMax: number; items: Map<string, number> | undefined }[] = []
  while (stack.length > 0) {
    const { node, parent, depth, path } = stack.pop()!
    if (draft.length >= MAX_NODES) invalidRubric(path, `a rubric has at most ${MAX_NODES} nodes`)
    if (depth > MAX_DEPTH) invalidRubric(path, `a rubric is at most ${MAX_DEPTH} levels deep`)
    if (!isPlainObject(node)) invalidRubric(path, 'node must be an object')
    const id = checkId(node.id, path)
    if (ids.has(id)) invalidRubric(path, `duplicate node id ${id}`)
    ids.add(id)
    checkLabel(node.name, path)
    if (node.missing !== undefined) {
      const m = checkMissing(node.missing, `${path}.missing`)
      if (m.policy === 'impute' && node.children !== undefined && !(isFiniteNumber(m.value) && m.value >= 0 && m.value <= 1)) {
        invalidRubric(`${path}.missing`, 'an inner node imputes a normalised value in [0, 1]')
      }
    }
    if (node.extra !== undefined && typeof node.extra !== 'boolean') invalidRubric(path, 'extra must be a boolean')
    if (node.minAvailability !== undefined) {
      const a = nonNeg(node.minAvailability, path, 'minAvailability')
      if (a > 1) invalidRubric(path, 'minAvailability must be ≤ 1')
    }
    if (node.weight !== undefined) nonNeg(node.weight, path, 'weight')
    if (node.fullMark !== undefined) nonNeg(node.fullMark, path, 'fullMark')
    if ((node.weight === undefined) === (node.fullMark === undefined)) invalidRubric(path, 'a node has exactly one of weight and fullMark')
    if (node.extra === true && node.fullMark === undefined) invalidRubric(path, 'an extra (加分项) node needs a fullMark')
    const index = draft.length
    const hasChildren = node.children !== undefined
    if (hasChildren === (node.rule !== undefined)) invalidRubric(path, 'a node has exactly one of children and rule')
    let ruleMax = 0
    let items: Map<string, number> | undefined
    if (hasChildren) {
      const kids = list(node.children, path, 'children')
      if (kids.length === 0) invalidRubric(path, 'children must not be empty')
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], parent: index, depth: depth + 1, path: `${path}.children[${i}]` })
    } else {
      const c = checkRule(node.rule, `${path}.rule`)
      ruleMax = c.max
      items = c.items
    }
    draft.push({ node: node as unknown as RubricNode, parent, depth, path, rule: node.rule as LeafRule | undefined, ruleMax, items })
    mutableChildren.push([])
    if (parent === -1) rootChildren.push(index)
    else mutableChildren[parent]!.push(index)
  }

  // Effective full marks, top-down (pre-order guarantees parents come first).
  const fm = new Float64Array(draft.length)
  const assign = (kids: readonly number[], parentFull: number, declared: number | undefined, path: string): void => {
    const counted = kids.filter((k) => draft[k]!.node.extra !== true)
    for (const k of kids) if (draft[k]!.node.extra === true) fm[k] = draft[k]!.node.fullMark!
    if (counted.length === 0) invalidRubric(path, 'every node needs at least one child that is not extra')
    const byWeight = counted.filter((k) => draft[k]!.node.weight !== undefined).length
    if (byWeight !== 0 && byWeight !== counted.length) invalidRubric(path, 'siblings give either all weights or all full marks')
    const total = counted.reduce((s, k) => s + (byWeight > 0 ? draft[k]!.node.weight! : draft[k]!.node.fullMark!), 0)
    if (!(total > 0) || !Number.isFinite(total)) invalidRubric(path, 'the weights or full marks of siblings must sum to a finite number > 0')
    if (byWeight === 0 && declared !== undefined) {
      // Children's full marks must add up to the parent's declared full mark; they are then
      // scaled with the parent (when a weight above made its effective full mark differ).
      if (Math.abs(total - declared) > 1e-9 * Math.max(1, declared)) invalidRubric(path, `children's full marks sum to ${total}, not ${declared}`)
      for (const k of counted) fm[k] = parentFull === declared ? draft[k]!.node.fullMark! : (draft[k]!.node.fullMark! * parentFull) / declared
    } else {
      for (const k of counted) fm[k] = (parentFull * (byWeight > 0 ? draft[k]!.node.weight! : draft[k]!.node.fullMark!)) / total
    }
  }
  assign(rootChildren, rubric.fullMark, rubric.fullMark, 'children')
  for (let i = 0; i < draft.length; i++) {
    const kids = mutableChildren[i]!
    if (kids.length > 0) assign(kids, fm[i]!, draft[i]!.node.fullMark, `${draft[i]!.path}.children`)
  }

  const nodeIds = new Set(ids)
  for (const [key, label] of [['gates', 'require'], ['vetoes', 'when'], ['caps', 'when']] as const) {
    if (r[key] === undefined) continue
    const seen = new Set<string>()
    list(r[key], key, key).forEach((g, i) => {
      const p = `${key}[${i}]`
      if (!isPlainObject(g)) invalidRubric(p, 'must be an object')
      const id = checkId(g.id, p)
      if (seen.has(id)) invalidRubric(p, `duplicate id ${id}`)
      seen.add(id)
      checkLabel(g.name, p)
      checkCondition(g[label], `${p}.${label}`, nodeIds)
      if (key === 'vetoes' && (typeof g.grade !== 'string' || !rank.has(g.grade))) invalidRubric(p, 'veto grade is not in the grade scheme')
      if (key === 'caps' && (typeof g.maxGrade !== 'string' || !rank.has(g.maxGrade))) invalidRubric(p, 'cap grade is not in the grade scheme')
    })
  }

  const out: CNode[] = draft.map((d, i) => ({
    index: i,
    id: d.node.id,
    node: d.node,
    parent: d.parent,
    depth: d.depth,
    children: mutableChildren[i]!,
    rule: d.rule,
    baseFullMark: fm[i]!,
    extra: d.node.extra === true,
    // The rubric's default applies to leaves; an inner node inherits it unless it is `impute`
    // (a leaf value means nothing for a dimension), then it scores zero.
    missing: d.node.missing ?? (d.rule === undefined && defaultMissing.policy === 'impute' ? ZERO : defaultMissing),
    minAvailability: d.node.minAvailability ?? 0,
    ruleMax: d.ruleMax,
    items: d.items,
    score: d.rule === undefined ? undefined : makeScorer(d.node.id, d.rule, d.items, d.ruleMax),
  }))
  for (const c of out) {
    if (c.rule === undefined && c.missing.policy === 'impute') {
      const v = c.missing.value
      if (!(isFiniteNumber(v) && v >= 0 && v <= 1)) invalidRubric(draft[c.index]!.path, 'an inner node imputes a normalised value in [0, 1]')
    }
  }
  nodes.push(...out)
  const postOrder: number[] = []
  for (let i = nodes.length - 1; i >= 0; i--) postOrder.push(i) // children follow parents in pre-order
  const compiled: Compiled = {
    rubric,
    nodes,
    rootChildren,
    postOrder,
    gradeRank: rank,
    gradeName: names,
    rootMinAvailability: (r.minAvailability as number | undefined) ?? 0,
    indexById: new Map(nodes.map((n) => [n.id, n.index])),
    leaves: nodes.filter((n) => n.rule !== undefined).map((n) => n.index),
    flat: flatten(nodes, rubric.rounding),
  }
  cache.set(rubric, compiled)
  return compiled
}

/** Condition type guard helpers for the evaluator. */
export type { Condition }
