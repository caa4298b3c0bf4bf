import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {test: {name: 'unit', include: ['test/**/*.test.ts', 'src/**/*.test.ts'], exclude: ['test/dist/**']}},
      {test: {name: 'dist', include: ['test/dist/**/*.test.ts']}},
    ],
  },
})
