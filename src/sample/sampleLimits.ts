/**
 * Upper bounds of {@link generateDistrict}'s options, beyond which it throws `SAMPLE_` errors.
 * @example
 * const max: SampleLimits['volunteers'] = SAMPLE_LIMITS.volunteers
 */
export interface SampleLimits {
  /** Most streets. */
  readonly streets: number
  /** Most communities per street. */
  readonly communitiesPerStreet: number
  /** Most communities in all (streets × communitiesPerStreet). */
  readonly communities: number
  /** Most teams. */
  readonly teams: number
  /** Most volunteers. */
  readonly volunteers: number
  /** Most social workers. */
  readonly socialWorkers: number
  /** Largest mean number of records per volunteer. */
  readonly recordsPerVolunteer: number
  /** Most service records in all (volunteers × recordsPerVolunteer, rounded). */
  readonly records: number
  /** Most social-work stations per street. */
  readonly stationsPerStreet: number
  /** Largest capacity of a social worker (the model's maximum). */
  readonly workerCapacity: number
}

/**
 * The generator's limits: large enough for a city or a small province shard, small enough that a
 * mistyped size fails fast instead of exhausting memory.
 * @example
 * SAMPLE_LIMITS.records //=> 5000000
 */
export const SAMPLE_LIMITS: SampleLimits = Object.freeze({
  streets: 1_000,
  communitiesPerStreet: 200,
  communities: 20_000,
  teams: 100_000,
  volunteers: 2_000_000,
  socialWorkers: 100_000,
  recordsPerVolunteer: 1_000,
  records: 5_000_000,
  stationsPerStreet: 10,
  workerCapacity: 100,
})
