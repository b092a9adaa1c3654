import { defineConfig } from 'tsup'

// One entry per public subpath; shared chunks keep calculators free of zod (notes/toolchain.md §0.6).
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'model/index': 'src/model/index.ts',
    'sample/index': 'src/sample/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: 'node20',
})
