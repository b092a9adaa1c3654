import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Tests never depend on the process time zone: they pass zones explicitly, and we pin an
    // unusual one so that an accidental dependence shows up.
    env: { TZ: 'Pacific/Chatham' },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'types',
          include: ['test/**/*.test-d.ts'],
          typecheck: { enabled: true, only: true, include: ['test/**/*.test-d.ts'] },
        },
      },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/index.ts'],
      thresholds: { lines: 90, branches: 90 },
      reporter: ['text-summary'],
    },
  },
})
