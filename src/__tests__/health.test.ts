import { describe, expect, it } from 'vitest'

import { ApiClient } from '@/api/client'
import type { DuplicateCopy, LibraryHealth } from '@/api/types'
import { createHealthStore } from '@/stores/health'

import { fakeTransport, ok } from './helpers'

const copy = (relativePath: string, n: number, isLink = false): DuplicateCopy => ({
  folder: 'loras',
  pathIndex: 0,
  relativePath,
  sizeBytes: 100,
  copy: n,
  isLink,
  inLinkedFolder: false
})

const report = (): LibraryHealth => ({
  generatedAt: 1,
  files: 3,
  hashed: 3,
  duplicates: [{ sha256: 'ab'.repeat(32), sizeBytes: 100, freeableBytes: 100, copies: [copy('a.safetensors', 0), copy('l.safetensors', 0, true), copy('b.safetensors', 1)] }],
  duplicateBytes: 100,
  broken: [],
  unidentified: [],
  unused: [],
  workflows: { available: false, dirs: [], files: 0 }
})

describe('health store', () => {
  it('keeps one real copy, counts freed bytes and posts the chosen copies', async () => {
    let served = report()
    const f = fakeTransport({
      'GET /model-manager/library/health': () => ok(served),
      'POST /model-manager/library/health/duplicates/delete': () => ok({ deleted: ['b.safetensors'], freedBytes: 100 })
    })
    const health = createHealthStore(new ApiClient(f.transport))
    await health.load()
    const g = health.report.value!.duplicates[0]
    health.toggle(g, g.copies[0])
    health.toggle(g, g.copies[2])
    expect(health.selection(g)).toMatchObject({ keepsOne: false, freed: 200 }) // only the link to a deleted file stays
    health.toggle(g, g.copies[0])
    expect(health.selection(g)).toMatchObject({ keepsOne: true, freed: 100 })
    health.toggle(g, g.copies[1])
    expect(health.selection(g)).toMatchObject({ keepsOne: true, freed: 100 }) // a link frees nothing
    health.toggle(g, g.copies[1])
    served = { ...report(), duplicates: [], duplicateBytes: 0 }
    const result = await health.deleteChosen(g)
    expect(result).toEqual({ deleted: ['b.safetensors'], freedBytes: 100 })
    const body = JSON.parse(String(f.calls.find((c) => c.path.endsWith('/duplicates/delete'))!.init!.body))
    expect(body).toEqual({ sha256: g.sha256, delete: [{ folder: 'loras', pathIndex: 0, relativePath: 'b.safetensors' }] })
    expect(health.report.value!.duplicates).toEqual([])
    expect(health.chosen).toEqual({})
  })
})
