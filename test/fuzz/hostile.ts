// Shared pieces of the fuzz tests: the widest `fc.anything`, and the one rule they all check
// (only TongxinError may escape a public function).
import { fc } from '@fast-check/vitest'
import { expect } from 'vitest'
import { isTongxinError } from '../../src/errors/TongxinError'

/** Any value fast-check can make, boxed strings, null prototypes, maps, sets, bigints, dates, typed and sparse arrays included. */
export const anything = fc.anything({
  withObjectString: true,
  withNullPrototype: true,
  withMap: true,
  withSet: true,
  withBigInt: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
})

function expectTongxin(e: unknown): void {
  expect(isTongxinError(e), String(e)).toBe(true)
  expect(typeof (e as { code?: unknown }).code).toBe('string')
}

/**
 * Runs `fn`; whatever it throws must be a TongxinError with a code.
 * @param fn - the call under test
 */
export function onlyTongxin(fn: () => unknown): void {
  try {
    fn()
  } catch (e) {
    expectTongxin(e)
  }
}

/**
 * The same for an async call.
 * @param fn - the call under test
 */
export async function onlyTongxinAsync(fn: () => Promise<unknown>): Promise<void> {
  try {
    await fn()
  } catch (e) {
    expectTongxin(e)
  }
}
