import { describe, expect, it } from 'vitest'
import { TongxinError, isTongxinError } from '../../src/errors/TongxinError'
import { formatMessage } from '../../src/i18n/formatMessage'

describe('TongxinError', () => {
  it('carries a code, params and issues, named TongxinError', () => {
    const e = new TongxinError('MODEL_VALIDATION_FAILED', { count: 1 }, [{ code: 'MODEL_INVALID', path: ['a', 0] }])
    expect(e).toBeInstanceOf(Error)
    expect(e.name).toBe('TongxinError')
    expect(e.code).toBe('MODEL_VALIDATION_FAILED')
    expect(e.params).toEqual({ count: 1 })
    expect(e.issues).toEqual([{ code: 'MODEL_INVALID', path: ['a', 0] }])
    expect(e.message).toBe('[tongxin] MODEL_VALIDATION_FAILED: validation failed with 1 issue(s)')
    expect(formatMessage(e)).toBe('数据校验未通过，共 1 处问题')
    expect(Object.isFrozen(e.params) && Object.isFrozen(e.issues)).toBe(true)
  })
  it('is recognised by isTongxinError, also across copies', () => {
    expect(isTongxinError(new TongxinError('MODEL_INVALID'))).toBe(true)
    const copy = Object.assign(new Error('x'), { name: 'TongxinError', code: 'X' })
    expect(isTongxinError(copy)).toBe(true)
    expect(isTongxinError(new Error('x'))).toBe(false)
    expect(isTongxinError({ name: 'TongxinError', code: 'X' })).toBe(false)
  })
})
