import { describe, expect, it } from 'vitest'
import { nextTick, shallowRef } from 'vue'

import type { Model } from '@/api/types'
import { createModelStore, ALL_FOLDERS } from '@/stores/models'
import { createSelection } from '@/stores/selection'
import { ApiClient } from '@/api/client'
import { buildFolderTree, emptyFilter, filterModels, modelKey } from '@/utils/modelFilter'

import { fakeTransport, model, ok } from './helpers'

const at = (folder: string, rel: string, i = 0): Model => model(i, { folder, relativePath: rel, name: rel.split('/').pop()!.replace(/\.\w+$/, '') })

describe('folder tree', () => {
  const list = [
    at('loras', 'a.safetensors'),
    at('loras', 'styles/b.safetensors'),
    at('loras', 'styles/anime/c.safetensors'),
    at('loras', 'styles/anime/d.safetensors'),
    at('loras', 'chars/e.safetensors'),
    at('checkpoints', 'x.safetensors')
  ]

  it('counts every model in its directory and all above it; empty folders stay listed', () => {
    const tree = buildFolderTree(list, ['checkpoints', 'loras', 'vae'])
    expect(tree.map((n) => [n.key, n.data.count])).toEqual([['checkpoints', 1], ['loras', 5], ['vae', 0]])
    const loras = tree[1]
    expect(loras.children!.map((n) => [n.key, n.label, n.data.count])).toEqual([
      ['loras/chars', 'chars', 1],
      ['loras/styles', 'styles', 3]
    ])
    const anime = loras.children![1].children![0]
    expect([anime.key, anime.data]).toEqual(['loras/styles/anime', { folder: 'loras', subfolder: 'styles/anime', count: 2 }])
    expect(anime.children).toBeUndefined()
  })

  it('scopes the list to a folder and a subfolder and below (not a name prefix)', () => {
    const f = { ...emptyFilter(), folder: 'loras', subfolder: 'styles' }
    const names = (l: Model[]) => l.map((m) => m.relativePath)
    expect(names(filterModels([...list, at('loras', 'stylesheet/z.safetensors')], f))).toEqual([
      'styles/b.safetensors',
      'styles/anime/c.safetensors',
      'styles/anime/d.safetensors'
    ])
    expect(filterModels(list, { ...emptyFilter(), folder: 'checkpoints' })).toHaveLength(1)
  })
})

describe('multi-selection', () => {
  const items = shallowRef(Array.from({ length: 10 }, (_, i) => at('loras', `m${i}.safetensors`, i)))
  const keys = (s: ReturnType<typeof createSelection>) => s.selectedModels.value.map((m) => m.relativePath)

  it('click selects one, Ctrl toggles, Shift takes the range from the anchor', () => {
    const s = createSelection(items)
    s.click(items.value[2])
    expect(keys(s)).toEqual(['m2.safetensors'])
    s.click(items.value[5], { ctrl: true })
    expect(keys(s)).toEqual(['m2.safetensors', 'm5.safetensors'])
    s.click(items.value[7], { shift: true })
    expect(keys(s)).toEqual(['m5.safetensors', 'm6.safetensors', 'm7.safetensors'])
    s.click(items.value[5], { ctrl: true })
    expect(keys(s)).toEqual(['m6.safetensors', 'm7.safetensors'])
    expect(s.current.value?.relativePath).toBe('m5.safetensors')
  })

  it('arrow moves go by the given step, clamp at the ends, and Shift extends', () => {
    const s = createSelection(items)
    expect(s.move(1)?.relativePath).toBe('m0.safetensors') // no cursor yet: the first
    s.move(4)
    expect(keys(s)).toEqual(['m4.safetensors'])
    s.move(4, true)
    expect(keys(s)).toEqual(['m4.safetensors', 'm5.safetensors', 'm6.safetensors', 'm7.safetensors', 'm8.safetensors'])
    s.move(100)
    expect(keys(s)).toEqual(['m9.safetensors'])
    s.move(-100)
    expect(s.cursorIndex.value).toBe(0)
    s.selectAll()
    expect(s.count.value).toBe(10)
  })

  it('models that leave the list leave the selection', async () => {
    const s = createSelection(items)
    s.selectAll()
    items.value = items.value.slice(0, 4)
    await nextTick()
    expect(s.count.value).toBe(4)
    expect(s.selectedModels.value.map((m) => m.relativePath)).toEqual(['m0.safetensors', 'm1.safetensors', 'm2.safetensors', 'm3.safetensors'])
  })
})

describe('bulk actions in the store', () => {
  it('deleted and moved models leave the list; failures stay; the moved one comes back at its new place', async () => {
    const list = [at('loras', 'a.safetensors'), at('loras', 'b.safetensors'), at('loras', 'c.safetensors')]
    const moved = at('loras', 'new/b.safetensors')
    const bodies: unknown[] = []
    const f = fakeTransport({
      'GET /model-manager/models': () => ok([{ folder: 'loras', roots: ['/m'], extensions: ['.safetensors'] }]),
      'GET /model-manager/models/loras': () => ok(list),
      'POST /model-manager/models/bulk': (init) => {
        const body = JSON.parse(String(init?.body))
        bodies.push(body)
        const results = body.models.map((r: Model) =>
          body.action === 'delete'
            ? { ...r, ok: r.relativePath !== 'c.safetensors', error: r.relativePath === 'c.safetensors' ? 'busy' : null, deleted: [r.relativePath] }
            : { ...r, ok: true, error: null, model: moved }
        )
        return ok({ action: body.action, results, succeeded: 0, failed: 0, scan: null })
      }
    })
    const store = createModelStore(new ApiClient(f.transport))
    await store.loadModels(ALL_FOLDERS)
    await store.bulk('move', [list[1]], { folder: 'loras', subfolder: 'new' })
    expect(bodies[0]).toEqual({
      action: 'move',
      models: [{ folder: 'loras', pathIndex: 0, relativePath: 'b.safetensors' }],
      target: { folder: 'loras', subfolder: 'new' }
    })
    expect(store.models.value.map((m) => m.relativePath).sort()).toEqual(['a.safetensors', 'c.safetensors', 'new/b.safetensors'])
    await store.bulk('delete', [list[0], list[2]])
    expect(store.models.value.map(modelKey)).toEqual([modelKey(list[2]), modelKey(moved)])
    expect(store.tree.value.find((n) => n.key === 'loras')?.data.count).toBe(2)
  })
})
