// Types of the district report.

/**
 * Credited and guided minutes of one unit (the district, a street).
 * @example
 * const m: ReportMinutes = { creditedMinutes: 600, guidedMinutes: 120 }
 */
export interface ReportMinutes {
  /** Credited volunteer minutes. */
  readonly creditedMinutes: number
  /** Of those, minutes in activities led by a social worker (社工引领). */
  readonly guidedMinutes: number
}

/**
 * One street's line in the report.
 * @example
 * summarizeDistrict(d, ledger).byStreet[0]?.teamsLed
 */
export interface StreetReport extends ReportMinutes {
  /** The street's id. */
  readonly streetId: string
  /** The street's name. */
  readonly name: string
  /** Communities in the street. */
  readonly communities: number
  /** Pilot (试点) and demonstration (示范) communities in the street. */
  readonly pilotOrDemonstration: number
  /** Volunteer teams in the street. */
  readonly teams: number
  /** Teams led by at least one social worker. */
  readonly teamsLed: number
  /** Social workers serving in the street. */
  readonly socialWorkers: number
}

/**
 * One month of credited minutes.
 * @example
 * const m: MonthMinutes = { month: '2025-03', minutes: 3_600 }
 */
export interface MonthMinutes {
  /** `YYYY-MM` in the hours policy's time zone. */
  readonly month: string
  /** Credited minutes. */
  readonly minutes: number
}

/**
 * The district summary that policy documents quote (teams cultivated, volunteers linked, hours,
 * activities, guided share), as data. Render it with `reportToMarkdown`, `reportToCsv` or
 * `monthlyHoursSvg`.
 * @example
 * const report: DistrictReport = summarizeDistrict(laoshanSample(), ledger)
 */
export interface DistrictReport extends ReportMinutes {
  /** The district's id. */
  readonly districtId: string
  /** The district's name. */
  readonly districtName: string
  /** The time zone the months are in. */
  readonly timeZone: string
  /** Communities by status. */
  readonly communities: { readonly total: number; readonly ordinary: number; readonly pilot: number; readonly demonstration: number }
  /** Teams: all, cultivated by a station (培育), led by a social worker, carrying a brand. */
  readonly teams: { readonly total: number; readonly cultivated: number; readonly ledBySocialWorker: number; readonly branded: number }
  /** Community organisations (社区社会组织). */
  readonly organizations: number
  /** Social workers: all, active, leading at least one team. */
  readonly socialWorkers: { readonly total: number; readonly active: number; readonly leading: number }
  /** Volunteers: all, linked (member of a team led by a social worker), with credited hours. */
  readonly volunteers: { readonly total: number; readonly linked: number; readonly withHours: number }
  /** Activities: all, led by a social worker. */
  readonly activities: { readonly total: number; readonly ledBySocialWorker: number }
  /** Service brands (服务品牌). */
  readonly brands: number
  /** Charity resources: how many, and the total in fen (分). */
  readonly charity: { readonly count: number; readonly amountFen: number }
  /** Credited minutes by month, in month order. */
  readonly byMonth: readonly MonthMinutes[]
  /** One line per street, sorted by street id. */
  readonly byStreet: readonly StreetReport[]
}
