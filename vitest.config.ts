import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      // Timeouts are hang guards, not timings: a loaded 2-core machine runs a 1 s property test in 5 s+.
      {test: {name: 'unit', include: ['test/**/*.test.ts', 'src/**/*.test.ts'], exclude: ['test/dist/**', 'test/browser/**'], testTimeout: 30_000}},
      {test: {name: 'dist', include: ['test/dist/**/*.test.ts']}},
      // After the build: the built package bundled for browsers, run in headless Chromium.
      {test: {name: 'browser', include: ['test/browser/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000, fileParallelism: false}},
    ],
  },
})
