import type { Condition, SubjectData } from '../types'
import { lookupValue } from './leaf'

/**
 * Evaluates a (validated, depth-limited) condition. A `node` comparison reads the node's points
 * at `vals[base + index.get(node)]`.
 */
export function holds(c: Condition, data: SubjectData, vals: Float64Array, base: number, index: ReadonlyMap<string, number>): boolean {
  if ('all' in c) {
    for (const x of c.all) if (!holds(x, data, vals, base, index)) return false
    return true
  }
  if ('any' in c) {
    for (const x of c.any) if (holds(x, data, vals, base, index)) return true
    return false
  }
  if ('not' in c) return !holds(c.not, data, vals, base, index)
  const v: unknown = 'node' in c ? vals[base + (index.get(c.node) ?? 0)] : lookupValue(data, c.ref)
  const w = c.value
  if (typeof v !== typeof w || (typeof v === 'number' && !Number.isFinite(v))) return false
  switch (c.op) {
    case '==':
      return v === w
    case '!=':
      return v !== w
    case '<':
      return (v as number) < (w as number)
    case '<=':
      return (v as number) <= (w as number)
    case '>':
      return (v as number) > (w as number)
    default:
      return (v as number) >= (w as number)
  }
}
