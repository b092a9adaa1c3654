import { isTongxinError } from '../../../src/errors/TongxinError'

/** The TongxinError code thrown by `run`, or 'no error'; rethrows anything else. */
export function codeOf(run: () => unknown): string {
  try {
    run()
  } catch (e) {
    if (isTongxinError(e)) return e.code
    throw e
  }
  return 'no error'
}
