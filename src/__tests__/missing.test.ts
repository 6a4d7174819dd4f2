import { describe, expect, it } from 'vitest'

import { ApiClient } from '@/api/client'
import { collectWorkflowModels, createMissingStore } from '@/stores/missing'

import { fakeTransport, ok, task } from './helpers'

const m = (name: string, directory = 'loras') => ({ name, directory, url: `http://h/${name}` })

describe('missing models', () => {
  it('collects the workflow list, node properties, subgraphs and live nodes, deduplicated', () => {
    const graph = {
      models: [m('a.safetensors'), { name: 'bad' }],
      nodes: [{ properties: { models: [m('b.safetensors', 'checkpoints'), m('a.safetensors')] } }, { properties: {} }, null],
      definitions: { subgraphs: [{ nodes: [{ properties: { models: [m('c.safetensors', 'vae')] } }] }] }
    }
    const live = [{ properties: { models: [m('d.safetensors')] } }]
    expect(collectWorkflowModels(graph, live).map((x) => `${x.directory}/${x.name}`)).toEqual([
      'loras/a.safetensors',
      'checkpoints/b.safetensors',
      'vae/c.safetensors',
      'loras/d.safetensors'
    ])
    expect(collectWorkflowModels(null)).toEqual([])
  })

  it('stays quiet when the route is missing (404)', async () => {
    const f = fakeTransport({})
    const store = createMissingStore(new ApiClient(f.transport))
    expect(await store.check([m('a')])).toBe(false)
    expect(store.state.visible).toBe(false)
  })

  it('shows only missing models and downloads them to their folder', async () => {
    const f = fakeTransport({
      'POST /model-manager/models/missing': (init) =>
        ok(
          JSON.parse(String(init!.body)).models.map((x: { name: string }) => ({
            ...x,
            missing: x.name !== 'have.safetensors',
            allowed: x.name !== 'blocked.safetensors',
            reason: x.name === 'blocked.safetensors' ? 'host not allowed' : null
          }))
        ),
      'POST /model-manager/download': () => ok(task())
    })
    const store = createMissingStore(new ApiClient(f.transport))
    expect(await store.check([m('have.safetensors'), m('need.safetensors'), m('blocked.safetensors')])).toBe(true)
    expect(store.state.visible).toBe(true)
    expect(store.state.items.map((x) => x.name)).toEqual(['need.safetensors', 'blocked.safetensors'])
    await store.downloadAll()
    const posts = f.calls.filter((c) => c.path === '/model-manager/download').map((c) => JSON.parse(String(c.init!.body)))
    expect(posts).toEqual([
      { url: 'http://h/need.safetensors', folder: 'loras', subfolder: '', filename: 'need.safetensors', pathIndex: 0, sha256: null, size: null }
    ])
    expect(store.state.rows['loras/need.safetensors'].state).toBe('queued')
  })
})
