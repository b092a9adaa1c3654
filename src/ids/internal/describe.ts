/** A safe, short description of an untrusted value's type for error params (never calls toString). */
export function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}
