import { describe, expect, it } from 'vitest'

import { ApiClient } from '@/api/client'
import { ALL_FOLDERS, createModelStore } from '@/stores/models'
import { emptyFilter, filterModels, modelKey, sortModels } from '@/utils/modelFilter'

import { fakeTransport, manyModels, model, ok } from './helpers'

describe('model filtering and sorting', () => {
  const list = manyModels(10_000)

  it('filters and sorts 10,000 models fast', () => {
    const t0 = performance.now()
    const byName = sortModels(list, 'name')
    const t1 = performance.now()
    const bySize = sortModels(list, 'size', true)
    const t2 = performance.now()
    const hits = filterModels(byName, { ...emptyFilter(), query: 'model-0012' })
    const t3 = performance.now()
    const combined = filterModels(bySize, { query: 'sub1', baseModel: 'SDXL', architecture: 'lora', hasPreview: 'any' })
    const t4 = performance.now()
    console.log(
      `10,000 models: sort by name ${(t1 - t0).toFixed(1)} ms, by size ${(t2 - t1).toFixed(1)} ms, ` +
        `search ${(t3 - t2).toFixed(1)} ms, search+filters ${(t4 - t3).toFixed(1)} ms`
    )
    expect(byName[0].name).toBe('model-00000')
    expect(byName[9999].name).toBe('model-09999')
    expect(hits.map((m) => m.name)).toEqual(Array.from({ length: 10 }, (_, i) => `model-0012${i}`))
    for (let i = 1; i < bySize.length; i++) expect(bySize[i - 1].sizeBytes).toBeGreaterThanOrEqual(bySize[i].sizeBytes)
    expect(combined.length).toBeGreaterThan(0)
    expect(combined.every((m) => m.baseModel === 'SDXL' && m.architecture === 'lora' && m.relativePath.startsWith('sub1/'))).toBe(true)
    // Speed goals live in bench/, not in timed unit tests: the figures above are printed only.
  })

  it('searches trigger words and base model; all words must match', () => {
    expect(filterModels(list, { ...emptyFilter(), query: 'shiny' })).toHaveLength(200)
    expect(filterModels(list, { ...emptyFilter(), query: 'word9950 shiny' }).map((m) => m.name)).toEqual(['model-09950'])
    expect(filterModels(list, { ...emptyFilter(), query: 'FLUX' })).toHaveLength(2000)
    expect(filterModels(list, { ...emptyFilter(), query: 'shiny nomatch' })).toHaveLength(0)
  })

  it('filters by preview and sorts by date with ties by path', () => {
    expect(filterModels(list, { ...emptyFilter(), hasPreview: 'yes' })).toHaveLength(2500)
    expect(filterModels(list, { ...emptyFilter(), hasPreview: 'no' })).toHaveLength(7500)
    const a = model(1, { modifiedAt: 5, relativePath: 'b.safetensors' })
    const b = model(2, { modifiedAt: 5, relativePath: 'a.safetensors' })
    const c = model(3, { modifiedAt: 1 })
    expect(sortModels([a, b, c], 'date').map((m) => m.relativePath)).toEqual([c.relativePath, 'a.safetensors', 'b.safetensors'])
  })
})

describe('model store', () => {
  function setup(routes = {}) {
    const f = fakeTransport({
      'GET /model-manager/models': () =>
        ok(['checkpoints', 'loras', 'vae'].map((folder) => ({ folder, roots: ['/m/' + folder], extensions: ['.safetensors'] }))),
      ...routes
    })
    return { f, store: createModelStore(new ApiClient(f.transport)) }
  }

  it('lists every folder for "all folders" and exposes filter options', async () => {
    const all = manyModels(30)
    const { store } = setup({
      'GET /model-manager/models/checkpoints': () => ok(all.filter((m) => m.folder === 'checkpoints')),
      'GET /model-manager/models/loras': () => ok(all.filter((m) => m.folder === 'loras')),
      'GET /model-manager/models/vae': () => ok(all.filter((m) => m.folder === 'vae'))
    })
    await store.loadModels(ALL_FOLDERS)
    expect(store.models.value).toHaveLength(30)
    expect(store.baseModels.value).toEqual(['Flux.1 D', 'Pony', 'SD 1.5', 'SDXL'])
    store.filter.architecture = 'vae'
    expect(store.filtered.value.every((m) => m.architecture === 'vae')).toBe(true)
    store.sort.key = 'size'
    store.sort.desc = true
    const sizes = store.filtered.value.map((m) => m.sizeBytes)
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes)
  })

  it('applies scan batches to the listed folder only, replacing by key', async () => {
    const { store } = setup({ 'GET /model-manager/models/loras': () => ok([model(1)]) })
    await store.loadModels('loras')
    expect(store.models.value).toHaveLength(1)
    const updated = { ...model(1), sha256: 'ab'.repeat(32), scanned: true }
    expect(store.applyFiles([updated, model(4), model(2)])).toBe(2) // model(2) is in vae
    expect(store.models.value.map((m) => m.name).sort()).toEqual(['model-00001', 'model-00004'])
    expect(store.models.value.find((m) => m.name === 'model-00001')?.sha256).toBe('ab'.repeat(32))
    store.replace(model(4), { ...model(4), relativePath: 'renamed.safetensors', name: 'renamed' })
    expect(store.models.value.map((m) => m.name).sort()).toEqual(['model-00001', 'renamed'])
    store.remove(model(1))
    expect(store.models.value.map((m) => m.name)).toEqual(['renamed'])
  })

  it('busts the preview URL after a preview change', () => {
    const { store } = setup()
    const m = model(0)
    expect(store.previewSrc(m)).toBe(`${m.previewUrl}?size=256`)
    store.bumpPreview(m)
    expect(store.previewSrc(m, 64)).toBe(`${m.previewUrl}?size=64&v=1`)
    expect(modelKey(m)).toContain('checkpoints')
  })
})
