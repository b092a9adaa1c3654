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

/** 区 id. */ export type DistrictId = z.infer<typeof DistrictIdSchema>
/** 街道 id. */ export type StreetId = z.infer<typeof StreetIdSchema>
/** 社区 id. */ export type CommunityId = z.infer<typeof CommunityIdSchema>
/** 社工站 id. */ export type StationId = z.infer<typeof StationIdSchema>
/** 社工机构 id. */ export type AgencyId = z.infer<typeof AgencyIdSchema>
/** 社区社会组织 id. */ export type OrganizationId = z.infer<typeof OrganizationIdSchema>
/** 社工 id. */ export type SocialWorkerId = z.infer<typeof SocialWorkerIdSchema>
/** 志愿者编号. */ export type VolunteerId = z.infer<typeof VolunteerIdSchema>
/** 志愿服务队 id. */ export type TeamId = z.infer<typeof TeamIdSchema>
/** 阵地 id. */ export type VenueId = z.infer<typeof VenueIdSchema>
/** 实践活动 id. */ export type ActivityId = z.infer<typeof ActivityIdSchema>
/** 项目 id. */ export type ProjectId = z.infer<typeof ProjectIdSchema>
/** 服务品牌 id. */ export type BrandId = z.infer<typeof BrandIdSchema>
/** 志愿服务记录 id. */ export type RecordId = z.infer<typeof RecordIdSchema>
/** 慈善资源 id. */ export type ResourceId = z.infer<typeof ResourceIdSchema>

/** A weekly slot: ISO weekday and `HH:mm` from/to. */ export type WeeklySlot = z.infer<typeof WeeklySlotSchema>
/** 街道. */ export type Street = z.infer<typeof StreetSchema>
/** 社区. */ export type Community = z.infer<typeof CommunitySchema>
/** 街道社工站. */ export type SocialWorkStation = z.infer<typeof SocialWorkStationSchema>
/** 社工机构. */ export type SocialWorkAgency = z.infer<typeof SocialWorkAgencySchema>
/** 社区社会组织. */ export type CommunityOrganization = z.infer<typeof CommunityOrganizationSchema>
/** 社工. */ export type SocialWorker = z.infer<typeof SocialWorkerSchema>
/** 志愿者. */ export type Volunteer = z.infer<typeof VolunteerSchema>
/** 志愿服务队. */ export type VolunteerTeam = z.infer<typeof VolunteerTeamSchema>
/** 阵地. */ export type Venue = z.infer<typeof VenueSchema>
/** 实践活动. */ export type Activity = z.infer<typeof ActivitySchema>
/** 项目. */ export type Project = z.infer<typeof ProjectSchema>
/** 服务品牌. */ export type Brand = z.infer<typeof BrandSchema>
/** 志愿服务记录. */ export type ServiceRecord = z.infer<typeof ServiceRecordSchema>
/** 慈善资源. */ export type CharityResource = z.infer<typeof CharityResourceSchema>
/** District-wide integrity rules. */ export type DistrictRules = z.infer<typeof DistrictRulesSchema>
/** 区: one district and everything in it. */ export type District = z.infer<typeof DistrictSchema>
/** The district as accepted on input (defaults not yet applied, ids not yet branded). */
export type DistrictInput = z.input<typeof DistrictSchema>
