// Shared by the benchmarks (bench/index.ts skips files starting with `_`).
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/**
 * A public subpath of the built package, as users import it (`npm run bench` builds it first):
 * sources run through tsx carry the loader and a module boundary at every import.
 * @param subpath - the subpath, e.g. `hours`
 * @returns the module
 * @throws Error when the package is not built
 */
export async function built<T>(subpath: string): Promise<T> {
  // From bench/ or from the compiled copy in bench/.out/.
  for (const up of ['../', '../../']) {
    const url = new URL(`${up}dist/${subpath}/index.js`, import.meta.url)
    if (existsSync(url)) return (await import(url.href)) as T
  }
  throw new Error(`tongxin is not built (no dist/${subpath}/index.js): run \`npm run build\` first`)
}

/**
 * Arguments that run the calling benchmark script again in a child process (with tsx's loader
 * when it is the TypeScript source, without when it is the compiled copy).
 * @param url - the script's `import.meta.url`
 * @returns the node arguments
 */
export function selfArgs(url: string): string[] {
  const file = fileURLToPath(url)
  return file.endsWith('.ts') ? ['--import', 'tsx', file] : [file]
}
