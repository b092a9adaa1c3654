import { TongxinError, isTongxinError } from '../errors/TongxinError'
import type { District } from '../model/types'
import { collectProblems } from './internal/integrity'
import { reasonOf } from './internal/util'
import type { IntegrityProblem } from './types'

/**
 * Checks the integrity of a district (完整性检查) and returns every problem, never just the
 * first, sorted by collection (schema order), position and code:
 *
 * - `DISTRICT_DUPLICATE_ID` — an id used twice within one entity kind (each later use);
 * - `DISTRICT_DANGLING_REFERENCE` — a reference to an entity that does not exist, for every
 *   reference field of the schema (see `ENTITY_REFERENCES`), e.g. a record of an unknown volunteer;
 * - `DISTRICT_LEAD_INACTIVE` — a team led by a social worker who is not active;
 * - `DISTRICT_LEAD_OVER_CAPACITY` — a social worker leading more teams (of any status) than their capacity;
 * - `DISTRICT_MULTI_TEAM_MEMBER` — when `rules.allowMultiTeamMembership` is false, each membership
 *   of a volunteer beyond the one in the team with the smallest id;
 * - `DISTRICT_COMMUNITY_STREET_MISMATCH` — a team whose community lies in another street than the team.
 *
 * Linear in the size of the district (one pass per reference field, Maps for lookups). It does
 * not re-validate entity fields: that is `parseDistrict`'s job.
 *
 * @param district - a district (from `parseDistrict`, `applyChange`, or a generator)
 * @returns the problems, frozen; empty when the district is consistent
 * @throws TongxinError `DISTRICT_NOT_A_DISTRICT` when the input is not shaped like a district
 * @see notes/domain.md §3.1 (a volunteer may join several teams: allowed unless the district forbids it)
 * @example
 * const problems = checkIntegrity(district)
 * for (const p of problems) console.log(p.path.join('.'), formatMessage(p))
 */
export function checkIntegrity(district: District): readonly IntegrityProblem[] {
  try {
    return Object.freeze(collectProblems(district))
  } catch (e) {
    if (isTongxinError(e)) throw e
    throw new TongxinError('DISTRICT_NOT_A_DISTRICT', { reason: reasonOf(e), at: '' })
  }
}
