// Argument checks shared by the hoursEarn functions. Every failure is a TongxinError with a
// module code; nothing here trusts its input.
import { TongxinError } from '../../../errors/TongxinError'
import { isLocalDate, isTimeZone, parseInstant } from '../../../model/calendar'

/** Throws the module's invalid-argument error. */
export function fail(name: string, reason: string): never {
  throw new TongxinError('HOURS_EARN_INVALID_ARGUMENT', { name, reason })
}

/** A plain object (not null, not an array). */
export function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** An object argument, or a coded error. */
export function objectArg(value: unknown, name: string): Readonly<Record<string, unknown>> {
  if (!isObject(value)) fail(name, 'expected an object')
  return value
}

/** Reads an own property (never an inherited one such as `__proto__` or `constructor`). */
export function own(obj: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined
}

/** A non-negative safe integer (minutes, counts). */
export function intArg(value: unknown, name: string, max: number = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    fail(name, 'expected a non-negative integer')
  }
  if (value > max) fail(name, `expected at most ${max}`)
  return value
}

/** A positive safe integer. */
export function positiveIntArg(value: unknown, name: string, max: number = Number.MAX_SAFE_INTEGER): number {
  const n = intArg(value, name, max)
  if (n === 0) fail(name, 'expected a positive integer')
  return n
}

/** A finite number. */
export function finiteArg(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(name, 'expected a finite number')
  return value
}

/** A non-empty string of bounded length. */
export function stringArg(value: unknown, name: string, maxLength = 2000): string {
  if (typeof value !== 'string' || value.trim().length === 0) fail(name, 'expected a non-empty string')
  if (value.length > maxLength) fail(name, `expected at most ${maxLength} characters`)
  return value
}

/** An optional non-empty string. */
export function optionalString(value: unknown, name: string, maxLength = 2000): string | undefined {
  return value === undefined ? undefined : stringArg(value, name, maxLength)
}

/** A boolean, or the fallback when undefined. */
export function boolArg(value: unknown, name: string, fallback: boolean): boolean {
  if (value === undefined) return fallback
  if (typeof value !== 'boolean') fail(name, 'expected a boolean')
  return value
}

/** A real `YYYY-MM-DD` date. */
export function localDateArg(value: unknown, name: string): string {
  if (typeof value !== 'string' || !isLocalDate(value)) fail(name, 'expected a real date YYYY-MM-DD')
  return value
}

/** An ISO 8601 instant with offset, as epoch milliseconds. */
export function instantArg(value: unknown, name: string): number {
  const ms = typeof value === 'string' ? parseInstant(value) : undefined
  if (ms === undefined) fail(name, 'expected an ISO 8601 date-time with offset')
  return ms
}

/** An IANA time zone. */
export function timeZoneArg(value: unknown, name: string): string {
  if (typeof value !== 'string' || !isTimeZone(value)) fail(name, 'expected an IANA time zone')
  return value
}

/** The items of an array or any iterable (not a string), copied into an array. */
export function listArg(value: unknown, name: string): readonly unknown[] {
  if (Array.isArray(value)) return value as readonly unknown[]
  if (typeof value === 'object' && value !== null && typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function') {
    try {
      return Array.from(value as Iterable<unknown>)
    } catch (e) {
      fail(name, `iteration failed: ${e instanceof Error ? e.message : 'unknown error'}`)
    }
  }
  fail(name, 'expected an array or iterable')
}

/** Adds two safe integers, or throws the overflow code. */
export function safeAdd(a: number, b: number, name: string): number {
  const sum = a + b
  if (!Number.isSafeInteger(sum)) throw new TongxinError('HOURS_EARN_OVERFLOW', { name })
  return sum
}

/** Deep-freezes plain data (arrays and plain objects; functions are left as they are). */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const v = stack.pop()
    if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
      Object.freeze(v)
      for (const k of Object.keys(v)) stack.push((v as Record<string, unknown>)[k])
    }
  }
  return value
}

/** Compares two strings by code units: a stable, locale-free order for ids. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The id / name / source every policy carries, checked with the policy's own `bad` reporter. */
export function policyHeader(
  value: Readonly<Record<string, unknown>>,
  bad: (reason: string) => never,
): { readonly id: string; readonly name: string; readonly source: string } {
  const id = own(value, 'id')
  const name = own(value, 'name')
  const source = own(value, 'source')
  if (typeof id !== 'string' || id.length === 0 || id.length > 200) bad('id must be a non-empty string')
  if (typeof name !== 'string' || name.length > 200) bad('name must be a string')
  if (typeof source !== 'string' || source.length > 2000) bad('source must be a string')
  return { id, name, source }
}
