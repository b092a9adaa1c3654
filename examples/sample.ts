// The bundled sample district and the generator: `npx tsx examples/sample.ts`.
import { COMMUNITY_STATUS_LABELS, RECORD_STATUS_LABELS } from '../src/model/labels'
import { generateDistrict, laoshanSample } from '../src/sample/index'

const d = laoshanSample()
console.log(`${d.name} — 示例数据 (sample data), ${d.timeZone}`)
console.log(`街道 streets: ${d.streets.map((s) => s.name).join('、')}`)
const byStatus = new Map<string, number>()
for (const c of d.communities) byStatus.set(c.status, (byStatus.get(c.status) ?? 0) + 1)
console.log(
  `社区 communities: ${d.communities.length} (` +
    Object.entries(COMMUNITY_STATUS_LABELS).map(([s, label]) => `${label['zh-CN']} ${byStatus.get(s) ?? 0}`).join(', ') +
    ')',
)
console.log(`社工站 stations: ${d.stations.length}, 社工 social workers: ${d.socialWorkers.length}, 志愿服务队 teams: ${d.teams.length}, 志愿者 volunteers: ${d.volunteers.length}`)
const records = new Map<string, number>()
for (const r of d.records) records.set(r.status, (records.get(r.status) ?? 0) + 1)
console.log(
  `服务记录 records: ${d.records.length} (` +
    Object.entries(RECORD_STATUS_LABELS).map(([s, label]) => `${label['zh-CN']} ${records.get(s) ?? 0}`).join(', ') +
    ')',
)
const first = d.records[0]
if (first !== undefined) console.log(`例 example: ${first.id} ${first.volunteerId} ${first.start} → ${first.end} (${first.status})`)

// Any other size, deterministic for its seed:
const small = generateDistrict({ seed: 42, year: 2025, streets: 2, communitiesPerStreet: 3, teams: 12, volunteers: 150, socialWorkers: 6, recordsPerVolunteer: 4 })
console.log(`generateDistrict(seed 42): ${small.teams.length} teams, ${small.volunteers.length} volunteers, ${small.records.length} records`)
