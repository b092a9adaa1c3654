// Runs every script in examples/ with tsx, one after another, and fails on the first error.
import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'

const files = readdirSync('examples').filter((f) => f.endsWith('.ts')).sort()
for (const f of files) {
  process.stdout.write(`example ${f} … `)
  execFileSync(process.execPath, ['--import', 'tsx', `examples/${f}`], { stdio: ['ignore', 'ignore', 'inherit'] })
  process.stdout.write('ok\n')
}
console.log(`${files.length} examples ran`)
