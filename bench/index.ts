// `npm run bench`: builds the package, then runs every benchmark script in bench/ in its own
// process, one after another, so that one benchmark's garbage and JIT state do not colour the next.
// Each script is compiled first and run by plain `node` against the built package, as users run
// it: a process with tsx's loader in it ran the same hours benchmark about 5 % slower.
import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const here = dirname(fileURLToPath(import.meta.url))
// `npm run bench -- hours --ledger-only`: names pick scripts, flags go to each script.
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'))
const flags = process.argv.slice(2).filter((a) => a.startsWith('--'))
const scripts = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.startsWith('_'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()

console.log(`node ${process.version} on ${process.platform}/${process.arch}; medians of warm runs; 2 noisy cores: read ratios, not absolutes`)
for (const script of scripts) {
  console.log(`\n### ${script}`)
  const out = join(here, '.out', script.replace(/\.ts$/, '.mjs'))
  // The script and its bench/ helpers in one file; packages (and the built tongxin) stay imports.
  await build({ entryPoints: [join(here, script)], outfile: out, bundle: true, packages: 'external', platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' })
  execFileSync(process.execPath, ['--expose-gc', out, ...flags], { stdio: 'inherit' })
}
