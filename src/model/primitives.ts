import * as z from 'zod'
import { isLocalDate, isTimeOfDay, isTimeZone, parseInstant, timeOfDayToMinutes } from './calendar'
import {
  COMMUNITY_STATUS_LABELS,
  ID_TYPE_LABELS,
  PROJECT_STAGE_LABELS,
  QUALIFICATION_LABELS,
  RECORD_STATUS_LABELS,
  SERVICE_DOMAIN_LABELS,
  TEAM_STATUS_LABELS,
} from './labels'

// Building blocks of every entity schema. Custom problems carry a tongxin code in `params.code`,
// which `toTongxinIssues` turns into the issue's code.

const ID_RE = /^[\p{L}\p{N}][\p{L}\p{N}._:-]{0,63}$/u

/**
 * Makes a branded id schema: 1–64 letters, digits or `._:-`, starting with a letter or digit.
 * @param _brand - the brand name (types only)
 * @returns a zod schema of branded id strings
 * @example
 * const BadgeIdSchema = idSchema('BadgeId')
 */
export function idSchema<B extends string>(_brand: B) {
  return z
    .string()
    .check(z.refine((s) => ID_RE.test(s), { params: { code: 'MODEL_INVALID_ID' }, abort: true }))
    .brand<B>()
}

/** A string refinement that reports `code` with the offending value. */
function mustBe(test: (s: string) => boolean, code: string) {
  return (value: string, ctx: z.core.$RefinementCtx<string>): void => {
    if (!test(value)) ctx.addIssue({ code: 'custom', params: { code, value } })
  }
}

/**
 * A real `YYYY-MM-DD` calendar date.
 * @example
 * LocalDateSchema.safeParse('2025-02-30').success //=> false
 */
export const LocalDateSchema = z
  .string()
  .superRefine(mustBe(isLocalDate, 'MODEL_DATE_NOT_REAL'))
  .meta({ description: 'A calendar date YYYY-MM-DD', examples: ['2025-03-08'] })

/**
 * An `HH:mm` time of day from 00:00 to 24:00.
 * @example
 * TimeOfDaySchema.safeParse('25:00').success //=> false
 */
export const TimeOfDaySchema = z
  .string()
  .superRefine(mustBe(isTimeOfDay, 'MODEL_TIME_NOT_REAL'))
  .meta({ description: 'A time of day HH:mm (24:00 = end of day)', examples: ['08:30'] })

/**
 * An ISO 8601 instant with its offset, e.g. `2025-03-08T09:00:00+08:00`.
 * @example
 * InstantSchema.safeParse('2025-03-08T09:00:00+08:00').success //=> true
 */
export const InstantSchema = z
  .string()
  .superRefine(mustBe((s) => parseInstant(s) !== undefined, 'MODEL_DATETIME_NOT_REAL'))
  .meta({ description: 'An ISO 8601 date-time with offset', examples: ['2025-03-08T09:00:00+08:00'] })

/**
 * An IANA time zone name.
 * @example
 * TimeZoneSchema.safeParse('Asia/Shanghai').success //=> true
 */
export const TimeZoneSchema = z
  .string()
  .superRefine(mustBe(isTimeZone, 'MODEL_TIME_ZONE_UNKNOWN'))
  .meta({ description: 'An IANA time zone', examples: ['Asia/Shanghai'] })

/**
 * A short human text (names, titles).
 * @example
 * NameSchema.parse('  张三 ') //=> '张三'
 */
export const NameSchema = z.string().trim().min(1).max(200)

/**
 * A non-negative safe integer.
 * @example
 * CountSchema.safeParse(-1).success //=> false
 */
export const CountSchema = z.int().min(0).max(Number.MAX_SAFE_INTEGER)

/**
 * A weekly time slot, e.g. Saturday 09:00–12:00.
 * @example
 * WeeklySlotSchema.parse({ day: 6, from: '09:00', to: '11:30' })
 */
export const WeeklySlotSchema = z
  .object({
    day: z.int().min(1).max(7).meta({ description: 'ISO weekday: 1 = Monday … 7 = Sunday' }),
    from: TimeOfDaySchema,
    to: TimeOfDaySchema,
  })
  .readonly()
  .superRefine((s, ctx) => {
    // Only compare two real times; an unreal one is already reported on its own field.
    if (isTimeOfDay(s.from) && isTimeOfDay(s.to) && timeOfDayToMinutes(s.to) <= timeOfDayToMinutes(s.from)) {
      ctx.addIssue({ code: 'custom', path: ['to'], params: { code: 'MODEL_END_NOT_AFTER_START', start: s.from, end: s.to } })
    }
  })

/** Builds an enum schema from a label table, keeping the table's key order. */
function enumOf<T extends Record<string, unknown>>(labels: T) {
  return z.enum(Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]])
}

/**
 * A service domain (服务领域).
 * @example
 * ServiceDomainSchema.parse('elderly')
 */
export const ServiceDomainSchema = enumOf(SERVICE_DOMAIN_LABELS)
/**
 * A social-worker qualification level.
 * @example
 * QualificationSchema.parse('intermediate')
 */
export const QualificationSchema = enumOf(QUALIFICATION_LABELS)
/**
 * A community's status.
 * @example
 * CommunityStatusSchema.parse('pilot')
 */
export const CommunityStatusSchema = enumOf(COMMUNITY_STATUS_LABELS)
/**
 * A project stage.
 * @example
 * ProjectStageSchema.parse('mature')
 */
export const ProjectStageSchema = enumOf(PROJECT_STAGE_LABELS)
/**
 * A service record status.
 * @example
 * RecordStatusSchema.parse('confirmed')
 */
export const RecordStatusSchema = enumOf(RECORD_STATUS_LABELS)
/**
 * An identity document type.
 * @example
 * IdTypeSchema.parse('resident-id')
 */
export const IdTypeSchema = enumOf(ID_TYPE_LABELS)
/**
 * A team status.
 * @example
 * TeamStatusSchema.parse('struggling')
 */
export const TeamStatusSchema = enumOf(TEAM_STATUS_LABELS)

/**
 * A list without repeated items (ids, domains); a repeat is reported as `MODEL_DUPLICATE_ITEM`.
 * @param item - the item schema
 * @param max - the longest list accepted (default 100,000)
 * @returns a readonly array schema
 * @example
 * uniqueList(ServiceDomainSchema, 32).safeParse(['elderly', 'elderly']).success //=> false
 */
export function uniqueList<T extends z.ZodType>(item: T, max = 100_000) {
  return z
    .array(item)
    .max(max)
    .readonly()
    .superRefine((list, ctx) => {
      const seen = new Set<unknown>()
      list.forEach((value, i) => {
        if (seen.has(value)) ctx.addIssue({ code: 'custom', path: [i], params: { code: 'MODEL_DUPLICATE_ITEM', value } })
        seen.add(value)
      })
    })
}
