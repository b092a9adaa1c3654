import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { isTongxinError } from '../../src/errors/TongxinError'
import { summarizeDistrict } from '../../src/report/summarizeDistrict'

describe('summarizeDistrict under hostile input', () => {
  test.prop([fc.anything(), fc.anything()])('only ever throws TongxinError', (d, ledger) => {
    try {
      summarizeDistrict(d as never, ledger as never)
    } catch (e) {
      expect(isTongxinError(e), String(e)).toBe(true)
    }
  })
})
