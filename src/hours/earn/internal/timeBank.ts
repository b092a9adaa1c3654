// The time-bank core: a mutable working state, built from a frozen bank and frozen back.
import { TongxinError } from '../../../errors/TongxinError'
import type { TimeBank, TimeBankAccount, TimeBankMovement, TimeBankOperation, TimeBankPolicy } from '../timeBank'
import { TIMEBANK_POLICY_DEFAULT } from '../timeBank'
import { compareIds, fail, instantArg, isObject, listArg, objectArg, optionalString, own, positiveIntArg, safeAdd, stringArg } from './validate'

const banks = new WeakSet<object>()

interface Account {
  holderId: string
  balanceMinutes: number
  depositedMinutes: number
  withdrawnMinutes: number
}

/** A working copy of a bank. */
export interface BankState {
  readonly policy: TimeBankPolicy
  readonly accounts: Map<string, Account>
  readonly refs: Set<string>
  readonly movements: TimeBankMovement[]
}

/** Validates a time-bank policy (undefined → default). */
export function checkTimeBankPolicy(value: unknown): TimeBankPolicy {
  if (value === undefined || value === TIMEBANK_POLICY_DEFAULT) return TIMEBANK_POLICY_DEFAULT
  const o = objectArg(value, 'policy')
  const id = stringArg(own(o, 'id'), 'policy.id', 200)
  const source = own(o, 'source')
  if (typeof source !== 'string' || source.length > 2000) fail('policy.source', 'expected a string')
  const max = own(o, 'maxBalanceMinutes')
  if (max !== null && (typeof max !== 'number' || !Number.isSafeInteger(max) || max < 0)) {
    fail('policy.maxBalanceMinutes', 'expected a non-negative integer or null')
  }
  return Object.freeze({ id, maxBalanceMinutes: max, source })
}

/** Validates one operation. */
export function checkOperation(value: unknown, name: string): TimeBankOperation {
  const o = objectArg(value, name)
  const kind = own(o, 'kind')
  if (kind !== 'deposit' && kind !== 'withdrawal') fail(`${name}.kind`, 'expected deposit or withdrawal')
  const at = own(o, 'at')
  instantArg(at, `${name}.at`)
  const op: { -readonly [K in keyof TimeBankOperation]: TimeBankOperation[K] } = {
    kind,
    holderId: stringArg(own(o, 'holderId'), `${name}.holderId`, 200),
    minutes: positiveIntArg(own(o, 'minutes'), `${name}.minutes`),
    at: at as string,
  }
  const ref = optionalString(own(o, 'ref'), `${name}.ref`, 200)
  if (ref !== undefined) op.ref = ref
  const note = optionalString(own(o, 'note'), `${name}.note`)
  if (note !== undefined) op.note = note
  return op
}

/** Applies one checked operation to a state, or throws its TIMEBANK_ code (leaving the state unchanged). */
export function applyOperation(state: BankState, op: TimeBankOperation): void {
  if (op.ref !== undefined && state.refs.has(op.ref)) throw new TongxinError('TIMEBANK_DUPLICATE_REFERENCE', { ref: op.ref })
  const account = state.accounts.get(op.holderId) ?? { holderId: op.holderId, balanceMinutes: 0, depositedMinutes: 0, withdrawnMinutes: 0 }
  const before = account.balanceMinutes
  let after: number
  if (op.kind === 'withdrawal') {
    if (op.minutes > before) {
      throw new TongxinError('TIMEBANK_INSUFFICIENT_BALANCE', { holderId: op.holderId, balance: before, requested: op.minutes })
    }
    after = before - op.minutes
  } else {
    after = safeAdd(before, op.minutes, 'balanceMinutes')
    const limit = state.policy.maxBalanceMinutes
    if (limit !== null && after > limit) throw new TongxinError('TIMEBANK_ACCOUNT_LIMIT', { holderId: op.holderId, limit })
  }
  const deposited = op.kind === 'deposit' ? safeAdd(account.depositedMinutes, op.minutes, 'depositedMinutes') : account.depositedMinutes
  const withdrawn = op.kind === 'withdrawal' ? account.withdrawnMinutes + op.minutes : account.withdrawnMinutes
  account.balanceMinutes = after
  account.depositedMinutes = deposited
  account.withdrawnMinutes = withdrawn
  state.accounts.set(op.holderId, account)
  if (op.ref !== undefined) state.refs.add(op.ref)
  state.movements.push(Object.freeze({ ...op, seq: state.movements.length + 1, balanceBefore: before, balanceAfter: after }))
}

/** An empty working state. */
export function emptyState(policy: TimeBankPolicy): BankState {
  return { policy, accounts: new Map(), refs: new Set(), movements: [] }
}

/**
 * A working state from a bank. A bank made by this module is trusted; any other object (e.g. one
 * read back from JSON) is rebuilt by replaying its movements, and must match its accounts.
 */
export function stateOf(value: unknown, name: string): BankState {
  if (!isObject(value)) fail(name, 'expected a time bank')
  const policy = banks.has(value) ? (value as unknown as TimeBank).policy : checkTimeBankPolicy(own(value, 'policy'))
  const state = emptyState(policy)
  const movements = own(value, 'movements')
  if (!Array.isArray(movements)) fail(`${name}.movements`, 'expected a list')
  if (banks.has(value)) {
    for (const m of movements as TimeBank['movements']) {
      state.movements.push(m)
      if (m.ref !== undefined) state.refs.add(m.ref)
    }
    for (const a of (value as unknown as TimeBank).accounts) state.accounts.set(a.holderId, { ...a })
    return state
  }
  listArg(movements, `${name}.movements`).forEach((m, i) => {
    const op = checkOperation(m, `${name}.movements[${i}]`)
    try {
      applyOperation(state, op)
    } catch (e) {
      if (e instanceof TongxinError) fail(`${name}.movements[${i}]`, `cannot be replayed: ${e.code}`)
      throw e
    }
  })
  const accounts = listArg(own(value, 'accounts'), `${name}.accounts`)
  const rebuilt = finish(state).accounts
  const same =
    accounts.length === rebuilt.length &&
    accounts.every((a, i) => {
      const b = rebuilt[i]
      return (
        isObject(a) &&
        b !== undefined &&
        own(a, 'holderId') === b.holderId &&
        own(a, 'balanceMinutes') === b.balanceMinutes &&
        own(a, 'depositedMinutes') === b.depositedMinutes &&
        own(a, 'withdrawnMinutes') === b.withdrawnMinutes
      )
    })
  if (!same) fail(`${name}.accounts`, 'the accounts do not match the replayed movements')
  return state
}

/** Freezes a working state into a bank. */
export function finish(state: BankState): TimeBank {
  const accounts: TimeBankAccount[] = [...state.accounts.values()]
    .sort((a, b) => compareIds(a.holderId, b.holderId))
    .map((a) => Object.freeze({ ...a }))
  const bank: TimeBank = Object.freeze({
    accounts: Object.freeze(accounts),
    movements: Object.freeze([...state.movements]),
    policy: state.policy,
  })
  banks.add(bank)
  return bank
}
