import * as z from 'zod'
import { RubricSchema } from './schemas'

/**
 * The JSON Schema (draft 2020-12) of the rubric format, generated from the zod schema: for
 * rubric editors and hosts in other languages. Consistency rules (unique ids, sibling weights,
 * rule parameters) are checked by `parseRubric`, not expressible in the schema.
 *
 * @returns a JSON Schema object
 * @example
 * rubricJsonSchema().$schema //=> 'https://json-schema.org/draft/2020-12/schema'
 */
export function rubricJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(RubricSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' })
}
