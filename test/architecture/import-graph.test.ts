/**
 * The shape of src/ (docs: ../shared/DESIGN.md, "Shape of the code"): no import cycle,
 * `article/` above `segment/` and `entities/`, which do not import each other, and
 * vocabulary in `data/` that imports no logic. scripts/check/import-graph.ts prints the
 * whole graph.
 */
import {describe, expect, it} from 'vitest'
import {groupEdges, importCycles, importGraph, topFolderOf} from '../../scripts/check/import-graph.js'

const graph = importGraph()
const edges = [...groupEdges(graph, topFolderOf).keys()]

describe('the import graph of src/', () => {
  it('has no cycle, between folders or between files', () => {
    expect(importCycles(graph)).toEqual({folders: [], files: []})
  })

  it('keeps segment/ and entities/ apart, with article/ above both', () => {
    expect(edges).not.toContain('segment → entities')
    expect(edges).not.toContain('entities → segment')
    expect(edges).toContain('article → segment')
    expect(edges).toContain('article → entities')
    expect(edges.filter((edge) => edge.endsWith('→ article'))).toEqual(['index.ts → article'])
  })

  it('lets data/ import only data/ and the types', () => {
    expect(edges.filter((edge) => edge.startsWith('data →') && edge !== 'data → types.ts')).toEqual([])
  })
})
