// `npm run bench`: runs every benchmark script in bench/ in its own process, one after another,
// so that one benchmark's garbage and JIT state do not colour the next.
import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const only = process.argv.slice(2)
const scripts = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.startsWith('_'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()

console.log(`node ${process.version} on ${process.platform}/${process.arch}; medians of warm runs; 2 noisy cores: read ratios, not absolutes`)
for (const script of scripts) {
  console.log(`\n### ${script}`)
  execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(here, script)], { stdio: 'inherit' })
}
