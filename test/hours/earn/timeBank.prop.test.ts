import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { applyTimeBankOperations, depositTime, openTimeBank, withdrawTime } from '../../../src/hours/earn/index'
import type { TimeBank, TimeBankOperation } from '../../../src/hours/earn/index'

const op: fc.Arbitrary<TimeBankOperation> = fc.record({
  kind: fc.constantFrom('deposit' as const, 'withdrawal' as const),
  holderId: fc.constantFrom('V1', 'V2'),
  minutes: fc.integer({ min: 1, max: 500 }),
  at: fc.constant('2025-03-08T12:00:00+08:00'),
})

test.prop([fc.array(op, { maxLength: 60 })])('a balance is never negative under any sequence of operations', (ops) => {
  let bank: TimeBank = openTimeBank()
  let refused = 0
  for (const o of ops) {
    try {
      bank = o.kind === 'deposit' ? depositTime(bank, o) : withdrawTime(bank, o)
    } catch (e) {
      expect((e as { code: string }).code).toBe('TIMEBANK_INSUFFICIENT_BALANCE')
      refused++
    }
    for (const a of bank.accounts) expect(a.balanceMinutes).toBeGreaterThanOrEqual(0)
  }
  for (const m of bank.movements) expect(m.balanceAfter).toBeGreaterThanOrEqual(0)
  expect(bank.movements.length + refused).toBe(ops.length)
  const batch = applyTimeBankOperations(openTimeBank(), ops)
  expect(batch.bank).toEqual(bank)
  expect(batch.rejected.length).toBe(refused)
  for (const a of bank.accounts) expect(a.balanceMinutes).toBe(a.depositedMinutes - a.withdrawnMinutes)
})
