// Time bank (时间储蓄) types and policy.

/**
 * The time-bank policy. The 2024 意见 asks for 时间储蓄 but sets no rules; the default has no limit.
 * @see notes/domain.md §2 (2024 中办/国办《关于健全新时代志愿服务体系的意见》 §七.3: 服务积分, 时间储蓄)
 * @example
 * const p: TimeBankPolicy = { ...TIMEBANK_POLICY_DEFAULT, maxBalanceMinutes: 100 * 60 }
 */
export interface TimeBankPolicy {
  /** A stable identifier. */
  readonly id: string
  /** The highest balance an account may reach, in minutes, or null for no limit. */
  readonly maxBalanceMinutes: number | null
  /** Where the rule comes from. */
  readonly source: string
}

/**
 * The default: no balance limit; withdrawals never beyond the balance.
 * @see notes/domain.md §2 (2024 意见 §七.3)
 * @example
 * TIMEBANK_POLICY_DEFAULT.maxBalanceMinutes //=> null
 */
export const TIMEBANK_POLICY_DEFAULT: TimeBankPolicy = Object.freeze({
  id: 'default',
  maxBalanceMinutes: null,
  source: '2024 意见 §七.3 (时间储蓄); no national rule on limits',
})

/**
 * A deposit or withdrawal to apply. `at` is passed in, never read from a clock.
 * @example
 * const op: TimeBankOperation = { kind: 'deposit', holderId: 'V1', minutes: 120, at: '2025-03-08T12:00:00+08:00', ref: 'r1' }
 */
export interface TimeBankOperation {
  /** `deposit` (存入) or `withdrawal` (支取). */
  readonly kind: 'deposit' | 'withdrawal'
  /** The account holder (a volunteer id). */
  readonly holderId: string
  /** Minutes moved: a positive integer. */
  readonly minutes: number
  /** When it happened, ISO 8601 with offset. */
  readonly at: string
  /** A unique reference (e.g. the service record id of a deposit); a repeated one is rejected. */
  readonly ref?: string
  /** A free note. */
  readonly note?: string
}

/**
 * One applied movement: the audit entry.
 * @example
 * bank.movements[0] //=> { seq: 1, kind: 'deposit', holderId: 'V1', minutes: 120, balanceBefore: 0, balanceAfter: 120, … }
 */
export interface TimeBankMovement extends TimeBankOperation {
  /** 1, 2, 3, … in the order applied. */
  readonly seq: number
  /** The holder's balance before. */
  readonly balanceBefore: number
  /** The holder's balance after (never negative). */
  readonly balanceAfter: number
}

/**
 * One holder's account.
 * @example
 * bank.accounts[0] //=> { holderId: 'V1', balanceMinutes: 60, depositedMinutes: 120, withdrawnMinutes: 60 }
 */
export interface TimeBankAccount {
  /** The account holder. */
  readonly holderId: string
  /** The balance in minutes (≥ 0). */
  readonly balanceMinutes: number
  /** All minutes deposited. */
  readonly depositedMinutes: number
  /** All minutes withdrawn. */
  readonly withdrawnMinutes: number
}

/**
 * A time bank (时间储蓄): frozen accounts and the audit of every movement. Operations return a new bank.
 * @example
 * const bank: TimeBank = openTimeBank()
 */
export interface TimeBank {
  /** Accounts, sorted by holder id. */
  readonly accounts: readonly TimeBankAccount[]
  /** Every movement, in the order applied. */
  readonly movements: readonly TimeBankMovement[]
  /** The policy used. */
  readonly policy: TimeBankPolicy
}

/**
 * The result of applying many operations: the new bank and the operations refused, with why.
 * @example
 * const { bank, rejected } = applyTimeBankOperations(openTimeBank(), ops)
 */
export interface TimeBankBatchResult {
  /** The bank after every accepted operation. */
  readonly bank: TimeBank
  /** Refused operations: their index in the input, code (`TIMEBANK_*`) and params. */
  readonly rejected: readonly { readonly index: number; readonly code: string; readonly params: Readonly<Record<string, unknown>> }[]
}
