import type { CheckFailure } from '../types'

/** A frozen failure result. */
export function fail<C extends string>(code: C, params: Readonly<Record<string, string | number>> = {}): CheckFailure<C> {
  return Object.freeze({ ok: false, code, params: Object.freeze({ ...params }) })
}
