import type * as z from 'zod'
import type {
  ActivityIdSchema, ActivitySchema, AgencyIdSchema, BrandIdSchema, BrandSchema, CharityResourceSchema,
  CommunityIdSchema, CommunityOrganizationSchema, CommunitySchema, DistrictIdSchema, DistrictRulesSchema,
  DistrictSchema, OrganizationIdSchema, ProjectIdSchema, ProjectSchema, RecordIdSchema, ResourceIdSchema,
  ServiceRecordSchema, SocialWorkAgencySchema, SocialWorkerIdSchema, SocialWorkerSchema, SocialWorkStationSchema,
  StationIdSchema, StreetIdSchema, StreetSchema, TeamIdSchema, VenueIdSchema, VenueSchema, VolunteerIdSchema,
  VolunteerSchema, VolunteerTeamSchema,
} from './schemas'
import type { WeeklySlotSchema } from './primitives'

// Types inferred from the schemas: readonly, with branded ids. Type-only imports, so importing
// a type never pulls zod into a bundle.

/**
 * 区 id.
 * @example
 * const id = DistrictIdSchema.parse('x-001') // DistrictId, not interchangeable with other ids
 */
export type DistrictId = z.infer<typeof DistrictIdSchema>
/**
 * 街道 id.
 * @example
 * const id = StreetIdSchema.parse('x-001') // StreetId, not interchangeable with other ids
 */
export type StreetId = z.infer<typeof StreetIdSchema>
/**
 * 社区 id.
 * @example
 * const id = CommunityIdSchema.parse('x-001') // CommunityId, not interchangeable with other ids
 */
export type CommunityId = z.infer<typeof CommunityIdSchema>
/**
 * 社工站 id.
 * @example
 * const id = StationIdSchema.parse('x-001') // StationId, not interchangeable with other ids
 */
export type StationId = z.infer<typeof StationIdSchema>
/**
 * 社工机构 id.
 * @example
 * const id = AgencyIdSchema.parse('x-001') // AgencyId, not interchangeable with other ids
 */
export type AgencyId = z.infer<typeof AgencyIdSchema>
/**
 * 社区社会组织 id.
 * @example
 * const id = OrganizationIdSchema.parse('x-001') // OrganizationId, not interchangeable with other ids
 */
export type OrganizationId = z.infer<typeof OrganizationIdSchema>
/**
 * 社工 id.
 * @example
 * const id = SocialWorkerIdSchema.parse('x-001') // SocialWorkerId, not interchangeable with other ids
 */
export type SocialWorkerId = z.infer<typeof SocialWorkerIdSchema>
/**
 * 志愿者编号.
 * @example
 * const id = VolunteerIdSchema.parse('x-001') // VolunteerId, not interchangeable with other ids
 */
export type VolunteerId = z.infer<typeof VolunteerIdSchema>
/**
 * 志愿服务队 id.
 * @example
 * const id = TeamIdSchema.parse('x-001') // TeamId, not interchangeable with other ids
 */
export type TeamId = z.infer<typeof TeamIdSchema>
/**
 * 阵地 id.
 * @example
 * const id = VenueIdSchema.parse('x-001') // VenueId, not interchangeable with other ids
 */
export type VenueId = z.infer<typeof VenueIdSchema>
/**
 * 实践活动 id.
 * @example
 * const id = ActivityIdSchema.parse('x-001') // ActivityId, not interchangeable with other ids
 */
export type ActivityId = z.infer<typeof ActivityIdSchema>
/**
 * 项目 id.
 * @example
 * const id = ProjectIdSchema.parse('x-001') // ProjectId, not interchangeable with other ids
 */
export type ProjectId = z.infer<typeof ProjectIdSchema>
/**
 * 服务品牌 id.
 * @example
 * const id = BrandIdSchema.parse('x-001') // BrandId, not interchangeable with other ids
 */
export type BrandId = z.infer<typeof BrandIdSchema>
/**
 * 志愿服务记录 id.
 * @example
 * const id = RecordIdSchema.parse('x-001') // RecordId, not interchangeable with other ids
 */
export type RecordId = z.infer<typeof RecordIdSchema>
/**
 * 慈善资源 id.
 * @example
 * const id = ResourceIdSchema.parse('x-001') // ResourceId, not interchangeable with other ids
 */
export type ResourceId = z.infer<typeof ResourceIdSchema>

/**
 * A weekly slot: ISO weekday and `HH:mm` from/to.
 * @example
 * const slot: WeeklySlot = { day: 6, from: '09:00', to: '11:30' }
 */
export type WeeklySlot = z.infer<typeof WeeklySlotSchema>
/**
 * 街道.
 * @example
 * const first: Street | undefined = parseDistrict(json).streets[0]
 */
export type Street = z.infer<typeof StreetSchema>
/**
 * 社区.
 * @example
 * const first: Community | undefined = parseDistrict(json).communities[0]
 */
export type Community = z.infer<typeof CommunitySchema>
/**
 * 街道社工站.
 * @example
 * const first: SocialWorkStation | undefined = parseDistrict(json).stations[0]
 */
export type SocialWorkStation = z.infer<typeof SocialWorkStationSchema>
/**
 * 社工机构.
 * @example
 * const first: SocialWorkAgency | undefined = parseDistrict(json).agencies[0]
 */
export type SocialWorkAgency = z.infer<typeof SocialWorkAgencySchema>
/**
 * 社区社会组织.
 * @example
 * const first: CommunityOrganization | undefined = parseDistrict(json).organizations[0]
 */
export type CommunityOrganization = z.infer<typeof CommunityOrganizationSchema>
/**
 * 社工.
 * @example
 * const first: SocialWorker | undefined = parseDistrict(json).socialWorkers[0]
 */
export type SocialWorker = z.infer<typeof SocialWorkerSchema>
/**
 * 志愿者.
 * @example
 * const first: Volunteer | undefined = parseDistrict(json).volunteers[0]
 */
export type Volunteer = z.infer<typeof VolunteerSchema>
/**
 * 志愿服务队.
 * @example
 * const first: VolunteerTeam | undefined = parseDistrict(json).teams[0]
 */
export type VolunteerTeam = z.infer<typeof VolunteerTeamSchema>
/**
 * 阵地.
 * @example
 * const first: Venue | undefined = parseDistrict(json).venues[0]
 */
export type Venue = z.infer<typeof VenueSchema>
/**
 * 实践活动.
 * @example
 * const first: Activity | undefined = parseDistrict(json).activities[0]
 */
export type Activity = z.infer<typeof ActivitySchema>
/**
 * 项目.
 * @example
 * const first: Project | undefined = parseDistrict(json).projects[0]
 */
export type Project = z.infer<typeof ProjectSchema>
/**
 * 服务品牌.
 * @example
 * const first: Brand | undefined = parseDistrict(json).brands[0]
 */
export type Brand = z.infer<typeof BrandSchema>
/**
 * 志愿服务记录.
 * @example
 * const first: ServiceRecord | undefined = parseDistrict(json).records[0]
 */
export type ServiceRecord = z.infer<typeof ServiceRecordSchema>
/**
 * 慈善资源.
 * @example
 * const first: CharityResource | undefined = parseDistrict(json).charityResources[0]
 */
export type CharityResource = z.infer<typeof CharityResourceSchema>
/**
 * District-wide integrity rules.
 * @example
 * const rules: DistrictRules = { allowMultiTeamMembership: false }
 */
export type DistrictRules = z.infer<typeof DistrictRulesSchema>
/**
 * 区: one district and everything in it.
 * @example
 * const d: District = parseDistrict(json)
 */
export type District = z.infer<typeof DistrictSchema>
/**
 * The district as accepted on input (defaults not yet applied, ids not yet branded).
 * @example
 * const input: DistrictInput = { id: 'laoshan', name: '崂山区' }
 */
export type DistrictInput = z.input<typeof DistrictSchema>
