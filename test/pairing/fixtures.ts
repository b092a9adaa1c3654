import type { SocialWorker, VolunteerTeam } from '../../src/model/types'

/** A social worker with neutral defaults. */
export function worker(id: string, over: Record<string, unknown> = {}): SocialWorker {
  return {
    id,
    name: `社工${id}`,
    qualification: 'intermediate',
    domains: ['elderly'],
    streetId: 's1',
    capacity: 1,
    availability: [{ day: 6, from: '09:00', to: '17:00' }],
    active: true,
    ...over,
  } as unknown as SocialWorker
}

/** A team with neutral defaults. */
export function team(id: string, over: Record<string, unknown> = {}): VolunteerTeam {
  return {
    id,
    name: `服务队${id}`,
    streetId: 's1',
    domains: ['elderly'],
    memberIds: [],
    leadWorkerIds: [],
    leadsNeeded: 1,
    status: 'active',
    meetingTimes: [{ day: 6, from: '09:00', to: '11:00' }],
    foundedOn: '2024-01-01',
    ...over,
  } as unknown as VolunteerTeam
}
