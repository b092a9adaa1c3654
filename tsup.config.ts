import { defineConfig } from 'tsup'

// One entry per public subpath; shared chunks keep calculators free of zod (notes/toolchain.md §0.6).
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'model/index': 'src/model/index.ts',
    'ids/index': 'src/ids/index.ts',
    'district/index': 'src/district/index.ts',
    'hours/index': 'src/hours/index.ts',
    'pairing/index': 'src/pairing/index.ts',
    'evaluation/index': 'src/evaluation/index.ts',
    'report/index': 'src/report/index.ts',
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
