import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { checkIntegrity, ENTITY_COLLECTIONS, ENTITY_REFERENCES } from '../../src/district/index'
import type { District } from '../../src/model/types'
import { districtArbitrary } from './arbitraries'

type Loose = Record<string, any>
const thaw = (d: District): Loose => structuredClone(d)

/** A corruption: changes a thawed district, returns the code and path it must produce (or undefined if not applicable). */
type Corruption = (d: Loose, pick: number) => { code: string; path: (string | number)[] } | undefined

const dangling: Corruption[] = ENTITY_REFERENCES.map((ref) => (d, pick) => {
  const coll = ENTITY_COLLECTIONS[ref.kind]
  const list = d[coll] as Loose[]
  if (list.length === 0) return undefined
  const i = pick % list.length
  const e = list[i]!
  if (ref.mode === 'many') {
    e[ref.field] = [...e[ref.field], 'ghost-id']
    return { code: 'DISTRICT_DANGLING_REFERENCE', path: [coll, i, ref.field, e[ref.field].length - 1] }
  }
  e[ref.field] = 'ghost-id'
  return { code: 'DISTRICT_DANGLING_REFERENCE', path: [coll, i, ref.field] }
})

const others: Corruption[] = [
  // duplicate id
  (d, pick) => {
    const coll = Object.values(ENTITY_COLLECTIONS)[pick % 14]!
    const list = d[coll] as Loose[]
    if (list.length === 0) return undefined
    list.push({ ...list[pick % list.length] })
    return { code: 'DISTRICT_DUPLICATE_ID', path: [coll, list.length - 1, 'id'] }
  },
  // a lead goes inactive
  (d) => {
    const ti = (d.teams as Loose[]).findIndex((t) => t.leadWorkerIds.length > 0)
    if (ti < 0) return undefined
    const w = (d.socialWorkers as Loose[]).find((x) => x.id === d.teams[ti].leadWorkerIds[0])
    if (w === undefined) return undefined
    w.active = false
    return { code: 'DISTRICT_LEAD_INACTIVE', path: ['teams', ti, 'leadWorkerIds', 0] }
  },
  // capacity drops below the teams led
  (d) => {
    const wi = (d.socialWorkers as Loose[]).findIndex((w) => (d.teams as Loose[]).some((t) => t.leadWorkerIds.includes(w.id)))
    if (wi < 0) return undefined
    d.socialWorkers[wi].capacity = 0
    return { code: 'DISTRICT_LEAD_OVER_CAPACITY', path: ['socialWorkers', wi, 'capacity'] }
  },
  // a member of two teams where the district forbids it
  (d, pick) => {
    const teams = d.teams as Loose[]
    if (teams.length < 2 || d.volunteers.length === 0) return undefined
    const v = d.volunteers[pick % d.volunteers.length].id
    d.rules.allowMultiTeamMembership = false
    for (const t of teams) t.memberIds = t.memberIds.filter((m: string) => m !== v)
    teams[0]!.memberIds.push(v)
    teams[1]!.memberIds.push(v)
    const later = teams[0]!.id < teams[1]!.id ? 1 : 0
    return { code: 'DISTRICT_MULTI_TEAM_MEMBER', path: ['teams', later, 'memberIds', teams[later]!.memberIds.length - 1] }
  },
  // a team's community in another street
  (d) => {
    if (d.streets.length < 2) return undefined
    const ti = (d.teams as Loose[]).findIndex((t) => t.communityId !== undefined)
    if (ti < 0) return undefined
    const other = (d.streets as Loose[]).find((s) => s.id !== d.teams[ti].streetId)
    if (other === undefined) return undefined
    d.teams[ti].streetId = other.id
    return { code: 'DISTRICT_COMMUNITY_STREET_MISMATCH', path: ['teams', ti, 'communityId'] }
  },
]
const corruptions = [...dangling, ...others]

describe('checkIntegrity laws', () => {
  test.prop([districtArbitrary()])('a valid district has no problem', (d) => {
    expect(checkIntegrity(d)).toEqual([])
  })

  test.prop([districtArbitrary({ max: 6 }), fc.nat({ max: corruptions.length - 1 }), fc.nat()])(
    'each injected corruption is reported with its code and path',
    (d, which, pick) => {
      const broken = thaw(d)
      const expected = corruptions[which]!(broken, pick)
      fc.pre(expected !== undefined)
      const problems = checkIntegrity(broken as District)
      expect(problems.map((p) => ({ code: p.code, path: p.path }))).toContainEqual(expected)
    },
  )

  // Without duplicate ids: when two entities share an id, the first in its collection is the one
  // references resolve to (the duplicate itself is reported), which is inherently positional.
  const noDuplicates = corruptions.filter((_, i) => i !== dangling.length)
  test.prop([districtArbitrary({ max: 6 }), fc.array(fc.nat({ max: noDuplicates.length - 1 }), { maxLength: 6 }), fc.nat()])(
    'the report does not depend on the order of the entities',
    (d, which, pick) => {
      const broken = thaw(d)
      for (const w of which) noDuplicates[w]!(broken, pick)
      const reversed = structuredClone(broken)
      for (const coll of Object.values(ENTITY_COLLECTIONS)) reversed[coll].reverse()
      const key = (x: District) =>
        checkIntegrity(x).map((p) => `${p.code} ${JSON.stringify(p.params)}`).sort()
      // multi-team reports name the first team by id, so they too are order independent
      expect(key(reversed as District)).toEqual(key(broken as District))
    },
  )
})
