import { TongxinError, isTongxinError } from '../../errors/TongxinError'
import type { ServiceRecord } from '../../model/types'
import type { HoursPolicy } from '../types'
import { Batch, type ResolvedContext } from './engine'
import type { Scratch } from './scratch'

/**
 * Reads every record of an array or iterable into a batch and settles duplicates.
 * @param records - the input
 * @param policy - the complete policy
 * @param ctx - the resolved context
 * @param scratch - where the batch's columns live
 * @returns the batch
 * @throws TongxinError `HOURS_INVALID_RECORDS` / `HOURS_INVALID_RECORD`
 */
export function ingest(records: unknown, policy: HoursPolicy, ctx: ResolvedContext, scratch: Scratch): Batch {
  if (Array.isArray(records)) {
    const list = records as readonly unknown[]
    const batch = new Batch(policy, ctx, scratch, list.length, list as readonly ServiceRecord[])
    for (let i = 0; i < list.length; i++) batch.add(list[i], i)
    batch.settle()
    return batch
  }
  const batch = new Batch(policy, ctx, scratch)
  {
    if (
      typeof records !== 'object' ||
      records === null ||
      typeof (records as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function'
    ) {
      throw new TongxinError('HOURS_INVALID_RECORDS', { reason: 'not iterable' })
    }
    let i = 0
    for (const r of records as Iterable<unknown>) batch.add(r, i++)
  }
  batch.settle()
  return batch
}

/**
 * Runs `fn`, turning any error that is not a TongxinError (a throwing iterator, a hostile getter)
 * into one, so that only TongxinError escapes a public function.
 * @param code - the code to use
 * @param fn - the work
 * @returns what `fn` returns
 * @throws TongxinError always, when `fn` throws
 */
export function guard<T>(code: string, fn: () => T): T {
  try {
    return fn()
  } catch (e) {
    if (isTongxinError(e)) throw e
    throw new TongxinError(code, { reason: e instanceof Error ? e.message : String(e) })
  }
}
