import { describe, expect, it } from 'vitest'
import { TongxinError } from '../../src/errors/TongxinError'
import { parseDistrict } from '../../src/model/parseDistrict'
import { safeParseDistrict } from '../../src/model/safeParseDistrict'
import { serializeDistrict } from '../../src/model/serializeDistrict'

const minimal = { id: 'laoshan', name: '崂山区' }

function issuesOf(input: unknown) {
  const r = safeParseDistrict(input)
  if (r.ok) throw new Error('expected a failure')
  return r.error.issues.map((i) => ({ code: i.code, path: i.path.join('.') }))
}

const volunteer = { id: 'V001', name: '张三', skills: [], domains: ['elderly'], registeredOn: '2024-01-05' }
const record = {
  id: 'r1',
  volunteerId: 'V001',
  start: '2025-03-08T09:00:00+08:00',
  end: '2025-03-08T11:30:00+08:00',
  status: 'confirmed',
}

describe('parseDistrict', () => {
  it('applies defaults and freezes', () => {
    const d = parseDistrict(minimal)
    expect(d.timeZone).toBe('Asia/Shanghai')
    expect(d.schemaVersion).toBe(1)
    expect(d.rules.allowMultiTeamMembership).toBe(true)
    expect(d.records).toEqual([])
    expect(Object.isFrozen(d)).toBe(true)
  })

  it('reads JSON text and round-trips through serializeDistrict', () => {
    const d = parseDistrict(JSON.stringify({ ...minimal, volunteers: [volunteer], records: [record] }))
    expect(d.records[0]?.breakMinutes).toBe(0)
    expect(d.volunteers[0]?.consentToPublish).toBe(false)
    expect(Object.isFrozen(d.records[0])).toBe(true)
    expect(parseDistrict(serializeDistrict(d))).toEqual(d)
    expect(parseDistrict(serializeDistrict(d, 2))).toEqual(d)
  })

  it('rejects bad JSON with a code', () => {
    expect(() => parseDistrict('{')).toThrow(TongxinError)
    const r = safeParseDistrict('{')
    expect(!r.ok && r.error.code).toBe('MODEL_INVALID_JSON')
  })

  it('reports every issue with its path, not just the first', () => {
    const issues = issuesOf({
      id: 'bad id!',
      name: '',
      timeZone: 'Mars/Olympus',
      volunteers: [{ ...volunteer, registeredOn: '2025-02-30', domains: ['elderly', 'elderly', 'astrology'] }],
      records: [{ ...record, end: '2025-03-08T08:00:00+08:00', breakMinutes: -1 }],
      socialWorkers: [
        {
          id: 'w1',
          name: '李四',
          qualification: 'guru',
          domains: [],
          streetId: 's1',
          capacity: 2.5,
          availability: [{ day: 8, from: '25:00', to: '09:00' }, { day: 1, from: '10:00', to: '09:00' }],
          active: 'yes',
        },
      ],
    })
    expect(issues).toEqual(
      expect.arrayContaining([
        { code: 'MODEL_INVALID_ID', path: 'id' },
        { code: 'MODEL_TOO_SMALL', path: 'name' },
        { code: 'MODEL_TIME_ZONE_UNKNOWN', path: 'timeZone' },
        { code: 'MODEL_DATE_NOT_REAL', path: 'volunteers.0.registeredOn' },
        { code: 'MODEL_INVALID_VALUE', path: 'volunteers.0.domains.2' },
        { code: 'MODEL_TOO_SMALL', path: 'records.0.breakMinutes' },
        { code: 'MODEL_INVALID_VALUE', path: 'socialWorkers.0.qualification' },
        { code: 'MODEL_INVALID_TYPE', path: 'socialWorkers.0.capacity' },
        { code: 'MODEL_TOO_BIG', path: 'socialWorkers.0.availability.0.day' },
        { code: 'MODEL_TIME_NOT_REAL', path: 'socialWorkers.0.availability.0.from' },
        { code: 'MODEL_END_NOT_AFTER_START', path: 'socialWorkers.0.availability.1.to' },
        { code: 'MODEL_INVALID_TYPE', path: 'socialWorkers.0.active' },
      ]),
    )
  })

  it('reports repeated list items', () => {
    expect(issuesOf({ ...minimal, volunteers: [{ ...volunteer, domains: ['elderly', 'youth', 'elderly'] }] })).toEqual([
      { code: 'MODEL_DUPLICATE_ITEM', path: 'volunteers.0.domains.2' },
    ])
  })

  it('rejects a record ending before it starts, and instants without an offset', () => {
    expect(issuesOf({ ...minimal, records: [{ ...record, end: '2025-03-08T08:00:00+08:00' }] })).toEqual([
      { code: 'MODEL_END_NOT_AFTER_START', path: 'records.0.end' },
    ])
    expect(issuesOf({ ...minimal, records: [{ ...record, start: '2025-03-08T09:00:00' }] })).toEqual([
      { code: 'MODEL_DATETIME_NOT_REAL', path: 'records.0.start' },
    ])
    expect(issuesOf({ ...minimal, records: [{ ...record, start: '2025-03-08T25:00:00+08:00' }] })).toEqual([
      { code: 'MODEL_DATETIME_NOT_REAL', path: 'records.0.start' },
    ])
  })

  it('drops unknown keys, so prototype keys never reach a prototype', () => {
    const hostile = JSON.parse(
      '{"id":"d","name":"n","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"volunteers":[{"id":"V1","name":"x","skills":[],"domains":[],"registeredOn":"2024-01-01","__proto__":{"admin":true}}]}',
    ) as unknown
    const d = parseDistrict(hostile)
    expect(Object.getPrototypeOf(d)).toBe(Object.prototype)
    expect(Object.hasOwn(d, '__proto__')).toBe(false)
    expect(Object.hasOwn(d, 'constructor')).toBe(false)
    expect((d as unknown as { polluted?: unknown }).polluted).toBeUndefined()
    expect((d.volunteers[0] as unknown as { admin?: unknown }).admin).toBeUndefined()
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined()
  })

  it('turns hostile objects into a TongxinError', () => {
    const trap = new Proxy({}, { get: () => { throw new Error('boom') }, ownKeys: () => { throw new Error('boom') } })
    const r = safeParseDistrict(trap)
    expect(r.ok).toBe(false)
    expect(!r.ok && r.error).toBeInstanceOf(TongxinError)
  })

  it('rejects over-long JSON text without parsing it', () => {
    const long = { length: 600 * 1024 * 1024 } as unknown as string
    // A fake string object is not a string: validation failure, not JSON.
    expect(safeParseDistrict(long).ok).toBe(false)
  })
})

describe('identifier checks at the boundary', () => {
  it('checks GB 11643 numbers of volunteers and GB 32100 codes of organisations', () => {
    const ok = { ...minimal, volunteers: [{ ...volunteer, idType: 'resident-id', idNumber: '11010519491231002X' }] }
    expect(parseDistrict(ok).volunteers[0]?.idNumber).toBe('11010519491231002X')
    expect(issuesOf({ ...minimal, volunteers: [{ ...volunteer, idNumber: '110105194912310021' }] })).toEqual([
      { code: 'MODEL_ID_NUMBER_INVALID', path: 'volunteers.0.idNumber' },
    ])
    // Passports are not GB 11643 numbers: stored as given.
    expect(parseDistrict({ ...minimal, volunteers: [{ ...volunteer, idType: 'passport', idNumber: 'E12345678' }] }).volunteers[0]?.idNumber).toBe(
      'E12345678',
    )
    expect(parseDistrict({ ...minimal, agencies: [{ id: 'a1', name: '社工机构', creditCode: '91350100M000100Y43' }] }).agencies).toHaveLength(1)
    expect(issuesOf({ ...minimal, agencies: [{ id: 'a1', name: '社工机构', creditCode: '91350100M000100Y44' }] })).toEqual([
      { code: 'MODEL_CREDIT_CODE_INVALID', path: 'agencies.0.creditCode' },
    ])
  })
})

describe('defaults are frozen too', () => {
  it('freezes default arrays and rules', () => {
    const d = parseDistrict({
      ...minimal,
      teams: [{ id: 't1', name: '队', streetId: 's1', domains: [], memberIds: [], leadWorkerIds: [], foundedOn: '2024-01-01' }],
    })
    expect(Object.isFrozen(d.rules)).toBe(true)
    expect(d.rules.allowMultiTeamMembership).toBe(true)
    expect(Object.isFrozen(d.streets)).toBe(true)
    expect(Object.isFrozen(d.teams[0]?.meetingTimes)).toBe(true)
  })
})
