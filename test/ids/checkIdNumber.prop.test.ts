import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { checkIdNumber } from '../../src/ids/checkIdNumber'
import { makeIdNumber } from '../../src/ids/makeIdNumber'
import { TODAY, legacyEligibleIdArb, validIdArb } from './arbitraries'

const opts = { today: TODAY }
const ID_CHARS = '0123456789X'

describe('GB 11643 laws (DESIGN.md §5 check digits)', () => {
  test.prop([validIdArb])('valid numbers are accepted and read back', ({ id, region, birthDate, sequence }) => {
    const r = checkIdNumber(id, opts)
    expect(r).toEqual({
      ok: true,
      normalized: id,
      kind: region.endsWith('0000') && region.startsWith('8') ? 'residence-permit' : 'resident',
      regionCode: region,
      birthDate,
      sex: sequence % 2 === 1 ? 'male' : 'female',
    })
  })

  test.prop([validIdArb])('makeIdNumber builds the same number from its parts', ({ id, region, birthDate, sequence }) => {
    expect(makeIdNumber({ regionCode: region, birthDate, sequence })).toBe(id)
  })

  test.prop([validIdArb])('every single-character substitution is detected', ({ id }) => {
    for (let i = 0; i < 18; i++) {
      for (const ch of ID_CHARS) {
        if (ch === id[i]) continue
        const mutated = id.slice(0, i) + ch + id.slice(i + 1)
        expect(checkIdNumber(mutated, opts).ok, mutated).toBe(false)
      }
    }
  })

  test.prop([validIdArb])('every adjacent transposition of distinct characters is detected', ({ id }) => {
    for (let i = 0; i < 17; i++) {
      if (id[i] === id[i + 1]) continue
      const swapped = id.slice(0, i) + id[i + 1]! + id[i]! + id.slice(i + 2)
      expect(checkIdNumber(swapped, opts).ok, swapped).toBe(false)
    }
  })

  test.prop([legacyEligibleIdArb])('15 → 18 upgrade round trip', ({ id }) => {
    const legacy = id.slice(0, 6) + id.slice(8, 17)
    const r = checkIdNumber(legacy, opts)
    expect(r).toMatchObject({ ok: true, kind: 'legacy-15', normalized: id, upgradedFrom: legacy })
    const direct = checkIdNumber(id, opts)
    if (r.ok && direct.ok) {
      expect([r.regionCode, r.birthDate, r.sex]).toEqual([direct.regionCode, direct.birthDate, direct.sex])
    }
  })

  test.prop([validIdArb, fc.constantFrom('', ' ', '\t', '\n', '\u3000')])('surrounding whitespace and a lower-case x normalise', ({ id }, ws) => {
    const r = checkIdNumber(ws + id.replace(/X$/, 'x') + ws, opts)
    expect(r).toMatchObject({ ok: true, normalized: id })
  })
})
