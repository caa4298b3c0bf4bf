import {defineConfig} from 'vitest/config'

/** The regexes test watches RegExp while src/ loads, so it needs the modules loaded fresh in its own file. */
const freshModules = ['test/adversarial/regexes.test.ts']

export default defineConfig({
  test: {
    projects: [
      // Timeouts are hang guards, not timings: a loaded 2-core machine runs a 1 s property test in 5 s+.
      // isolate: false — test files share one module cache per worker (src/ keeps no state
      // between calls: same input, same output), which saves loading src/ once a file.
      {test: {name: 'unit', include: ['test/**/*.test.ts', 'src/**/*.test.ts'], exclude: ['test/dist/**', 'test/browser/**', ...freshModules], testTimeout: 30_000, isolate: false}},
      {test: {name: 'unit-fresh', include: freshModules, testTimeout: 30_000}},
      {test: {name: 'dist', include: ['test/dist/**/*.test.ts']}},
      // After the build: the built package bundled for browsers, run in headless Chromium.
      {test: {name: 'browser', include: ['test/browser/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000, fileParallelism: false}},
    ],
  },
})
