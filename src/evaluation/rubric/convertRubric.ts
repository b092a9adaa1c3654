/* eslint-disable @typescript-eslint/no-non-null-assertion -- indices come from the compiled rubric and stay within their bounds */
import { compileRubric } from './internal/compile'
import type { Rubric, RubricNode } from './types'

function rebuild(rubric: Rubric, form: 'fullMark' | 'weight'): Rubric {
  const c = compileRubric(rubric)
  // Sibling totals of the effective full marks (non-extra nodes).
  const siblingTotal = (parent: number): number => {
    const kids = parent === -1 ? c.rootChildren : c.nodes[parent]!.children
    return kids.reduce((s, k) => s + (c.nodes[k]!.extra ? 0 : c.nodes[k]!.baseFullMark), 0)
  }
  const built: RubricNode[] = new Array<RubricNode>(c.nodes.length)
  for (const i of c.postOrder) {
    const n = c.nodes[i]!
    const { weight: _w, fullMark: _f, children: _c, ...rest } = n.node
    const size: Pick<RubricNode, 'weight' | 'fullMark'> = n.extra
      ? { fullMark: n.baseFullMark }
      : form === 'fullMark'
        ? { fullMark: n.baseFullMark }
        : { weight: n.baseFullMark / siblingTotal(n.parent) }
    built[i] = n.rule !== undefined ? { ...rest, ...size } : { ...rest, ...size, children: n.children.map((k) => built[k]!) }
  }
  return { ...rubric, children: c.rootChildren.map((k) => built[k]!) }
}

/**
 * Converts a rubric to the 满分 form: every node gets its effective full mark in points
 * (weights × parent full mark ÷ sibling weight sum). Scores are unchanged.
 *
 * @param rubric - a typed rubric, in either form
 * @returns the same rubric with full marks only
 * @throws TongxinError `EVAL_RUBRIC_INVALID` for an inconsistent rubric
 * @example
 * rubricToFullMarks(rubric).children[0].fullMark //=> 10
 */
export function rubricToFullMarks(rubric: Rubric): Rubric {
  return rebuild(rubric, 'fullMark')
}

/**
 * Converts a rubric to the weight form: every node's weight is its share of its parent's full
 * mark (siblings sum to 1); 加分项 (extra) nodes keep their full mark. Scores are unchanged.
 *
 * @param rubric - a typed rubric, in either form
 * @returns the same rubric with weights
 * @throws TongxinError `EVAL_RUBRIC_INVALID` for an inconsistent rubric
 * @example
 * rubricToWeights(rubric).children.reduce((s, d) => s + (d.weight ?? 0), 0) //=> 1
 */
export function rubricToWeights(rubric: Rubric): Rubric {
  return rebuild(rubric, 'weight')
}
