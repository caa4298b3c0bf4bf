/** Types of scripts/generate/browser-bundle.mjs, for the TypeScript tests that import it. */
export declare const root: string
/** The paths among `paths` that are Node-only, each once. */
export declare function findNodeOnly(paths: string[]): string[]
/** Bundle the built package for browsers (IIFE, `globalThis.nutgraf`). */
export declare function bundleForBrowser(options?: {outfile?: string}): Promise<{
  code: string | undefined
  bytes: number
  inputs: string[]
  gzip: number | undefined
  brotli: number | undefined
}>
