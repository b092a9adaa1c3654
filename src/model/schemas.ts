import * as z from 'zod'
import { checkCreditCode } from '../ids/checkCreditCode'
import { checkIdNumber } from '../ids/checkIdNumber'
import { parseInstant } from './calendar'
import {
  CommunityStatusSchema,
  CountSchema,
  IdTypeSchema,
  InstantSchema,
  LocalDateSchema,
  NameSchema,
  ProjectStageSchema,
  QualificationSchema,
  RecordStatusSchema,
  ServiceDomainSchema,
  TeamStatusSchema,
  TimeZoneSchema,
  WeeklySlotSchema,
  idSchema,
  uniqueList,
} from './primitives'

// The entity schemas of DESIGN.md §4. Types are inferred from them in ./types.ts.
// Objects drop unknown keys (zod's default `strip`) and freeze what they return (`readonly`).

/**
 * 区 — a district id.
 * @example
 * DistrictIdSchema.parse('x-001') // a branded id
 */
export const DistrictIdSchema = idSchema('DistrictId')
/**
 * 街道 — a street id.
 * @example
 * StreetIdSchema.parse('x-001') // a branded id
 */
export const StreetIdSchema = idSchema('StreetId')
/**
 * 社区 — a community id.
 * @example
 * CommunityIdSchema.parse('x-001') // a branded id
 */
export const CommunityIdSchema = idSchema('CommunityId')
/**
 * 街道社工站 — a social-work station id.
 * @example
 * StationIdSchema.parse('x-001') // a branded id
 */
export const StationIdSchema = idSchema('StationId')
/**
 * 社工机构 — an agency id.
 * @example
 * AgencyIdSchema.parse('x-001') // a branded id
 */
export const AgencyIdSchema = idSchema('AgencyId')
/**
 * 社区社会组织 — an organisation id.
 * @example
 * OrganizationIdSchema.parse('x-001') // a branded id
 */
export const OrganizationIdSchema = idSchema('OrganizationId')
/**
 * 社工 — a social worker id.
 * @example
 * SocialWorkerIdSchema.parse('x-001') // a branded id
 */
export const SocialWorkerIdSchema = idSchema('SocialWorkerId')
/**
 * 志愿者编号 — the public volunteer number (never the ID card number).
 * @example
 * VolunteerIdSchema.parse('x-001') // a branded id
 */
export const VolunteerIdSchema = idSchema('VolunteerId')
/**
 * 志愿服务队 — a team id.
 * @example
 * TeamIdSchema.parse('x-001') // a branded id
 */
export const TeamIdSchema = idSchema('TeamId')
/**
 * 阵地 — a venue id.
 * @example
 * VenueIdSchema.parse('x-001') // a branded id
 */
export const VenueIdSchema = idSchema('VenueId')
/**
 * 实践活动 — an activity id.
 * @example
 * ActivityIdSchema.parse('x-001') // a branded id
 */
export const ActivityIdSchema = idSchema('ActivityId')
/**
 * 项目 — a project id.
 * @example
 * ProjectIdSchema.parse('x-001') // a branded id
 */
export const ProjectIdSchema = idSchema('ProjectId')
/**
 * 服务品牌 — a brand id.
 * @example
 * BrandIdSchema.parse('x-001') // a branded id
 */
export const BrandIdSchema = idSchema('BrandId')
/**
 * 志愿服务记录 — a service record id.
 * @example
 * RecordIdSchema.parse('x-001') // a branded id
 */
export const RecordIdSchema = idSchema('RecordId')
/**
 * 慈善资源 — a charity resource id.
 * @example
 * ResourceIdSchema.parse('x-001') // a branded id
 */
export const ResourceIdSchema = idSchema('ResourceId')

/** 18-character GB 32100 code; its check characters are verified by `checkCreditCode`. */
const CreditCodeSchema = z
  .string()
  .regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/)
  .superRefine((value, ctx) => {
    const r = checkCreditCode(value)
    if (!r.ok) ctx.addIssue({ code: 'custom', params: { code: 'MODEL_CREDIT_CODE_INVALID', reason: r.code } })
  })
  .meta({ description: '统一社会信用代码 (GB 32100-2015)' })

/**
 * 街道 — a street (sub-district).
 * @example
 * StreetSchema.safeParse(value).success // validate one entity; `parseDistrict` validates them all
 */
export const StreetSchema = z
  .object({
    id: StreetIdSchema,
    name: NameSchema,
    regionCode: z.string().regex(/^\d{6}$/).optional().meta({ description: 'GB/T 2260 code' }),
  })
  .readonly()

/**
 * 社区 — a community with its status (普通 / 试点 / 示范) and resident population.
 * @example
 * CommunitySchema.safeParse(value).success // validate one entity; `parseDistrict` validates them all
 */
export const CommunitySchema = z
  .object({
    id: CommunityIdSchema,
    streetId: StreetIdSchema,
    name: NameSchema,
    status: CommunityStatusSchema.default('ordinary'),
    residentPopulation: CountSchema.meta({ description: '常住人口' }),
    registeredVolunteers: CountSchema.optional().meta({
      description: '注册志愿者人数: volunteers registered on the national platform; the district volunteers list may hold only those in the linkage',
    }),
    statusSince: LocalDateSchema.optional(),
  })
  .readonly()

/**
 * 街道社工站 — a street social-work station.
 * @example
 * SocialWorkStationSchema.safeParse(value).success // validate one entity; `parseDistrict` validates them all
 */
export const SocialWorkStationSchema = z
  .object({
    id: StationIdSchema,
    streetId: StreetIdSchema,
    name: NameSchema,
    openedOn: LocalDateSchema.optional(),
  })
  .readonly()

/**
 * 社工机构 — a registered social-work agency (USCC optional).
 * @example
 * SocialWorkAgencySchema.safeParse(value).success // validate one entity; `parseDistrict` validates them all
 */
export const SocialWorkAgencySchema = z
  .object({
    id: AgencyIdSchema,
    name: NameSchema,
    creditCode: CreditCodeSchema.optional(),
  })
  .readonly()

/**
 * 社区社会组织 — a community organisation, often only filed (备案), so its USCC is optional.
 * @example
 * CommunityOrganizationSchema.safeParse(value).success // validate one entity; `parseDistrict` validates them all
 */
export const CommunityOrganizationSchema = z
  .object({
    id: OrganizationIdSchema,
    communityId: CommunityIdSchema,
    name: NameSchema,
    filing: z.enum(['registered', 'filed']).default('filed').meta({ description: 'registered 登记 or filed 备案' }),
    creditCode: CreditCodeSchema.optional(),
    cultivatedByStationId: StationIdSchema.optional(),
    foundedOn: LocalDateSchema.optional(),
  })
  .readonly()

/**
 * 社工 — a social worker: qualification, domains, where they serve, capacity, weekly availability.
 * @example
 * SocialWorkerSchema.safeParse(value).success // validate one entity; `parseDistrict` validates them all
 */
export const SocialWorkerSchema = z
  .object({
    id: SocialWorkerIdSchema,
    name: NameSchema,
    qualification: QualificationSchema,
    domains: uniqueList(ServiceDomainSchema, 32),
    streetId: StreetIdSchema,
    stationId: StationIdSchema.optional(),
    agencyId: AgencyIdSchema.optional(),
    communityId: CommunityIdSchema.optional().meta({ description: 'home community, if any' }),
    capacity: z.int().min(0).max(100).meta({ description: 'how many teams they can lead' }),
    availability: z.array(WeeklySlotSchema).max(100).readonly(),
    active: z.boolean(),
    registeredOn: LocalDateSchema.optional().meta({ description: 'start of the current 3-year registration period' }),
  })
  .readonly()

/**
 * 志愿者 — a volunteer; `id` is the public 志愿者编号, the ID number is optional and sensitive.
 * @example
 * VolunteerSchema.safeParse(value).success // validate one entity; `parseDistrict` validates them all
 */
export const VolunteerSchema = z
  .object({
    id: VolunteerIdSchema,
    name: NameSchema,
    idType: IdTypeSchema.optional(),
    idNumber: z.string().min(1).max(32).optional().meta({ description: 'sensitive: masked in every export' }),
    phone: z.string().regex(/^1[3-9]\d{9}$/).optional(),
    birthDate: LocalDateSchema.optional(),
    skills: uniqueList(NameSchema, 64),
    domains: uniqueList(ServiceDomainSchema, 32),
    communityId: CommunityIdSchema.optional(),
    registeredOn: LocalDateSchema,
    consentToPublish: z.boolean().default(false).meta({ description: '条例 Art. 20: publish only with consent' }),
  })
  .readonly()
  .superRefine((v, ctx) => {
    // GB 11643 numbers (resident cards and HK/Macao/Taiwan residence permits) must pass their
    // check; a birth date in the future is the identity check's concern, not storage's.
    const checked = v.idType === undefined || v.idType === 'resident-id' || v.idType === 'residence-permit'
    if (v.idNumber === undefined || !checked) return
    const r = checkIdNumber(v.idNumber, { today: '9999-12-31' })
    if (!r.ok) ctx.addIssue({ code: 'custom', path: ['idNumber'], params: { code: 'MODEL_ID_NUMBER_INVALID', reason: r.code } })
  })

/**
 * 志愿服务队 — a volunteer team, its members and lead social workers.
 * @example
 * VolunteerTeamSchema.safeParse(value).success // validate one entity; `parseDistrict` validates them all
 */
export const VolunteerTeamSchema = z
  .object({
    id: TeamIdSchema,
    name: NameSchema,
    streetId: StreetIdSchema,
    communityId: CommunityIdSchema.optional(),
    domains: uniqueList(ServiceDomainSchema, 32),
    memberIds: uniqueList(VolunteerIdSchema),
    leadWorkerIds: uniqueList(SocialWorkerIdSchema, 16),
    leadsNeeded: z.int().min(0).max(16).default(1).meta({ description: 'how many distinct lead social workers it needs' }),
    brandId: BrandIdSchema.optional(),
    status: TeamStatusSchema.default('active'),
    meetingTimes: z.array(WeeklySlotSchema).max(100).readonly().prefault([]).meta({ description: 'when the team usually serves' }),
    foundedOn: LocalDateSchema,
    cultivatedByStationId: StationIdSchema.optional(),
    organizationId: OrganizationIdSchema.optional(),
  })
  .readonly()

/**
 * 阵地 — a shared venue with capacity and opening hours.
 * @example
 * VenueSchema.safeParse(value).success // validate one entity; `parseDistrict` validates them all
 */
export const VenueSchema = z
  .object({
    id: VenueIdSchema,
    name: NameSchema,
    communityId: CommunityIdSchema,
    capacity: CountSchema,
    openingHours: z.array(WeeklySlotSchema).max(100).readonly(),
  })
  .readonly()

/** An interval with an end after its start; adds a coded issue otherwise. */
function endAfterStart(value: { readonly start: string; readonly end: string }, ctx: z.core.$RefinementCtx): void {
  const s = parseInstant(value.start)
  const e = parseInstant(value.end)
  if (s !== undefined && e !== undefined && e <= s) {
    ctx.addIssue({ code: 'custom', path: ['end'], params: { code: 'MODEL_END_NOT_AFTER_START', start: value.start, end: value.end } })
  }
}

/**
 * 实践活动 — a dated activity run by a team, optionally led by a social worker.
 * @example
 * ActivitySchema.safeParse(value).success // validate one entity; `parseDistrict` validates them all
 */
export const ActivitySchema = z
  .object({
    id: ActivityIdSchema,
    name: NameSchema,
    teamId: TeamIdSchema,
    venueId: VenueIdSchema.optional(),
    start: InstantSchema,
    end: InstantSchema,
    domain: ServiceDomainSchema,
    leadWorkerId: SocialWorkerIdSchema.optional().meta({ description: 'the social worker who led it (社工引领)' }),
    isVolunteerService: z.boolean().default(true).meta({ description: '办法 Art. 19: non-volunteer activities earn no hours' }),
    serviceContent: z.string().max(2000).optional(),
  })
  .readonly()
  .superRefine(endAfterStart)

/**
 * 项目 — a cultivated project and its stage.
 * @example
 * ProjectSchema.safeParse(value).success // validate one entity; `parseDistrict` validates them all
 */
export const ProjectSchema = z
  .object({
    id: ProjectIdSchema,
    name: NameSchema,
    stage: ProjectStageSchema,
    teamIds: uniqueList(TeamIdSchema, 1000),
    stationId: StationIdSchema.optional(),
    startedOn: LocalDateSchema,
  })
  .readonly()

/**
 * 服务品牌 — a service brand (e.g. a 小蓝帽 river-and-sea protection brand).
 * @example
 * BrandSchema.safeParse(value).success // validate one entity; `parseDistrict` validates them all
 */
export const BrandSchema = z
  .object({
    id: BrandIdSchema,
    name: NameSchema,
    domain: ServiceDomainSchema,
    establishedOn: LocalDateSchema,
  })
  .readonly()

/**
 * 志愿服务记录 — one volunteer's service session, with its offset-carrying start and end.
 * @example
 * ServiceRecordSchema.safeParse(value).success // validate one entity; `parseDistrict` validates them all
 */
export const ServiceRecordSchema = z
  .object({
    id: RecordIdSchema,
    volunteerId: VolunteerIdSchema,
    teamId: TeamIdSchema.optional(),
    activityId: ActivityIdSchema.optional(),
    start: InstantSchema,
    end: InstantSchema,
    breakMinutes: z.int().min(0).max(100_000).default(0),
    travelMinutes: z.int().min(0).max(100_000).default(0),
    status: RecordStatusSchema,
    recordedBy: z.string().min(1).max(200).optional().meta({ description: 'who recorded it (谁组织谁记录)' }),
    recordedAt: InstantSchema.optional(),
  })
  .readonly()
  .superRefine(endAfterStart)

/**
 * 慈善资源 — a charity resource, its amount in integer fen (分).
 * @example
 * CharityResourceSchema.safeParse(value).success // validate one entity; `parseDistrict` validates them all
 */
export const CharityResourceSchema = z
  .object({
    id: ResourceIdSchema,
    donor: NameSchema,
    amountFen: CountSchema.meta({ description: 'amount in fen (1 yuan = 100 fen)' }),
    purpose: z.string().min(1).max(2000),
    receivedOn: LocalDateSchema,
    communityId: CommunityIdSchema.optional(),
    projectId: ProjectIdSchema.optional(),
  })
  .readonly()

/**
 * District-wide rules the integrity check applies.
 * @example
 * DistrictRulesSchema.safeParse(value).success // validate one entity; `parseDistrict` validates them all
 */
export const DistrictRulesSchema = z
  .object({
    allowMultiTeamMembership: z.boolean().default(true).meta({ description: 'a volunteer may join several teams' }),
  })
  .readonly()

/**
 * 区 — one district and everything in it.
 * @example
 * DistrictSchema.safeParse(value).success // validate one entity; `parseDistrict` validates them all
 */
export const DistrictSchema = z
  .object({
    schemaVersion: z.literal(1).default(1),
    id: DistrictIdSchema,
    name: NameSchema,
    timeZone: TimeZoneSchema.default('Asia/Shanghai'),
    rules: DistrictRulesSchema.prefault({}),
    streets: z.array(StreetSchema).readonly().prefault([]),
    communities: z.array(CommunitySchema).readonly().prefault([]),
    stations: z.array(SocialWorkStationSchema).readonly().prefault([]),
    agencies: z.array(SocialWorkAgencySchema).readonly().prefault([]),
    organizations: z.array(CommunityOrganizationSchema).readonly().prefault([]),
    socialWorkers: z.array(SocialWorkerSchema).readonly().prefault([]),
    volunteers: z.array(VolunteerSchema).readonly().prefault([]),
    teams: z.array(VolunteerTeamSchema).readonly().prefault([]),
    venues: z.array(VenueSchema).readonly().prefault([]),
    activities: z.array(ActivitySchema).readonly().prefault([]),
    projects: z.array(ProjectSchema).readonly().prefault([]),
    brands: z.array(BrandSchema).readonly().prefault([]),
    records: z.array(ServiceRecordSchema).readonly().prefault([]),
    charityResources: z.array(CharityResourceSchema).readonly().prefault([]),
  })
  .readonly()
