// Smaller cases that pin down edge behaviour: custom policies, ties, repeated context items.
import { describe, expect, it } from 'vitest'
import {
  STAR_POLICY_FUJIAN,
  STAR_POLICY_SHENZHEN_LONGGANG,
  STAR_POLICY_SICHUAN,
  applyTimeBankOperations,
  awardPoints,
  buildCertificate,
  checkRecordingDeadlines,
  continuingEducation,
  depositTime,
  guidanceShare,
  openTimeBank,
  renderCertificate,
  starDistribution,
  starLevel,
  POINTS_POLICY_HAILIN,
} from '../../../src/hours/earn/index'
import { TongxinError } from '../../../src/errors/TongxinError'

describe('custom star policies are validated field by field', () => {
  it('accepts copies of the presets with every optional field', () => {
    const custom = { ...STAR_POLICY_SICHUAN, id: 'copy', tiers: STAR_POLICY_SICHUAN.tiers.map((t) => ({ ...t, awardedBy: '协会' })) }
    const r = starLevel({ creditedMinutes: 1600 * 60, selected: true, heldLevel: 4 }, custom)
    expect(r).toMatchObject({ level: 5, awardedBy: '协会' })
    expect(starLevel(6000, r.policy).policy).toBe(r.policy)
    const longgang = { ...STAR_POLICY_SHENZHEN_LONGGANG, id: 'lg', tiers: [...STAR_POLICY_SHENZHEN_LONGGANG.tiers] }
    expect(starLevel({ creditedMinutes: 6000, registrationMonths: 6 }, longgang).level).toBe(1)
    expect(starLevel(90_000, { ...STAR_POLICY_FUJIAN, id: 'fj', tiers: [...STAR_POLICY_FUJIAN.tiers] }).awardedBy).toBe('省级志愿者协会')
  })

  it('distribution: an item with its own registration date, and one without a known id', () => {
    const d = starDistribution(
      [
        { volunteerId: 'V1', creditedMinutes: 7000, registeredOn: '2020-01-01' },
        { volunteerId: 'V9', creditedMinutes: 7000 },
        7000,
      ],
      STAR_POLICY_SHENZHEN_LONGGANG,
      { asOf: '2025-01-01', registrations: [{ id: 'V1', registeredOn: '2024-12-01' }] },
    )
    expect(d.levels.map((l) => l.count)).toEqual([2, 1, 0, 0, 0])
  })
})

describe('points edge cases', () => {
  it('a kind given on a later entry of the same activity; both caps; record-only lines', () => {
    const r = awardPoints(
      [
        { volunteerId: 'V1', activityId: 'A', minutes: 100 },
        { volunteerId: 'V1', activityId: 'A', minutes: 100, kind: 'elderly' },
        { volunteerId: 'V1', recordId: 'r2', minutes: 60 },
        { volunteerId: 'V1', recordId: 'r1', minutes: 60 },
        { volunteerId: 'V0', recordId: 'r0', minutes: 60 },
      ],
      { ...POINTS_POLICY_HAILIN, id: 'h2', rates: { elderly: { points: 2, perMinutes: 60 } }, capPointsPerActivity: 3 },
    )
    expect(r.lines.map((l) => [l.volunteerId, l.activityId, l.recordId, l.kind, l.points, l.capped?.code ?? null])).toEqual([
      ['V0', null, 'r0', null, 1, null],
      ['V1', 'A', null, 'elderly', 3, 'POINTS_CAPPED'],
      ['V1', null, 'r1', null, 1, null],
      ['V1', null, 'r2', null, 1, null],
    ])
  })
})

describe('certificate edge cases', () => {
  it('a list of contents from any iterable, an issuer with a name only, a number without type', () => {
    const c = buildCertificate({
      volunteer: { id: 'V1', name: '王五', idNumber: 'E12345678' },
      serviceMinutes: 60,
      serviceContent: new Set(['助残']) as never,
      recordingUnit: 'u',
      issuer: { name: '站' },
    })
    expect(c.idNumber).toBe('*********')
    expect(renderCertificate(c)).toContain('身份证件号码：*********')
    expect(renderCertificate(c).endsWith('出具单位：站')).toBe(true)
  })

  it('too many contents, and a TongxinError from the masking function passes through', () => {
    const base = { volunteer: { id: 'V1', name: '王五', idNumber: 'x' }, serviceMinutes: 60, recordingUnit: 'u' }
    expect(() => buildCertificate({ ...base, serviceContent: Array.from({ length: 1001 }, () => 'x') })).toThrow(TongxinError)
    expect(() =>
      buildCertificate(
        { ...base, serviceContent: 'x' },
        {
          maskIdNumber: () => {
            throw new TongxinError('MASK_NOT_STRING')
          },
        },
      ),
    ).toThrow(expect.objectContaining({ code: 'MASK_NOT_STRING' }) as Error)
  })
})

describe('deadline, guidance, time bank, CE edge cases', () => {
  it('ties of repeated record ids are broken by end and entry time', () => {
    const rs = [
      { id: 'r', end: '2025-03-07T17:00:00+08:00' },
      { id: 'r', end: '2025-03-07T17:00:00+08:00', recordedAt: '2025-03-08T09:00:00+08:00' },
      { id: 'r', end: '2025-03-06T17:00:00+08:00', recordedAt: '2025-03-08T09:00:00+08:00' },
    ]
    const a = checkRecordingDeadlines(rs)
    expect(a).toEqual(checkRecordingDeadlines([rs[2], rs[0], rs[1]] as never))
    expect(a.results.map((r) => r.endedAt)).toEqual(['2025-03-06T09:00:00.000Z', '2025-03-07T09:00:00.000Z', '2025-03-07T09:00:00.000Z'])
  })

  it('identical repeated context items are fine; conflicting ones are not', () => {
    const act = { id: 'a', teamId: 't', leadWorkerId: 'w' }
    expect(guidanceShare([{ creditedMinutes: 5, activityId: 'a' }], { activities: [act, { ...act }] }).byTeam[0]?.guidedMinutes).toBe(5)
    expect(() => guidanceShare([], { activities: [act, { id: 'a', teamId: 't' }] })).toThrow(TongxinError)
    expect(() => guidanceShare([], { records: [{ id: 'r', teamId: 't' }, { id: 'r', teamId: 'u' }] })).toThrow(TongxinError)
    expect(guidanceShare([{ creditedMinutes: 1, recordId: 'r' }], { records: [{ id: 'r', teamId: 't' }], teams: [{ id: 't', streetId: 's' }] }).byStreet).toHaveLength(1)
  })

  it('an overflow inside a batch is thrown, not listed', () => {
    const b = depositTime(openTimeBank(), { holderId: 'V', minutes: Number.MAX_SAFE_INTEGER, at: '2025-01-01T00:00:00Z' })
    expect(() => applyTimeBankOperations(b, [{ kind: 'deposit', holderId: 'V', minutes: 1, at: '2025-01-01T00:00:00Z' }])).toThrow(
      expect.objectContaining({ code: 'HOURS_EARN_OVERFLOW' }) as Error,
    )
  })

  it('entries on the same day are ordered by id', () => {
    const r = continuingEducation(
      { id: 'W', qualification: 'intermediate', registeredOn: '2024-01-01' },
      [
        { id: 'b', date: '2024-05-01', kind: 'training', minutes: 60 },
        { id: 'a', date: '2024-05-01', kind: 'training', minutes: 60 },
      ],
      { asOf: '2024-06-01' },
    )
    expect(r.counted.map((c) => c.entryId)).toEqual(['a', 'b'])
  })
})
