import { TongxinError } from '../../../errors/TongxinError'

/** Throws `EVAL_RUBRIC_INVALID` with a path and a reason. */
export function invalidRubric(path: string, reason: string): never {
  throw new TongxinError('EVAL_RUBRIC_INVALID', { path, reason })
}

/** Throws `EVAL_DATA_INVALID` for one indicator. */
export function invalidData(indicator: string, reason: string): never {
  throw new TongxinError('EVAL_DATA_INVALID', { indicator, reason })
}

/** Runs `f`, turning anything thrown that is not a TongxinError (getters, proxies, stack) into `code`. */
export function guard<T>(code: string, f: () => T): T {
  try {
    return f()
  } catch (e) {
    if (e instanceof TongxinError) throw e
    throw new TongxinError(code, { reason: e instanceof Error ? e.message : describe(e) })
  }
}

/** Whether `x` is a finite number. */
export function isFiniteNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x)
}

/** Whether `x` is a non-null, non-array object. */
export function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}

/** A short, never-throwing description of an untrusted value for a message. */
export function describe(x: unknown): string {
  if (typeof x === 'string') return x.length > 100 ? `${x.slice(0, 100)}…` : x
  if (typeof x === 'number' || typeof x === 'boolean' || typeof x === 'bigint') return String(x)
  return x === null ? 'null' : typeof x
}
