import { TongxinError } from '../../errors/TongxinError'
import { describe } from '../rubric/internal/fail'
import { rubricToJson } from '../rubric/rubricToJson'
import type { Rubric } from '../rubric/types'
import { demonstrationCommunityRubric } from './demonstrationCommunity'
import { eightSRubric } from './eightS'
import { mostBeautifulCommunityRubric } from './mostBeautifulCommunity'
import { serviceBrandRubric } from './serviceBrand'
import { socialOrganizationRubric } from './socialOrganization'
import { streetStationRubric } from './streetStation'
import { volunteerTeamRubric } from './volunteerTeam'

const BUILDERS = {
  'demonstration-community': demonstrationCommunityRubric,
  'most-beautiful-community': mostBeautifulCommunityRubric,
  'volunteer-team': volunteerTeamRubric,
  'service-brand': serviceBrandRubric,
  'street-station': streetStationRubric,
  'social-organization': () => socialOrganizationRubric(),
  '8s-vaccination-clinic': () => eightSRubric(),
} as const satisfies Record<PresetId, () => Rubric>

/**
 * The id of a preset rubric.
 * @example
 * const id: PresetId = '8s-vaccination-clinic'
 */
export type PresetId =
  | 'demonstration-community'
  | 'most-beautiful-community'
  | 'volunteer-team'
  | 'service-brand'
  | 'street-station'
  | 'social-organization'
  | '8s-vaccination-clinic'

/**
 * Every preset id, in a stable order.
 * @example
 * PRESET_IDS.includes('demonstration-community') //=> true
 */
export const PRESET_IDS = Object.freeze(Object.keys(BUILDERS)) as readonly PresetId[]

/**
 * A preset rubric by id, with its default options.
 * @param id - a preset id (`PRESET_IDS`)
 * @returns the frozen rubric
 * @throws TongxinError `EVAL_PRESET_UNKNOWN`
 * @example
 * presetRubric('street-station').children.length //=> 5
 */
export function presetRubric(id: PresetId): Rubric {
  if (typeof id !== 'string' || !Object.hasOwn(BUILDERS, id)) throw new TongxinError('EVAL_PRESET_UNKNOWN', { id: describe(id) })
  return BUILDERS[id]()
}

/**
 * A preset rubric as JSON text (what a rubric editor or another language would load back with
 * `parseRubric`).
 * @param id - a preset id (`PRESET_IDS`)
 * @returns the JSON text, indented by 2
 * @throws TongxinError `EVAL_PRESET_UNKNOWN`
 * @example
 * parseRubric(presetRubricJson('8s-vaccination-clinic')).fullMark //=> 120
 */
export function presetRubricJson(id: PresetId): string {
  return rubricToJson(presetRubric(id))
}
