import { emptyState, checkTimeBankPolicy, finish } from './internal/timeBank'
import type { TimeBank, TimeBankPolicy } from './timeBank'

/**
 * 时间储蓄: opens an empty time bank under a policy.
 *
 * @param policy - the policy; default {@link TIMEBANK_POLICY_DEFAULT} (no balance limit)
 * @returns an empty, frozen bank
 * @throws TongxinError `HOURS_EARN_INVALID_ARGUMENT` for a bad policy
 * @see notes/domain.md §2 (2024 意见 §七.3)
 * @example
 * openTimeBank().accounts //=> []
 */
export function openTimeBank(policy?: TimeBankPolicy): TimeBank {
  return finish(emptyState(checkTimeBankPolicy(policy)))
}
