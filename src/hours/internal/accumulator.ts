/* eslint-disable @typescript-eslint/no-non-null-assertion -- hot loops index typed arrays within their bounds */
// A mutable summary under construction; frozen into an HoursSummary at the end.
import type { HoursRejectionCode, HoursSummary, HoursSummaryLine } from '../types'
import { unitLines } from './ledger'
import { codeOf, type Batch, type EngineResult, type ResolvedContext } from './engine'
import { monthKey } from './time'

type Lines = Map<string, Map<number, number>>

function add(lines: Lines, id: string, month: number, minutes: number): void {
  let m = lines.get(id)
  if (m === undefined) {
    m = new Map()
    lines.set(id, m)
  }
  m.set(month, (m.get(month) ?? 0) + minutes)
}

/** Summary state: lines by id and month index, counts, rejections. */
export class SummaryAccumulator {
  /** Per volunteer. */
  readonly volunteers: Lines = new Map()
  /** Per team. */
  readonly teams: Lines = new Map()
  /** Per community. */
  readonly communities: Lines = new Map()
  /** Per street. */
  readonly streets: Lines = new Map()
  /** Records seen. */
  inputRecords = 0
  /** Records that earned a minute. */
  creditedRecords = 0
  /** Rejections by code. */
  readonly rejected = new Map<HoursRejectionCode, number>()
  private readonly ctx: ResolvedContext
  /** The zone. */
  readonly timeZone: string

  /**
   * @param timeZone - the policy's zone
   * @param ctx - the resolved context (teams → community, street)
   */
  constructor(timeZone: string, ctx: ResolvedContext) {
    this.timeZone = timeZone
    this.ctx = ctx
  }

  private reject(code: HoursRejectionCode): void {
    this.rejected.set(code, (this.rejected.get(code) ?? 0) + 1)
  }

  /**
   * Folds one engine run into the summary.
   * @param b - the batch
   * @param res - its engine result
   */
  fold(b: Batch, res: EngineResult): void {
    this.inputRecords += b.n
    for (let i = 0; i < b.n; i++) {
      const c = b.code[i]!
      if (c !== 0) this.reject(codeOf(c))
    }
    const { order, team, credited, zero, pRec, pMin, pMonth, pieces, volByRank, pFrom } = res
    for (let k = 0; k < order.length; k++) {
      if (credited[k]! > 0) this.creditedRecords++
      else this.reject(codeOf(zero[k]!))
    }
    // Consecutive pieces of one volunteer (or team) in one month are summed before one map update.
    let r = 0
    let vRank = -1
    let vMonth = 0
    let vSum = 0
    let tTeam = -1
    let tMonth = 0
    let tSum = 0
    for (let p = 0; p <= pieces; p++) {
      const atEnd = p === pieces
      const m = atEnd ? 0 : pMin[p]!
      if (m === 0 && !atEnd) continue
      if (!atEnd) while (pFrom[r + 1]! <= p) r++
      const month = atEnd ? -1 : pMonth[p]!
      const t = atEnd ? -2 : team[pRec[p]!]!
      if (atEnd || r !== vRank || month !== vMonth) {
        if (vSum !== 0) add(this.volunteers, b.volIds[volByRank[vRank]!] ?? '', vMonth, vSum)
        vRank = r
        vMonth = month
        vSum = 0
      }
      if (atEnd || t !== tTeam || month !== tMonth) {
        if (tSum !== 0 && tTeam >= 0) this.addTeam(b.teamIds[tTeam] ?? '', tMonth, tSum)
        tTeam = t
        tMonth = month
        tSum = 0
      }
      vSum += m
      tSum += m
    }
  }

  /** Adds team minutes, and through the context the team's community and street minutes. */
  private addTeam(teamId: string, month: number, minutes: number): void {
    add(this.teams, teamId, month, minutes)
    const info = this.ctx.teams.get(teamId)
    if (info?.communityId != null) add(this.communities, info.communityId, month, minutes)
    if (info?.streetId != null) add(this.streets, info.streetId, month, minutes)
  }

  /**
   * Freezes the state into a summary.
   * @returns the summary
   */
  toSummary(): HoursSummary {
    const volunteers = unitLines(this.volunteers)
    const months = new Map<number, number>()
    let minutes = 0
    for (const m of this.volunteers.values()) {
      for (const [k, v] of m) {
        months.set(k, (months.get(k) ?? 0) + v)
        minutes += v
      }
    }
    const byMonth: Record<string, number> = {}
    for (const k of [...months.keys()].sort((a, b) => a - b)) {
      const v = months.get(k) ?? 0
      if (v !== 0) byMonth[monthKey(k)] = v
    }
    const rejectedByCode: Partial<Record<HoursRejectionCode, number>> = {}
    for (const code of [...this.rejected.keys()].sort()) rejectedByCode[code] = this.rejected.get(code) ?? 0
    return freezeSummary({
      timeZone: this.timeZone,
      minutes,
      byMonth,
      volunteers,
      teams: unitLines(this.teams),
      communities: unitLines(this.communities),
      streets: unitLines(this.streets),
      inputRecords: this.inputRecords,
      creditedRecords: this.creditedRecords,
      rejectedByCode,
    })
  }
}

/**
 * Freezes a summary (shallowly on already frozen lines).
 * @param s - the summary
 * @returns the frozen summary
 */
export function freezeSummary(s: {
  timeZone: string | null
  minutes: number
  byMonth: Record<string, number>
  volunteers: readonly HoursSummaryLine[]
  teams: readonly HoursSummaryLine[]
  communities: readonly HoursSummaryLine[]
  streets: readonly HoursSummaryLine[]
  inputRecords: number
  creditedRecords: number
  rejectedByCode: Partial<Record<HoursRejectionCode, number>>
}): HoursSummary {
  Object.freeze(s.byMonth)
  Object.freeze(s.rejectedByCode)
  return Object.freeze(s)
}
