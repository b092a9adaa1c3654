import * as z from 'zod'
import { DistrictSchema } from './schemas'

/**
 * The JSON Schema (draft 2020-12) of a district as accepted on input, generated from the zod
 * schemas: for hosts in other languages and for form builders. Calendar-date realism and
 * reference integrity are checked by tongxin, not expressible in the schema.
 *
 * @returns a JSON Schema object
 * @example
 * districtJsonSchema().$schema //=> 'https://json-schema.org/draft/2020-12/schema'
 */
export function districtJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(DistrictSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' })
}
