import { describe, expect, it } from 'vitest'
import {
  TIMEBANK_POLICY_DEFAULT,
  applyTimeBankOperations,
  depositTime,
  openTimeBank,
  withdrawTime,
} from '../../../src/hours/earn/index'

const at = '2025-03-08T12:00:00+08:00'

describe('time bank', () => {
  it('deposits and withdraws with an audit of each movement', () => {
    const empty = openTimeBank()
    expect(empty).toEqual({ accounts: [], movements: [], policy: TIMEBANK_POLICY_DEFAULT })
    const b1 = depositTime(empty, { holderId: 'V1', minutes: 120, at, ref: 'r1', note: '助老' })
    const b2 = withdrawTime(b1, { holderId: 'V1', minutes: 45, at: '2025-04-01T09:00:00+08:00' })
    expect(empty.accounts).toEqual([])
    expect(b1.accounts).toEqual([{ holderId: 'V1', balanceMinutes: 120, depositedMinutes: 120, withdrawnMinutes: 0 }])
    expect(b2.accounts).toEqual([{ holderId: 'V1', balanceMinutes: 75, depositedMinutes: 120, withdrawnMinutes: 45 }])
    expect(b2.movements).toEqual([
      { kind: 'deposit', holderId: 'V1', minutes: 120, at, ref: 'r1', note: '助老', seq: 1, balanceBefore: 0, balanceAfter: 120 },
      { kind: 'withdrawal', holderId: 'V1', minutes: 45, at: '2025-04-01T09:00:00+08:00', seq: 2, balanceBefore: 120, balanceAfter: 75 },
    ])
    expect(Object.isFrozen(b2)).toBe(true)
    expect(Object.isFrozen(b2.accounts[0])).toBe(true)
  })

  it('refuses a withdrawal beyond the balance (not clamped)', () => {
    const b = depositTime(openTimeBank(), { holderId: 'V1', minutes: 60, at })
    expect(() => withdrawTime(b, { holderId: 'V1', minutes: 61, at })).toThrow(
      expect.objectContaining({ code: 'TIMEBANK_INSUFFICIENT_BALANCE', params: { holderId: 'V1', balance: 60, requested: 61 } }) as Error,
    )
    expect(() => withdrawTime(b, { holderId: 'V2', minutes: 1, at })).toThrow(
      expect.objectContaining({ code: 'TIMEBANK_INSUFFICIENT_BALANCE' }) as Error,
    )
  })

  it('refuses a repeated reference and a balance above the limit', () => {
    const b = depositTime(openTimeBank({ id: 'capped', maxBalanceMinutes: 100, source: 'test' }), { holderId: 'V1', minutes: 60, at, ref: 'r1' })
    expect(() => depositTime(b, { holderId: 'V2', minutes: 1, at, ref: 'r1' })).toThrow(
      expect.objectContaining({ code: 'TIMEBANK_DUPLICATE_REFERENCE' }) as Error,
    )
    expect(() => depositTime(b, { holderId: 'V1', minutes: 41, at })).toThrow(expect.objectContaining({ code: 'TIMEBANK_ACCOUNT_LIMIT' }) as Error)
    expect(depositTime(b, { holderId: 'V1', minutes: 40, at }).accounts[0]?.balanceMinutes).toBe(100)
  })

  it('applies a batch in one pass, listing refusals', () => {
    const { bank, rejected } = applyTimeBankOperations(openTimeBank(), [
      { kind: 'deposit', holderId: 'V2', minutes: 60, at, ref: 'a' },
      { kind: 'withdrawal', holderId: 'V2', minutes: 90, at },
      { kind: 'deposit', holderId: 'V1', minutes: 30, at, ref: 'a' },
      { kind: 'deposit', holderId: 'V1', minutes: 30, at, ref: 'b' },
    ])
    expect(rejected.map((r) => [r.index, r.code])).toEqual([
      [1, 'TIMEBANK_INSUFFICIENT_BALANCE'],
      [2, 'TIMEBANK_DUPLICATE_REFERENCE'],
    ])
    expect(bank.accounts.map((a) => [a.holderId, a.balanceMinutes])).toEqual([
      ['V1', 30],
      ['V2', 60],
    ])
    expect(bank.movements.map((m) => m.seq)).toEqual([1, 2])
  })

  it('rebuilds a bank read back from JSON by replaying its movements', () => {
    const b = depositTime(openTimeBank(), { holderId: 'V1', minutes: 60, at, ref: 'r1' })
    const copy = JSON.parse(JSON.stringify(b))
    expect(withdrawTime(copy, { holderId: 'V1', minutes: 60, at }).accounts[0]?.balanceMinutes).toBe(0)
    expect(() => depositTime(copy, { holderId: 'V1', minutes: 1, at, ref: 'r1' })).toThrow(
      expect.objectContaining({ code: 'TIMEBANK_DUPLICATE_REFERENCE' }) as Error,
    )
    const tampered = { ...copy, accounts: [{ ...copy.accounts[0], balanceMinutes: 9999 }] }
    expect(() => depositTime(tampered, { holderId: 'V1', minutes: 1, at })).toThrow(
      expect.objectContaining({ code: 'HOURS_EARN_INVALID_ARGUMENT' }) as Error,
    )
    const overdrawn = { ...copy, movements: [{ ...copy.movements[0], kind: 'withdrawal' }] }
    expect(() => depositTime(overdrawn, { holderId: 'V1', minutes: 1, at })).toThrow(
      expect.objectContaining({ code: 'HOURS_EARN_INVALID_ARGUMENT' }) as Error,
    )
  })

  it('rejects malformed operations and policies', () => {
    const b = openTimeBank()
    for (const op of [
      { holderId: 'V1', minutes: 0, at },
      { holderId: 'V1', minutes: 1.5, at },
      { holderId: '', minutes: 1, at },
      { holderId: 'V1', minutes: 1, at: '2025-03-08' },
      { holderId: 'V1', minutes: 1, at, ref: 3 },
      null,
    ]) {
      expect(() => depositTime(b, op as never)).toThrow(expect.objectContaining({ code: 'HOURS_EARN_INVALID_ARGUMENT' }) as Error)
    }
    expect(() => applyTimeBankOperations(b, [{ kind: 'gift', holderId: 'V', minutes: 1, at }] as never)).toThrow(
      expect.objectContaining({ code: 'HOURS_EARN_INVALID_ARGUMENT' }) as Error,
    )
    for (const p of [{ id: 'x', maxBalanceMinutes: -1, source: '' }, { id: 'x', maxBalanceMinutes: null, source: 1 }, 'x']) {
      expect(() => openTimeBank(p as never)).toThrow(expect.objectContaining({ code: 'HOURS_EARN_INVALID_ARGUMENT' }) as Error)
    }
    expect(() => depositTime({} as never, { holderId: 'V1', minutes: 1, at })).toThrow()
    expect(() => depositTime(null as never, { holderId: 'V1', minutes: 1, at })).toThrow()
  })

  it('keeps safe integers', () => {
    const b = depositTime(openTimeBank(), { holderId: 'V1', minutes: Number.MAX_SAFE_INTEGER, at })
    expect(() => depositTime(b, { holderId: 'V1', minutes: 1, at })).toThrow(expect.objectContaining({ code: 'HOURS_EARN_OVERFLOW' }) as Error)
  })
})
