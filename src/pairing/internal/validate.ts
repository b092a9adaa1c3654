// Small validators for untrusted arguments: they throw TongxinError with a PAIRING_ code.
import { TongxinError } from '../../errors/TongxinError'

/** Throws PAIRING_INVALID_INPUT for `name`. */
export function invalid(name: string, reason: string): never {
  throw new TongxinError('PAIRING_INVALID_INPUT', { name, reason })
}

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Reads an own property without touching the prototype chain. */
export function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined
}

/** An object argument. */
export function readRecord(value: unknown, name: string): Record<string, unknown> {
  if (!isRecord(value)) invalid(name, 'expected an object')
  return value
}

/** An array argument (optional: undefined → []). */
export function readArray(value: unknown, name: string, optional = false, max = 1_000_000): readonly unknown[] {
  if (value === undefined && optional) return []
  if (!Array.isArray(value)) invalid(name, 'expected an array')
  if (value.length > max) invalid(name, `at most ${max} items`)
  // Array.from turns holes of sparse arrays into undefined, so every item is visited.
  return Array.from(value as readonly unknown[])
}

/** A non-empty id string of at most 200 characters. */
export function readId(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 200) invalid(name, 'expected a non-empty string id')
  return value
}

/** An integer in [min, max]; `fallback` when undefined and a fallback is given. */
export function readInt(value: unknown, name: string, min: number, max: number, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    invalid(name, `expected an integer from ${min} to ${max}`)
  }
  return value
}

/** Code-unit comparison of strings (never locale-dependent). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** A safe short rendering of an untrusted value (never throws). */
export function show(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : typeof value
}

/** Whether a value is a valid id (the fast path of `readId`). */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 200
}

/** Reads a field (own or not: plain data objects inherit nothing but Object.prototype). */
export function field(obj: object, key: string): unknown {
  return (obj as Record<string, unknown>)[key]
}
