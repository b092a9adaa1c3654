// The engine's working buffers start small and grow as a run needs: records, pieces (sessions of
// several days), duplicate candidates, string lists. A fresh scratch set makes every growth path
// run; the result must equal creditHours on the (already grown) cached set.
import { describe, expect, it } from 'vitest'
import { creditHours } from '../../src/hours/index'
import { Batch, resolveContext, runEngine } from '../../src/hours/internal/engine'
import { buildLedger } from '../../src/hours/internal/ledger'
import { Scratch } from '../../src/hours/internal/scratch'
import { resolveHoursPolicy } from '../../src/hours/policy'
import type { ServiceRecord } from '../../src/model/types'
import { iso, rec, utcMin } from './helpers'

function plain(x: unknown): unknown {
  return JSON.parse(JSON.stringify(x)) as unknown
}

function fromFreshBuffers(records: readonly ServiceRecord[], policyInput: Parameters<typeof resolveHoursPolicy>[0]): unknown {
  const policy = resolveHoursPolicy(policyInput)
  const ctx = resolveContext(undefined)
  const b = new Batch(policy, ctx, new Scratch(), 16)
  records.forEach((r, i) => {
    b.add(r, i)
  })
  b.settle()
  return plain(buildLedger(b, runEngine(b, policy), policy, ctx))
}

describe('working buffers that grow mid-run', () => {
  it('many records, sessions of several days and many duplicate ids give the ledger of the cached buffers', () => {
    const s0 = utcMin(2025, 1, 1)
    const rs: ServiceRecord[] = []
    for (let i = 0; i < 1500; i++) {
      const s = s0 + i * 61
      // Every third session lasts three days (three or four pieces each).
      const len = i % 3 === 0 ? 3 * 1440 : 45
      const r = rec({ id: `r${i}`, volunteerId: `v${i % 40}`, teamId: `t${i % 3}`, start: iso(s), end: iso(s + len) })
      rs.push(r, { ...r }) // every id twice: 3,000 duplicate candidates
    }
    const policy = { maxSessionMinutes: 3 * 1440 }
    const fresh = fromFreshBuffers(rs, policy)
    expect(fresh).toEqual(plain(creditHours(rs, policy)))
    const l = creditHours(rs, policy)
    expect(l.rejected.filter((r) => r.code === 'HOURS_DUPLICATE')).toHaveLength(1500)
    expect(l.totals.creditedRecords).toBeGreaterThan(0)
  })
})
