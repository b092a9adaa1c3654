import { TongxinError } from '../../errors/TongxinError'
import { applyOperation, checkOperation, finish, stateOf } from './internal/timeBank'
import { listArg } from './internal/validate'
import type { TimeBank, TimeBankBatchResult, TimeBankOperation } from './timeBank'

/**
 * Applies many deposits and withdrawals in the given order, in one pass. An operation the rules
 * refuse (`TIMEBANK_INSUFFICIENT_BALANCE`, `TIMEBANK_DUPLICATE_REFERENCE`, `TIMEBANK_ACCOUNT_LIMIT`)
 * is listed in `rejected` and changes nothing; the others are applied and audited.
 *
 * @param bank - the bank
 * @param operations - operations in the order they happened
 * @returns the new bank and the refused operations with their codes
 * @throws TongxinError `HOURS_EARN_INVALID_ARGUMENT` for a malformed bank or operation
 * @see notes/domain.md §2 (2024 意见 §七.3: 时间储蓄)
 * @example
 * const { bank, rejected } = applyTimeBankOperations(openTimeBank(), [
 *   { kind: 'deposit', holderId: 'V1', minutes: 60, at: '2025-03-08T12:00:00+08:00' },
 *   { kind: 'withdrawal', holderId: 'V1', minutes: 90, at: '2025-03-09T12:00:00+08:00' },
 * ])
 * rejected[0].code //=> 'TIMEBANK_INSUFFICIENT_BALANCE'
 */
export function applyTimeBankOperations(bank: TimeBank, operations: Iterable<TimeBankOperation>): TimeBankBatchResult {
  const state = stateOf(bank, 'bank')
  const ops = listArg(operations, 'operations').map((o, i) => checkOperation(o, `operations[${i}]`))
  const rejected: { index: number; code: string; params: Readonly<Record<string, unknown>> }[] = []
  ops.forEach((op, index) => {
    try {
      applyOperation(state, op)
    } catch (e) {
      if (!(e instanceof TongxinError) || !e.code.startsWith('TIMEBANK_')) throw e
      rejected.push(Object.freeze({ index, code: e.code, params: e.params }))
    }
  })
  return Object.freeze({ bank: finish(state), rejected: Object.freeze(rejected) })
}
