// Shared helpers of the sample tests.
import Ajv2020 from 'ajv/dist/2020'
import type { ValidateFunction } from 'ajv'
import { districtJsonSchema } from '../../src/model/districtJsonSchema'
import type { District } from '../../src/model/types'
import type { GenerateDistrictOptions } from '../../src/sample/index'

/** Small sizes for property tests. */
export const SMALL: Omit<GenerateDistrictOptions, 'seed'> = Object.freeze({
  year: 2025,
  streets: 2,
  communitiesPerStreet: 2,
  teams: 6,
  volunteers: 40,
  socialWorkers: 5,
  recordsPerVolunteer: 3,
})

let validate: ValidateFunction | undefined

/** Validates a district with the JSON Schema export (ajv, draft 2020-12). */
export function validateJsonSchema(d: District): { ok: boolean; errors: unknown } {
  validate ??= new Ajv2020({ strict: false, allErrors: true }).compile(districtJsonSchema())
  const ok = validate(JSON.parse(JSON.stringify(d)))
  return { ok, errors: validate.errors?.slice(0, 5) }
}

/** Epoch minutes of an ISO instant with offset. */
export function epochMinutes(iso: string): number {
  return Date.parse(iso) / 60_000
}

/** ISO weekday (1–7) of the local date at the start of an instant text. */
export function localWeekday(iso: string): number {
  const day = new Date(`${iso.slice(0, 10)}T00:00:00Z`).getUTCDay()
  return ((day + 6) % 7) + 1
}

/** Every element of a nested value is frozen. */
export function deepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true
  if (!Object.isFrozen(value)) return false
  return Object.values(value).every(deepFrozen)
}
