import { describe, expect, it, vi } from 'vitest'
import { computed } from 'vue'

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

  it('marks a row done when its task completes, re-checks, and retries a failed one', async () => {
    vi.useFakeTimers()
    try {
      let onDisk = new Set<string>()
      let n = 0
      const f = fakeTransport({
        'POST /model-manager/models/missing': (init) =>
          ok(
            JSON.parse(String(init!.body)).models.map((x: { name: string }) => ({
              ...x,
              missing: !onDisk.has(x.name),
              allowed: true,
              reason: null
            }))
          ),
        'POST /model-manager/download': () => ok(task({ taskId: `t${++n}`, status: 'queued' }))
      })
      const allDone = vi.fn()
      const store = createMissingStore(new ApiClient(f.transport), { recheckDelayMs: 10, onAllDone: allDone })
      store.attach()
      store.attach() // idempotent
      expect(f.listenerCount('complete_download_task')).toBe(1)
      await store.check([m('a.safetensors'), m('b.safetensors')])
      const shownA = computed(() => store.state.rows['loras/a.safetensors']?.state)
      expect(shownA.value).toBe('idle')
      await store.downloadAll()
      expect(shownA.value).toBe('queued')
      const rows = store.state.rows
      expect([rows['loras/a.safetensors'].taskId, rows['loras/b.safetensors'].taskId]).toEqual(['t1', 't2'])
      expect(store.pending.value).toEqual([])

      f.emit('update_download_task', { taskId: 't1', data: task({ taskId: 't1', progress: 0.5 }) })
      expect(rows['loras/a.safetensors'].progress).toBe(0.5)
      // Someone else's task does not touch the rows.
      f.emit('complete_download_task', { taskId: 'other', data: task({ taskId: 'other', status: 'completed' }) })
      expect(rows['loras/a.safetensors'].state).toBe('queued')

      onDisk = new Set(['a.safetensors'])
      f.emit('complete_download_task', { taskId: 't1', data: task({ taskId: 't1', status: 'completed' }) })
      f.emit('error_download_task', { taskId: 't2', data: task({ taskId: 't2', status: 'failed', error: 'HTTP 404' }) })
      expect(rows['loras/a.safetensors'].state).toBe('done')
      expect(shownA.value).toBe('done')
      expect(rows['loras/b.safetensors']).toMatchObject({ state: 'error', error: 'HTTP 404' })
      expect(store.allDone.value).toBe(false)
      await vi.advanceTimersByTimeAsync(20)
      const checks = () => f.calls.filter((c) => c.path === '/model-manager/models/missing').length
      expect(checks()).toBe(2)
      expect(allDone).not.toHaveBeenCalled()

      // Retry the failed one ("Download all" takes failed rows again, never done ones).
      expect(store.pending.value.map((x) => x.name)).toEqual(['b.safetensors'])
      await store.downloadAll()
      expect(rows['loras/b.safetensors']).toMatchObject({ state: 'queued', taskId: 't3' })
      onDisk = new Set(['a.safetensors', 'b.safetensors'])
      f.emit('complete_download_task', { taskId: 't3', data: task({ taskId: 't3', status: 'completed' }) })
      await vi.advanceTimersByTimeAsync(20)
      expect(checks()).toBe(3)
      expect(store.allDone.value).toBe(true)
      expect(allDone).toHaveBeenCalledTimes(1)
      store.detach()
      expect(f.listenerCount('complete_download_task')).toBe(0)
    } finally {
      vi.useRealTimers()
    }
  })

  it('keeps a completion that arrives before the POST reply; a deleted task frees its row', async () => {
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    const f = fakeTransport({
      'POST /model-manager/models/missing': (init) =>
        ok(JSON.parse(String(init!.body)).models.map((x: object) => ({ ...x, missing: true, allowed: true, reason: null }))),
      'POST /model-manager/download': () => ok(task({ taskId: 'fast', status: 'queued' }))
    })
    const slow = { ...f.transport, fetch: async (p: string, i?: RequestInit) => (p === '/model-manager/download' ? (await gate, f.transport.fetch(p, i)) : f.transport.fetch(p, i)) }
    const store = createMissingStore(new ApiClient(slow), { recheckDelayMs: 60_000 })
    store.attach()
    await store.check([m('a.safetensors'), m('b.safetensors')])
    const sent = store.download(store.state.items[0])
    f.emit('complete_download_task', { taskId: 'fast', data: task({ taskId: 'fast', status: 'completed' }) })
    release()
    await sent
    expect(store.state.rows['loras/a.safetensors'].state).toBe('done')

    store.onEvent('delete_download_task', { taskId: 'fast' })
    expect(store.state.rows['loras/a.safetensors'].state).toBe('done') // done stays done
    store.detach()
  })
})
