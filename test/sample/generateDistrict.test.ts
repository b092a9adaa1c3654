import { describe, expect, it } from 'vitest'
import { checkIntegrity } from '../../src/district/index'
import { isTongxinError } from '../../src/errors/TongxinError'
import { formatMessage } from '../../src/i18n/formatMessage'
import { checkCreditCode, checkIdNumber } from '../../src/ids/index'
import { parseDistrict } from '../../src/model/parseDistrict'
import type { District } from '../../src/model/types'
import { SAMPLE_LIMITS, generateDistrict } from '../../src/sample/index'
import type { GenerateDistrictOptions } from '../../src/sample/index'
import { deepFrozen, epochMinutes, validateJsonSchema } from './helpers'

const BASE: GenerateDistrictOptions = {
  seed: 11,
  year: 2025,
  streets: 3,
  communitiesPerStreet: 4,
  teams: 30,
  volunteers: 400,
  socialWorkers: 24,
  recordsPerVolunteer: 6,
}

function errorOf(run: () => unknown): { code: string; params: Readonly<Record<string, unknown>> } {
  try {
    run()
  } catch (e) {
    if (isTongxinError(e)) return { code: e.code, params: e.params }
    throw e
  }
  throw new Error('expected a TongxinError')
}

function expectValid(d: District): void {
  expect(parseDistrict(d)).toStrictEqual(d)
  expect(checkIntegrity(d)).toEqual([])
  const schema = validateJsonSchema(d)
  expect(schema.errors).toBeUndefined()
  expect(schema.ok).toBe(true)
}

describe('generateDistrict', () => {
  const d = generateDistrict(BASE)

  it('makes exactly the sizes asked for', () => {
    expect(d.streets).toHaveLength(3)
    expect(d.communities).toHaveLength(12)
    expect(d.stations).toHaveLength(3)
    expect(d.teams).toHaveLength(30)
    expect(d.volunteers).toHaveLength(400)
    expect(d.socialWorkers).toHaveLength(24)
    expect(d.records).toHaveLength(2400)
    expect(d.id).toBe('sample-11')
    expect(d.name).toBe('同心示例区')
    expect(d.timeZone).toBe('Asia/Shanghai')
  })

  it('is valid: parseDistrict returns it unchanged, integrity holds, the JSON Schema accepts it', () => {
    expectValid(d)
  })

  it('is deep-frozen', () => {
    expect(deepFrozen(d)).toBe(true)
  })

  it('emits ids in sorted order, unique per kind', () => {
    for (const list of [d.streets, d.communities, d.teams, d.volunteers, d.socialWorkers, d.records, d.activities, d.venues]) {
      const ids = list.map((x) => x.id)
      expect(new Set(ids).size).toBe(ids.length)
      expect([...ids].sort()).toEqual(ids)
    }
  })

  it('writes instants in local time with the +08:00 offset', () => {
    for (const r of d.records.slice(0, 200)) {
      expect(r.start).toMatch(/^2025-\d{2}-\d{2}T\d{2}:\d{2}:00\+08:00$/)
      expect(r.end).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+08:00$/)
      expect(epochMinutes(r.end)).toBeGreaterThan(epochMinutes(r.start))
    }
  })

  it('keeps worker capacities within workerCapacity and leads consistent', () => {
    const narrow = generateDistrict({ ...BASE, workerCapacity: [2, 3] })
    const led = new Map<string, number>()
    for (const t of narrow.teams) {
      expect(t.leadWorkerIds.length).toBeLessThanOrEqual(t.leadsNeeded)
      for (const w of t.leadWorkerIds) led.set(w, (led.get(w) ?? 0) + 1)
    }
    for (const w of narrow.socialWorkers) {
      expect(w.capacity).toBeGreaterThanOrEqual(2)
      expect(w.capacity).toBeLessThanOrEqual(3)
      expect(led.get(w.id) ?? 0).toBeLessThanOrEqual(w.capacity)
      if (!w.active) expect(led.has(w.id)).toBe(false)
    }
    expect(narrow.socialWorkers.filter((w) => !w.active).length).toBeGreaterThan(0)
    const none = generateDistrict({ ...BASE, workerCapacity: [0, 0] })
    expect(none.teams.every((t) => t.leadWorkerIds.length === 0)).toBe(true)
    expectValid(none)
  })

  it('generates identity numbers and credit codes that pass their checks', () => {
    const today = '2025-12-31'
    let ids = 0
    for (const v of d.volunteers) {
      if (v.idType === 'resident-id' || v.idType === 'residence-permit') {
        const r = checkIdNumber(v.idNumber, { today })
        expect(r.ok, v.idNumber).toBe(true)
        if (r.ok) expect(r.birthDate).toBe(v.birthDate)
        ids++
      }
    }
    expect(ids).toBeGreaterThan(200)
    const codes = [...d.agencies, ...d.organizations].flatMap((x) => (x.creditCode === undefined ? [] : [x.creditCode]))
    expect(codes.length).toBeGreaterThan(0)
    for (const c of codes) expect(checkCreditCode(c).ok, c).toBe(true)
  })

  it('uses given id, name, street names and stations per street', () => {
    const named = generateDistrict({ ...BASE, id: 'qd.test', name: '测试区', streetNames: ['甲街道', '乙街道', '丙街道', '多余'], stationsPerStreet: 2 })
    expect(named.id).toBe('qd.test')
    expect(named.name).toBe('测试区')
    expect(named.streets.map((s) => s.name)).toEqual(['甲街道', '乙街道', '丙街道'])
    expect(named.stations.map((s) => s.name)).toEqual(['甲街道社工站', '甲街道社工站第二分站', '乙街道社工站', '乙街道社工站第二分站', '丙街道社工站', '丙街道社工站第二分站'])
    expectValid(named)
  })

  it('handles empty parts: no teams, no workers, no stations, no records', () => {
    const bare = generateDistrict({ seed: -5, year: 2000, streets: 1, communitiesPerStreet: 0, teams: 0, volunteers: 20, socialWorkers: 0, recordsPerVolunteer: 2, stationsPerStreet: 0 })
    expect(bare.id).toBe('sample-n5')
    expect(bare.teams).toEqual([])
    expect(bare.records).toHaveLength(40)
    expect(bare.records.every((r) => r.teamId === undefined)).toBe(true)
    expect(bare.volunteers.every((v) => v.communityId === undefined)).toBe(true)
    expectValid(bare)
    const teamless = generateDistrict({ ...BASE, teams: 0 })
    expect(teamless.volunteers.every((v) => v.communityId !== undefined)).toBe(true)
    expectValid(teamless)
    const empty = generateDistrict({ seed: 0, year: 2100, streets: 1, communitiesPerStreet: 1, teams: 0, volunteers: 0, socialWorkers: 0, recordsPerVolunteer: 0 })
    expect(empty.records).toEqual([])
    expectValid(empty)
    const noStations = generateDistrict({ ...BASE, stationsPerStreet: 0 })
    expect(noStations.teams.every((t) => t.cultivatedByStationId === undefined)).toBe(true)
    expectValid(noStations)
  })

  it('emits each volunteer\'s records in chronological order, for few and for many records', () => {
    for (const o of [BASE, { ...BASE, volunteers: 3, recordsPerVolunteer: 80 }]) {
      const z = generateDistrict(o)
      const last = new Map<string, number>()
      for (const r of z.records) {
        const t = epochMinutes(r.start)
        expect(t).toBeGreaterThanOrEqual(last.get(r.volunteerId) ?? -Infinity)
        last.set(r.volunteerId, t)
      }
      expect(Math.max(...z.volunteers.map((v) => z.records.filter((r) => r.volunteerId === v.id).length))).toBeGreaterThan(o === BASE ? 6 : 32)
    }
  })

  it('rounds a fractional mean of records per volunteer', () => {
    expect(generateDistrict({ ...BASE, recordsPerVolunteer: 0.5 }).records).toHaveLength(200)
  })

  it('gives different districts for seeds that differ only above 32 bits', () => {
    const a = generateDistrict({ ...BASE, seed: 1, id: 'x' })
    const b = generateDistrict({ ...BASE, seed: 2 ** 32 + 1, id: 'x' })
    expect(a).not.toEqual(b)
  })

  it.each(['America/New_York', 'Europe/Berlin', 'UTC', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Chatham'])('writes correct offsets in %s', (timeZone) => {
    const z = generateDistrict({ ...BASE, timeZone, volunteers: 300 })
    expectValid(z)
    const fmt = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    const wall = (ms: number): string => {
      const p = Object.fromEntries(fmt.formatToParts(ms).map((x) => [x.type, x.value]))
      return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`
    }
    for (const r of z.records) {
      for (const t of [r.start, r.end, r.recordedAt]) {
        if (t !== undefined) expect(wall(Date.parse(t)), t).toBe(t.slice(0, 16))
      }
    }
  })
})

describe('generateDistrict options', () => {
  const cases: [string, unknown, string][] = [
    ['not an object', 3, 'SAMPLE_INVALID_OPTIONS'],
    ['null', null, 'SAMPLE_INVALID_OPTIONS'],
    ['an array', [], 'SAMPLE_INVALID_OPTIONS'],
    ['missing seed', { ...BASE, seed: undefined }, 'SAMPLE_OPTION_REQUIRED'],
    ['non-integer seed', { ...BASE, seed: 1.5 }, 'SAMPLE_OPTION_NOT_INTEGER'],
    ['NaN teams', { ...BASE, teams: Number.NaN }, 'SAMPLE_OPTION_NOT_INTEGER'],
    ['string streets', { ...BASE, streets: '3' }, 'SAMPLE_OPTION_NOT_INTEGER'],
    ['negative volunteers', { ...BASE, volunteers: -1 }, 'SAMPLE_OPTION_OUT_OF_RANGE'],
    ['year 1999', { ...BASE, year: 1999 }, 'SAMPLE_OPTION_OUT_OF_RANGE'],
    ['year 2101', { ...BASE, year: 2101 }, 'SAMPLE_OPTION_OUT_OF_RANGE'],
    ['zero streets', { ...BASE, streets: 0 }, 'SAMPLE_OPTION_OUT_OF_RANGE'],
    ['absurd teams', { ...BASE, teams: 1e9 }, 'SAMPLE_OPTION_OUT_OF_RANGE'],
    ['too many stations', { ...BASE, stationsPerStreet: 11 }, 'SAMPLE_OPTION_OUT_OF_RANGE'],
    ['missing records mean', { ...BASE, recordsPerVolunteer: undefined }, 'SAMPLE_OPTION_REQUIRED'],
    ['infinite records mean', { ...BASE, recordsPerVolunteer: Infinity }, 'SAMPLE_OPTION_NOT_NUMBER'],
    ['string records mean', { ...BASE, recordsPerVolunteer: '3' }, 'SAMPLE_OPTION_NOT_NUMBER'],
    ['negative records mean', { ...BASE, recordsPerVolunteer: -1 }, 'SAMPLE_OPTION_OUT_OF_RANGE'],
    ['too many records', { ...BASE, volunteers: 2_000_000, recordsPerVolunteer: 10 }, 'SAMPLE_TOO_LARGE'],
    ['too many communities', { ...BASE, streets: 1000, communitiesPerStreet: 100 }, 'SAMPLE_TOO_LARGE'],
    ['teams without communities', { ...BASE, communitiesPerStreet: 0 }, 'SAMPLE_NO_COMMUNITIES_FOR_TEAMS'],
    ['capacity not a pair', { ...BASE, workerCapacity: [1] }, 'SAMPLE_OPTION_INVALID'],
    ['capacity reversed', { ...BASE, workerCapacity: [4, 1] }, 'SAMPLE_OPTION_INVALID'],
    ['capacity negative', { ...BASE, workerCapacity: [-1, 1] }, 'SAMPLE_OPTION_INVALID'],
    ['capacity too big', { ...BASE, workerCapacity: [1, 101] }, 'SAMPLE_OPTION_INVALID'],
    ['capacity not integers', { ...BASE, workerCapacity: [1, 2.5] }, 'SAMPLE_OPTION_INVALID'],
    ['capacity object', { ...BASE, workerCapacity: { 0: 1, 1: 2 } }, 'SAMPLE_OPTION_INVALID'],
    ['bad id', { ...BASE, id: '-x' }, 'SAMPLE_OPTION_INVALID'],
    ['numeric id', { ...BASE, id: 5 }, 'SAMPLE_OPTION_INVALID'],
    ['untrimmed name', { ...BASE, name: ' 区 ' }, 'SAMPLE_OPTION_INVALID'],
    ['empty name', { ...BASE, name: '' }, 'SAMPLE_OPTION_INVALID'],
    ['unknown zone', { ...BASE, timeZone: 'Mars/Olympus' }, 'SAMPLE_OPTION_INVALID'],
    ['numeric zone', { ...BASE, timeZone: 8 }, 'SAMPLE_OPTION_INVALID'],
    ['street names not an array', { ...BASE, streetNames: '甲' }, 'SAMPLE_OPTION_INVALID'],
    ['too few street names', { ...BASE, streetNames: ['甲'] }, 'SAMPLE_STREET_NAMES_TOO_FEW'],
    ['duplicate street names', { ...BASE, streetNames: ['甲', '乙', '甲'] }, 'SAMPLE_DUPLICATE_STREET_NAME'],
    ['bad street name', { ...BASE, streetNames: ['甲', 7, '丙'] }, 'SAMPLE_OPTION_INVALID'],
  ]
  it.each(cases)('rejects %s', (_label, options, code) => {
    const e = errorOf(() => generateDistrict(options as GenerateDistrictOptions))
    expect(e.code).toBe(code)
    expect(formatMessage(e, 'zh-CN')).not.toBe(code)
    expect(formatMessage(e, 'en')).not.toMatch(/\{\w+\}/)
  })

  it('turns unreadable option objects into TongxinError', () => {
    const getter = Object.defineProperty({ ...BASE }, 'teams', {
      enumerable: true,
      get() {
        throw new Error('boom')
      },
    })
    expect(errorOf(() => generateDistrict(getter)).code).toBe('SAMPLE_INVALID_OPTIONS')
    const proxy = new Proxy({}, { getOwnPropertyDescriptor: () => { throw new RangeError('trap') } })
    expect(errorOf(() => generateDistrict(proxy as GenerateDistrictOptions)).code).toBe('SAMPLE_INVALID_OPTIONS')
  })

  it('ignores inherited option values', () => {
    const inherited = Object.create(BASE) as GenerateDistrictOptions
    expect(errorOf(() => generateDistrict(inherited)).code).toBe('SAMPLE_OPTION_REQUIRED')
  })

  it('documents its limits', () => {
    expect(SAMPLE_LIMITS.records).toBe(5_000_000)
    expect(Object.isFrozen(SAMPLE_LIMITS)).toBe(true)
  })
})
