// The pairing section of the demo: the optimal plan on the sample district, explained.
import { formatMessage } from '../../src/i18n/formatMessage'
import type { District } from '../../src/model/types'
import { pairTeams, verifyCertificate } from '../../src/pairing/index'

const row = (zh: string, en: string, value: string | number): string => `  ${zh} (${en})：${value}`
const pct = (a: number, b: number): string => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`)

/**
 * The pairing section: coverage, average score, load by social worker (min / mean / max),
 * unassigned teams with their reasons in Chinese, and what greedy and stable matching give.
 * @param district - the district (the bundled sample in the demo)
 * @returns the section as zh-CN text with English labels
 */
export function pairingSection(district: District): string {
  const plan = pairTeams({ socialWorkers: district.socialWorkers, teams: district.teams })
  const names = new Map<string, string>(district.teams.map((t) => [t.id, t.name]))
  const workerNames = new Map<string, string>(district.socialWorkers.map((w) => [w.id, w.name]))
  const lines: string[] = ['\n## 社工—志愿服务队结对 · pairing social workers with teams\n']
  const fullyLed = district.teams.filter((t) => t.leadsNeeded > 0).length - plan.unassigned.length
  lines.push(row('带队岗位覆盖', 'lead slots filled', `${plan.coverage} / ${plan.demand}（${pct(plan.coverage, plan.demand)}）`))
  lines.push(row('完全配齐的服务队', 'teams fully led', `${fullyLed} / ${district.teams.filter((t) => t.leadsNeeded > 0).length}`))
  lines.push(row('平均配对得分', 'average pair score', plan.averageScore.toFixed(1)))
  const active = plan.workers.filter((w) => w.capacity > 0)
  const loads = active.map((w) => w.load)
  const mean = loads.length === 0 ? 0 : loads.reduce((s, x) => s + x, 0) / loads.length
  lines.push(
    row('社工带队数', 'teams per social worker (with capacity)', loads.length === 0 ? '—' : `最少 min ${loads.reduce((a, b) => Math.min(a, b))} · 平均 mean ${mean.toFixed(2)} · 最多 max ${loads.reduce((a, b) => Math.max(a, b))}（${active.length} 名）`),
  )
  lines.push(row('闲置名额', 'spare capacity', active.reduce((s, w) => s + w.spare, 0)))
  const { greedy, stable, blockingPairs } = plan.baselines
  lines.push(row('贪心法', 'greedy baseline', `覆盖 ${greedy.coverage}，总分 ${greedy.totalScore}`))
  lines.push(row('稳定匹配', 'stable (hospitals/residents)', `覆盖 ${stable.coverage}，总分 ${stable.totalScore}`))
  lines.push(row('最优方案', 'optimum', `覆盖 ${plan.coverage}，总分 ${plan.totalScore}；阻塞对 blocking pairs ${blockingPairs}`))
  lines.push(row('最优性证书', 'optimality certificate', verifyCertificate(plan.problem, plan.assignment).valid ? '已验证 verified' : '未通过 FAILED'))
  const best = plan.pairs.reduce<(typeof plan.pairs)[number] | undefined>((b, p) => (b === undefined || p.score > b.score ? p : b), undefined)
  if (best !== undefined) {
    lines.push(`  得分最高的配对 (best pair)：${names.get(best.teamId) ?? best.teamId} ← ${workerNames.get(best.workerId) ?? best.workerId}，${best.score} 分 = ` +
      best.breakdown.filter((l) => l.points > 0).map((l) => `${formatMessage({ code: l.code })} ${l.points}`).join(' + '))
  }
  lines.push(`  未配齐的服务队 (unassigned teams)：${plan.unassigned.length}`)
  for (const u of plan.unassigned.slice(0, 8)) {
    lines.push(`  - ${names.get(u.teamId) ?? u.teamId}（缺 ${u.missing} 名）：${u.reasons.map((r) => formatMessage(r)).join('；')}`)
    const first = u.candidates[0]
    if (u.eligibleCandidates === 0 && first !== undefined) lines.push(`      例：${first.rules.map((r) => formatMessage(r)).join('；')}`)
  }
  if (plan.unassigned.length > 8) lines.push(`  … 另有 ${plan.unassigned.length - 8} 支 (and ${plan.unassigned.length - 8} more)`)
  return lines.join('\n')
}
