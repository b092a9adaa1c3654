// Small helpers of the district store: plain-object checks, deep freeze, structural equality.
// All iterative, so depth never overflows the stack.

/** A plain object: `{}` or `Object.create(null)`, not an array, class instance or proxy of one. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/**
 * Freezes a value and everything reachable from it. Like immer, it does not descend into objects
 * that are already frozen (their contents are taken to be frozen too).
 */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const v = stack.pop()
    // Typed arrays cannot be frozen; they are not district data anyway.
    if (typeof v !== 'object' || v === null || Object.isFrozen(v) || ArrayBuffer.isView(v)) continue
    Object.freeze(v)
    for (const key of Object.keys(v)) stack.push((v as Record<string, unknown>)[key])
  }
  return value
}

/**
 * Structural equality of JSON-like data (plain objects, arrays, primitives), with a shortcut on
 * identical references, so comparing two districts that share structure costs only the parts
 * that differ. Keys whose value is `undefined` count as absent.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  const stack: [unknown, unknown][] = [[a, b]]
  while (stack.length > 0) {
    const [x, y] = at(stack, stack.length - 1)
    stack.pop()
    if (Object.is(x, y)) continue
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false
    const xa = Array.isArray(x)
    if (xa !== Array.isArray(y)) return false
    if (xa) {
      const ya = y as unknown[]
      if (x.length !== ya.length) return false
      for (let i = 0; i < x.length; i++) if (!Object.is(x[i], ya[i])) stack.push([x[i], ya[i]])
      continue
    }
    const xo = x as Record<string, unknown>
    const yo = y as Record<string, unknown>
    const xk = Object.keys(xo).filter((k) => xo[k] !== undefined)
    const yk = Object.keys(yo).filter((k) => yo[k] !== undefined)
    if (xk.length !== yk.length) return false
    for (const k of xk) {
      if (!Object.hasOwn(yo, k)) return false
      if (!Object.is(xo[k], yo[k])) stack.push([xo[k], yo[k]])
    }
  }
  return true
}

/** The item at index `i` of a list, for an index the caller has bounds-checked. */
export function at<T>(list: readonly T[], i: number): T {
   
  return list[i] as T
}

/** The message of anything thrown. */
export function reasonOf(e: unknown): string {
  return e instanceof Error ? e.message : 'non-error thrown'
}
