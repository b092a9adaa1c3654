/* eslint-disable @typescript-eslint/no-non-null-assertion -- indices come from the compiled rubric and stay within their bounds */
import type { Band, LeafRule, RubricLabel, RubricNode } from '../../rubric/types'

/** A zh-CN / en label. */
export const L = (zh: string, en: string): RubricLabel => ({ 'zh-CN': zh, en })

/** Deep-freezes plain data (rubrics are small trees; depth ≤ 10). */
export function deepFreeze<T>(x: T): T {
  if (typeof x === 'object' && x !== null && !Object.isFrozen(x)) {
    Object.freeze(x)
    for (const v of Object.values(x)) deepFreeze(v)
  }
  return x
}

/** A leaf with a full mark. */
export function leaf(id: string, zh: string, en: string, fullMark: number, rule: LeafRule, more: Partial<RubricNode> = {}): RubricNode {
  return { id, name: L(zh, en), fullMark, rule, ...more }
}

/** An inner node with a full mark. */
export function dim(id: string, zh: string, en: string, fullMark: number, children: RubricNode[], more: Partial<RubricNode> = {}): RubricNode {
  return { id, name: L(zh, en), fullMark, children, ...more }
}

/** Step bands on a count or ratio: `[[min, points], …]` from high to low, each min inclusive. */
export function steps(pairs: readonly (readonly [number, number])[], otherwise = 0): LeafRule {
  const bands: Band[] = pairs.map(([min, points], i) => {
    const prev = i > 0 ? pairs[i - 1]![0] : undefined
    return prev === undefined ? { min, minInclusive: true, points } : { min, minInclusive: true, max: prev, maxInclusive: false, points }
  })
  return { kind: 'bands', bands, otherwise }
}

/** Missing-data policy: spread over the siblings (indicators a District cannot provide). */
export const RENORMALISE = { policy: 'renormalise' } as const
