import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { checkRecordingDeadline } from '../../../src/hours/earn/index'

const base = Date.UTC(2025, 0, 1)
const instant = fc.integer({ min: 0, max: 400 * 86_400_000 }).map((ms) => new Date(base + ms).toISOString())
const zone = fc.constantFrom('Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'UTC')

test.prop([instant, instant, instant, zone])('the late flag is monotone in recordedAt', (end, a, b, timeZone) => {
  const [lo, hi] = a <= b ? [a, b] : [b, a]
  const rl = checkRecordingDeadline({ id: 'r', end, recordedAt: lo }, { policy: { timeZone } })
  const rh = checkRecordingDeadline({ id: 'r', end, recordedAt: hi }, { policy: { timeZone } })
  if (rl.status === 'late') expect(rh.status).toBe('late')
  expect(rl.deadlineDate).toBe(rh.deadlineDate)
  expect(rl.lateFrom > rl.endedAt).toBe(true)
})

test.prop([instant, zone])('the deadline is at least 10 working days and at most 10 + 2·weeks calendar days away', (end, timeZone) => {
  const r = checkRecordingDeadline({ id: 'r', end }, { policy: { timeZone } })
  const days = (Date.parse(r.lateFrom) - Date.parse(r.endedAt)) / 86_400_000
  expect(days).toBeGreaterThan(11)
  expect(days).toBeLessThanOrEqual(17)
})
