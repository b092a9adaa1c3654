import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { civilFromDays, dayKey, daysFromCivil, monthKey, parseInstantMs, zoneTable } from '../../src/hours/internal/time'
import { parseInstant } from '../../src/model/calendar'

const instantText = fc
  .tuple(
    fc.integer({ min: 100, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 25 }),
    fc.integer({ min: 0, max: 61 }), fc.option(fc.integer({ min: 0, max: 61 })), fc.option(fc.stringMatching(/^\d{1,10}$/)),
    fc.constantFrom('Z', '+08:00', '-05:30', '+18:00', '+18:01', '+19:00', '-00:60', 'z', '+0800', ''),
  )
  .map(([y, mo, d, h, mi, s, f, off]) => {
    const p = (n: number, w = 2): string => String(n).padStart(w, '0')
    return `${p(y, 4)}-${p(mo)}-${p(d)}T${p(h)}:${p(mi)}${s === null ? '' : `:${p(s)}${f === null ? '' : `.${f}`}`}${off}`
  })

describe('internal time', () => {
  test.prop([instantText])('the fast parser agrees with parseInstant to the minute (years ≥ 100)', (s) => {
    const a = parseInstant(s)
    const b = parseInstantMs(s)
    if (a === undefined) expect(b).toBeNaN()
    else expect(Math.floor(b / 60000)).toBe(Math.floor(a / 60000))
  })
  test.prop([fc.string()])('the fast parser rejects what parseInstant rejects', (s) => {
    expect(Number.isNaN(parseInstantMs(s))).toBe(parseInstant(s) === undefined)
  })
  it('rejects malformed digits', () => {
    for (const s of ['202x-03-08T09:00Z', '2025-0x-08T09:00Z', '2025-03-08T09:00:0xZ', '2025-03-08T09:00:00.Z', '2025-03-08T09:00+08-00', '2025-03-08T09:00+08:00x']) {
      expect(parseInstantMs(s)).toBeNaN()
    }
  })
  test.prop([fc.integer({ min: -719_000, max: 3_000_000 })])('civil dates round-trip', (z) => {
    const c = civilFromDays(z)
    expect(daysFromCivil(Math.floor(c / 10000), Math.floor(c / 100) % 100, c % 100)).toBe(z)
  })
  it('formats keys', () => {
    expect(dayKey(0)).toBe('1970-01-01')
    expect(dayKey(daysFromCivil(2024, 2, 29))).toBe('2024-02-29')
    expect(monthKey(2025 * 12 + 11)).toBe('2025-12')
  })
  test.prop([fc.constantFrom('Europe/Berlin', 'America/New_York', 'Asia/Shanghai', 'Australia/Lord_Howe', 'Asia/Kathmandu'), fc.integer({ min: 0, max: 60 * 24 * 366 * 3 })])(
    'the offset table matches Intl at every minute',
    (zone, dm) => {
      const t = zoneTable(zone)
      const min = Date.UTC(2024, 0, 1) / 60000 + dm
      const fmt = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })
      const parts = Object.fromEntries(fmt.formatToParts(new Date(min * 60000)).map((p) => [p.type, p.value]))
      const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute)) / 60000
      expect(t.offsetAt(min)).toBe(local - min)
    },
  )
  it('knows old Shanghai DST (1986–1991) and far years', () => {
    const t = zoneTable('Asia/Shanghai')
    const summer1988 = Date.UTC(1988, 6, 1) / 60000
    expect(t.offsetAt(summer1988)).toBe(540)
    const far = Date.UTC(1, 0, 2) / 60000 - 1440 * 365 * 1899
    expect(Number.isFinite(t.offsetAt(far))).toBe(true)
    expect(t.nextTransition(Date.UTC(2030, 0, 1) / 60000)).toBe(Date.UTC(2031, 0, 1) / 60000)
  })
})
