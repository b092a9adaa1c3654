import type * as z from 'zod'
import type { TongxinIssue } from '../errors/TongxinError'

const ZOD_CODE_TO_TONGXIN: Readonly<Record<string, string>> = {
  invalid_type: 'MODEL_INVALID_TYPE',
  too_small: 'MODEL_TOO_SMALL',
  too_big: 'MODEL_TOO_BIG',
  invalid_format: 'MODEL_INVALID_FORMAT',
  invalid_value: 'MODEL_INVALID_VALUE',
}

/**
 * Turns zod issues into coded tongxin issues with their paths. Custom refinements carry their
 * code in `params.code`; the others map by zod's own code.
 * @param issues - zod issues
 * @returns coded issues, in zod's order
 * @example
 * toTongxinIssues(result.error.issues)[0].code //=> 'MODEL_DATE_NOT_REAL'
 */
export function toTongxinIssues(issues: readonly z.core.$ZodIssue[]): TongxinIssue[] {
  return issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)))
    if (issue.code === 'custom') {
      const { code, ...params } = (issue.params ?? {}) as { code?: unknown } & Record<string, unknown>
      return { code: typeof code === 'string' ? code : 'MODEL_INVALID', params, path }
    }
    const params: Record<string, unknown> = {}
    if ('expected' in issue) params.expected = issue.expected
    if ('minimum' in issue) params.minimum = String(issue.minimum)
    if ('maximum' in issue) params.maximum = String(issue.maximum)
    if ('format' in issue) params.format = issue.format
    if ('values' in issue) params.values = issue.values.map(String)
    return { code: ZOD_CODE_TO_TONGXIN[issue.code] ?? 'MODEL_INVALID', params, path }
  })
}
