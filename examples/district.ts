// The audited district store: integrity checks, typed changes with an audit trail, undo, replay,
// and the masked public view. Run: npx tsx examples/district.ts
import { applyChange, checkIntegrity, replayAuditLog, toPublicDistrict, undoChange } from '../src/district/index'
import type { AuditEntry, Change } from '../src/district/index'
import { isTongxinError } from '../src/errors/TongxinError'
import { formatMessage } from '../src/i18n/formatMessage'
import { parseDistrict } from '../src/model/parseDistrict'

// A small district: one street, one community, one social worker, two volunteers, one team.
const d0 = parseDistrict({
  id: 'laoshan-demo',
  name: '崂山区（示例）',
  streets: [{ id: 's-zh', name: '中韩街道' }],
  communities: [{ id: 'c-1', streetId: 's-zh', name: '示例社区', residentPopulation: 8000 }],
  stations: [{ id: 'st-zh', streetId: 's-zh', name: '中韩街道社工站' }],
  socialWorkers: [
    { id: 'w-wang', name: '王芳', qualification: 'intermediate', domains: ['environment'], streetId: 's-zh', stationId: 'st-zh', capacity: 1, availability: [], active: true },
  ],
  volunteers: [
    { id: 'v-1', name: '张三', idType: 'resident-id', idNumber: '11010519491231002X', phone: '13812345678', skills: [], domains: [], registeredOn: '2024-01-01' },
    { id: 'v-2', name: '欧阳娜娜', phone: '13987654321', skills: [], domains: [], registeredOn: '2024-02-01', consentToPublish: true },
  ],
  teams: [
    { id: 't-blue', name: '小蓝帽护河队', streetId: 's-zh', communityId: 'c-1', domains: ['environment'], memberIds: ['v-1'], leadWorkerIds: [], foundedOn: '2023-06-01' },
  ],
})
console.log(`完整性检查 integrity: ${checkIntegrity(d0).length} problem(s)`)

// Three audited changes. Time is passed in; the library never reads the clock.
const steps: [Change, string][] = [
  [{ type: 'assignLead', teamId: 't-blue', workerIds: ['w-wang'] }, '社工引领志愿服务队 (a social worker leads the team)'],
  [{ type: 'addTeamMember', teamId: 't-blue', volunteerId: 'v-2' }, '新队员加入 (a new member)'],
  [{ type: 'recordService', record: { id: 'r-1', volunteerId: 'v-2', teamId: 't-blue', start: '2025-03-08T09:00:00+08:00', end: '2025-03-08T11:30:00+08:00' } }, '记录服务 (record service)'],
]
let d = d0
const log: AuditEntry[] = []
steps.forEach(([change, reason], seq) => {
  const r = applyChange(d, change, { actor: 'station-zh', at: `2025-03-08T12:0${seq}:00+08:00`, reason, seq })
  d = r.district
  log.push(r.entry)
  console.log(`#${seq} ${change.type.padEnd(14)} ${JSON.stringify(r.entry.patches)}`)
})

// A change that would break integrity is rejected, and the district stays as it was.
try {
  applyChange(d, { type: 'remove', kind: 'volunteer', id: 'v-2' }, { actor: 'station-zh', at: '2025-03-08T13:00:00+08:00', reason: '误删 (mistake)' })
} catch (e) {
  if (!isTongxinError(e)) throw e
  console.log(`拒绝 rejected: ${formatMessage(e)} / ${formatMessage(e, 'en')}`)
}

// Undo the last change; replay the whole log from the start.
const undone = undoChange(d, log[log.length - 1]!)
console.log(`撤销 undo: records ${d.records.length} → ${undone.records.length}`)
const replayed = replayAuditLog(d0, JSON.parse(JSON.stringify(log)) as AuditEntry[])
console.log(`重放 replay reproduces the state: ${JSON.stringify(replayed) === JSON.stringify(d)}`)

// The public view masks personal data (条例 Art. 20): ID numbers and phones always, names without consent.
for (const v of toPublicDistrict(d).volunteers) {
  console.log(`公开 public: ${v.id} ${v.name} ${v.idNumber ?? '-'} ${v.phone ?? '-'}`)
}
