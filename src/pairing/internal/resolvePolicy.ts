// Merges a partial policy with the defaults and validates every field.
import { QUALIFICATIONS, SERVICE_DOMAIN_LABELS, TEAM_STATUS_LABELS, type Qualification, type ServiceDomain, type TeamStatus } from '../../model/labels'
import { DEFAULT_PAIRING_POLICY, type PairingPolicy, type TeamWorkerRef } from '../policy'
import { invalid, isRecord, own, readArray, readId, readInt } from './validate'

function section(input: unknown, name: string): Record<string, unknown> {
  if (input === undefined) return {}
  if (!isRecord(input)) invalid(name, 'expected an object')
  return input
}

function bool(value: unknown, name: string, fallback: boolean): boolean {
  if (value === undefined) return fallback
  if (typeof value !== 'boolean') invalid(name, 'expected a boolean')
  return value
}

function refs(value: unknown, name: string): readonly TeamWorkerRef[] {
  return Object.freeze(
    readArray(value, name, true, 100_000).map((raw, i) => {
      if (!isRecord(raw)) invalid(`${name}[${i}]`, 'expected an object')
      return Object.freeze({ teamId: readId(own(raw, 'teamId'), `${name}[${i}].teamId`), workerId: readId(own(raw, 'workerId'), `${name}[${i}].workerId`) })
    }),
  )
}

const W_MAX = 1_000_000

/**
 * Resolves a partial policy.
 * @param input - untrusted partial policy
 * @returns a complete, frozen policy
 */
export function resolvePolicy(input: unknown): PairingPolicy {
  const d = DEFAULT_PAIRING_POLICY
  const p = section(input, 'policy')
  const rules = section(own(p, 'rules'), 'policy.rules')
  const active = section(own(rules, 'activeWorker'), 'policy.rules.activeWorker')
  const area = section(own(rules, 'sameArea'), 'policy.rules.sameArea')
  const qual = section(own(rules, 'qualificationFloor'), 'policy.rules.qualificationFloor')
  const avail = section(own(rules, 'availabilityOverlap'), 'policy.rules.availabilityOverlap')
  const cap = section(own(rules, 'capacity'), 'policy.rules.capacity')
  const scope = own(area, 'scope') ?? d.rules.sameArea.scope
  if (scope !== 'street' && scope !== 'station') invalid('policy.rules.sameArea.scope', 'expected street or station')
  const minimum = own(qual, 'minimum') ?? d.rules.qualificationFloor.minimum
  if (typeof minimum !== 'string' || !(QUALIFICATIONS as readonly string[]).includes(minimum)) {
    invalid('policy.rules.qualificationFloor.minimum', 'expected a qualification level')
  }
  const domainsRaw = own(qual, 'domains')
  const domains =
    domainsRaw === undefined
      ? d.rules.qualificationFloor.domains
      : readArray(domainsRaw, 'policy.rules.qualificationFloor.domains', false, 64).map((x, i) => {
          if (typeof x !== 'string' || !Object.hasOwn(SERVICE_DOMAIN_LABELS, x)) invalid(`policy.rules.qualificationFloor.domains[${i}]`, 'expected a service domain')
          return x as ServiceDomain
        })
  const weights = section(own(p, 'weights'), 'policy.weights')
  const w = (k: keyof PairingPolicy['weights']): number => readInt(own(weights, k), `policy.weights.${k}`, 0, W_MAX, d.weights[k])
  const scoring = section(own(p, 'scoring'), 'policy.scoring')
  const geo = section(own(scoring, 'geographyPercent'), 'policy.scoring.geographyPercent')
  const need = section(own(scoring, 'needPercent'), 'policy.scoring.needPercent')
  const needPercent = {} as Record<TeamStatus, number>
  for (const k of Object.keys(TEAM_STATUS_LABELS) as TeamStatus[]) {
    needPercent[k] = readInt(own(need, k), `policy.scoring.needPercent.${k}`, 0, 100, d.scoring.needPercent[k])
  }
  const objective = section(own(p, 'objective'), 'policy.objective')
  return Object.freeze({
    rules: Object.freeze({
      activeWorker: Object.freeze({ enabled: bool(own(active, 'enabled'), 'policy.rules.activeWorker.enabled', d.rules.activeWorker.enabled) }),
      sameArea: Object.freeze({ enabled: bool(own(area, 'enabled'), 'policy.rules.sameArea.enabled', d.rules.sameArea.enabled), scope }),
      qualificationFloor: Object.freeze({
        enabled: bool(own(qual, 'enabled'), 'policy.rules.qualificationFloor.enabled', d.rules.qualificationFloor.enabled),
        minimum: minimum as Qualification,
        domains: Object.freeze([...domains]),
        brandTeams: bool(own(qual, 'brandTeams'), 'policy.rules.qualificationFloor.brandTeams', d.rules.qualificationFloor.brandTeams),
      }),
      availabilityOverlap: Object.freeze({
        enabled: bool(own(avail, 'enabled'), 'policy.rules.availabilityOverlap.enabled', d.rules.availabilityOverlap.enabled),
        minutesPerWeek: readInt(own(avail, 'minutesPerWeek'), 'policy.rules.availabilityOverlap.minutesPerWeek', 0, 7 * 1440, d.rules.availabilityOverlap.minutesPerWeek),
      }),
      capacity: Object.freeze({
        enabled: bool(own(cap, 'enabled'), 'policy.rules.capacity.enabled', d.rules.capacity.enabled),
        maxTeamsPerWorker: readInt(own(cap, 'maxTeamsPerWorker'), 'policy.rules.capacity.maxTeamsPerWorker', 0, 100, d.rules.capacity.maxTeamsPerWorker),
      }),
    }),
    weights: Object.freeze({
      domain: w('domain'),
      geography: w('geography'),
      availability: w('availability'),
      qualification: w('qualification'),
      continuity: w('continuity'),
      need: w('need'),
    }),
    scoring: Object.freeze({
      availabilityFullMinutes: readInt(own(scoring, 'availabilityFullMinutes'), 'policy.scoring.availabilityFullMinutes', 1, 7 * 1440, d.scoring.availabilityFullMinutes),
      geographyPercent: Object.freeze({
        community: readInt(own(geo, 'community'), 'policy.scoring.geographyPercent.community', 0, 100, d.scoring.geographyPercent.community),
        street: readInt(own(geo, 'street'), 'policy.scoring.geographyPercent.street', 0, 100, d.scoring.geographyPercent.street),
        district: readInt(own(geo, 'district'), 'policy.scoring.geographyPercent.district', 0, 100, d.scoring.geographyPercent.district),
      }),
      needPercent: Object.freeze(needPercent),
    }),
    objective: Object.freeze({
      loadPenalty: readInt(own(objective, 'loadPenalty'), 'policy.objective.loadPenalty', 0, 1000, d.objective.loadPenalty),
      keepPrevious: bool(own(objective, 'keepPrevious'), 'policy.objective.keepPrevious', d.objective.keepPrevious),
    }),
    locks: refs(own(p, 'locks'), 'policy.locks'),
    exclusions: refs(own(p, 'exclusions'), 'policy.exclusions'),
  })
}
