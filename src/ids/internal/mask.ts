import { TongxinError } from '../../errors/TongxinError'
import type { MaskPolicy } from '../maskPolicy'
import { typeName } from './describe'

function count(policy: object, field: 'keepStart' | 'keepEnd', fallback: number): number {
  if (!Object.hasOwn(policy, field)) return fallback
  const v = (policy as Record<string, unknown>)[field]
  if (v === undefined) return fallback
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
    throw new TongxinError('MASK_INVALID_POLICY', { field, expected: 'a non-negative integer' })
  }
  return v
}

/** Merges an untrusted partial policy onto a default, validating every field. */
export function resolveMaskPolicy(policy: unknown, defaults: MaskPolicy): MaskPolicy {
  if (policy === undefined) return defaults
  if (typeof policy !== 'object' || policy === null) {
    throw new TongxinError('MASK_INVALID_POLICY', { field: 'policy', expected: '{ keepStart?, keepEnd?, maskChar? }' })
  }
  const keepStart = count(policy, 'keepStart', defaults.keepStart)
  const keepEnd = count(policy, 'keepEnd', defaults.keepEnd)
  let maskChar = defaults.maskChar
  if (Object.hasOwn(policy, 'maskChar')) {
    const m = (policy as Record<string, unknown>).maskChar
    if (m !== undefined) {
      if (typeof m !== 'string' || Array.from(m).length !== 1) {
        throw new TongxinError('MASK_INVALID_POLICY', { field: 'maskChar', expected: 'exactly one character' })
      }
      maskChar = m
    }
  }
  return { keepStart, keepEnd, maskChar }
}

/** The value as code points; throws for non-strings. */
export function maskableChars(value: unknown): string[] {
  if (typeof value !== 'string') throw new TongxinError('MASK_NOT_STRING', { type: typeName(value) })
  return Array.from(value)
}

/** Shows `keepStart` + `keepEnd` characters, or none when that would show everything. */
export function maskChars(chars: readonly string[], keepStart: number, keepEnd: number, maskChar: string): string {
  const n = chars.length
  if (n <= keepStart + keepEnd) return maskChar.repeat(n)
  return chars.slice(0, keepStart).join('') + maskChar.repeat(n - keepStart - keepEnd) + chars.slice(n - keepEnd).join('')
}
