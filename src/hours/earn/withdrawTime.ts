import { applyOperation, checkOperation, finish, stateOf } from './internal/timeBank'
import { objectArg } from './internal/validate'
import type { TimeBank, TimeBankOperation } from './timeBank'

/**
 * 支取: withdraws minutes from a holder's account and returns the new bank. A withdrawal beyond
 * the balance is refused with `TIMEBANK_INSUFFICIENT_BALANCE` — never clamped — so a balance can
 * never become negative.
 *
 * @param bank - the bank
 * @param withdrawal - holder, positive minutes, instant, optional unique `ref` and note
 * @returns the new frozen bank, with the movement audited
 * @throws TongxinError `TIMEBANK_INSUFFICIENT_BALANCE` beyond the balance; `TIMEBANK_DUPLICATE_REFERENCE` for a repeated ref; `HOURS_EARN_INVALID_ARGUMENT` for malformed input
 * @see notes/domain.md §2 (2024 意见 §七.3: 时间储蓄)
 * @example
 * const bank = depositTime(openTimeBank(), { holderId: 'V1', minutes: 120, at: '2025-03-08T12:00:00+08:00' })
 * withdrawTime(bank, { holderId: 'V1', minutes: 60, at: '2025-04-01T09:00:00+08:00' }).accounts[0].balanceMinutes //=> 60
 */
export function withdrawTime(bank: TimeBank, withdrawal: Omit<TimeBankOperation, 'kind'>): TimeBank {
  const state = stateOf(bank, 'bank')
  const op = checkOperation({ ...objectArg(withdrawal, 'withdrawal'), kind: 'withdrawal' }, 'withdrawal')
  applyOperation(state, op)
  return finish(state)
}
