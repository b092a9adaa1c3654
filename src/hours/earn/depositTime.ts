import { applyOperation, checkOperation, finish, stateOf } from './internal/timeBank'
import { objectArg } from './internal/validate'
import type { TimeBank, TimeBankOperation } from './timeBank'

/**
 * 存入: deposits minutes to a holder's account and returns the new bank (the old one is unchanged).
 *
 * @param bank - the bank
 * @param deposit - holder, positive minutes, instant, optional unique `ref` and note
 * @returns the new frozen bank, with the movement audited
 * @throws TongxinError `TIMEBANK_DUPLICATE_REFERENCE` for a repeated ref; `TIMEBANK_ACCOUNT_LIMIT` above the policy limit; `HOURS_EARN_INVALID_ARGUMENT` for malformed input
 * @see notes/domain.md §2 (2024 意见 §七.3: 时间储蓄)
 * @example
 * const bank = depositTime(openTimeBank(), { holderId: 'V1', minutes: 120, at: '2025-03-08T12:00:00+08:00', ref: 'r1' })
 * bank.accounts[0].balanceMinutes //=> 120
 */
export function depositTime(bank: TimeBank, deposit: Omit<TimeBankOperation, 'kind'>): TimeBank {
  const state = stateOf(bank, 'bank')
  const op = checkOperation({ ...objectArg(deposit, 'deposit'), kind: 'deposit' }, 'deposit')
  applyOperation(state, op)
  return finish(state)
}
