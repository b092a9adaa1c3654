import { GRADE_SCHEMES } from '../../../src/evaluation/rubric/gradeSchemes'
import type { LeafRule, Rubric, RubricNode } from '../../../src/evaluation/rubric/types'

export const L = (zh: string, en = zh) => ({ 'zh-CN': zh, en })

export function leaf(id: string, rule: LeafRule, size: { fullMark: number } | { weight: number } = { fullMark: 10 }, extra: Partial<RubricNode> = {}): RubricNode {
  return { id, name: L(id), ...size, rule, ...extra }
}

/** A one-dimension rubric around the given leaves (full marks summed). */
export function oneDim(leaves: RubricNode[], extra: Partial<Rubric> = {}): Rubric {
  const total = leaves.filter((l) => l.extra !== true).reduce((s, l) => s + (l.fullMark ?? 0), 0)
  return {
    id: 't',
    version: '1',
    name: L('测试'),
    fullMark: total,
    children: [{ id: 'd', name: L('维度'), fullMark: total, children: leaves }],
    missing: { policy: 'zero' },
    rounding: { mode: 'none', decimals: 0, at: 'end' },
    grades: { ...GRADE_SCHEMES.excellentGoodPassFail, scale: total },
    ...extra,
  }
}
