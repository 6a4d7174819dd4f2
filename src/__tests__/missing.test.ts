import { describe, expect, it, vi } from 'vitest'
import { computed } from 'vue'

import { ApiClient } from '@/api/client'
import type { ResolvedModel, WorkflowCandidate } from '@/api/types'
import { embedModelLinks, installModelLinks } from '@/host/workflow'
import { createMissingStore } from '@/stores/missing'
import { downloadRequest } from '@/stores/workflowModels'

import { fakeTransport, ok, task } from './helpers'

const civ = (name: string, confidence = 0.85): WorkflowCandidate => ({
  url: `https://civitai.com/api/download/models/${name.length}`,
  source: 'civitai',
  confidence,
  match: confidence >= 0.8 ? 'name' : 'fuzzy',
  sha256: 'ab'.repeat(32),
  sizeBytes: 1024
})
const model = (name: string, status: ResolvedModel['status'], over: Partial<ResolvedModel> = {}): ResolvedModel => ({
  name,
  directory: 'loras',
  nodes: ['1'],
  declared: false,
  status,
  candidates: status === 'download' ? [civ(name)] : [],
  ...over
})
const workflow = (...names: string[]) => ({ nodes: names.map((n, i) => ({ id: i + 1, type: 'LoraLoader', widgets_values: [n, 1, 1] })) })

/** A /workflow/resolve stand-in: `state(name)` says what the server would answer now. */
function server(state: (name: string) => ResolvedModel) {
  return fakeTransport({
    'POST /model-manager/workflow/resolve': (init) => {
      const body = JSON.parse(String(init!.body))
      const names: string[] = body.workflow.nodes.map((n: { widgets_values: string[] }) => n.widgets_values[0])
      const models = names.map(state)
      return ok({ models, summary: { present: 0, relink: 0, download: 0, unresolved: 0 } })
    },
    'POST /model-manager/download': () => ok(task())
  })
}

describe('missing models (every model a workflow names, resolved on the server)', () => {
  it('stays quiet when everything is on disk, or the route is missing (404)', async () => {
    const quiet = createMissingStore(new ApiClient(server((n) => model(n, 'present')).transport))
    expect(await quiet.check(workflow('a.safetensors'))).toBe(false)
    expect(quiet.ui.visible).toBe(false)
    const none = createMissingStore(new ApiClient(fakeTransport({}).transport))
    expect(await none.check(workflow('a.safetensors'))).toBe(false)
  })

  it('for the workflow restored at start-up, opens only for declared models (as the host does)', async () => {
    const f = server((n) => model(n, 'download', { declared: n.startsWith('declared') }))
    const quiet = createMissingStore(new ApiClient(f.transport))
    expect(await quiet.check(workflow('widget-only.safetensors'), { declaredOnly: true })).toBe(false)
    expect(quiet.ui.visible).toBe(false)
    expect(await quiet.check(workflow('widget-only.safetensors', 'declared.safetensors'), { declaredOnly: true })).toBe(true)
    expect(quiet.needing.value.map((m) => m.name)).toEqual(['widget-only.safetensors', 'declared.safetensors'])
  })

  it('lists what is not on disk; Download all takes only high-confidence candidates, to the workflow path', async () => {
    const f = server((n) =>
      n === 'have.safetensors'
        ? model(n, 'present')
        : n === 'fuzzy.safetensors'
          ? model(n, 'download', { candidates: [civ(n, 0.3)] })
          : n === 'nowhere.safetensors'
            ? model(n, 'unresolved')
            : model(n, 'download')
    )
    const store = createMissingStore(new ApiClient(f.transport))
    expect(await store.check(workflow('have.safetensors', 'sd15/need.safetensors', 'fuzzy.safetensors', 'nowhere.safetensors'))).toBe(true)
    expect(store.ui.visible).toBe(true)
    expect(store.needing.value.map((x) => x.name)).toEqual(['sd15/need.safetensors', 'fuzzy.safetensors', 'nowhere.safetensors'])
    expect(store.pending.value.map((x) => x.name)).toEqual(['sd15/need.safetensors'])
    await store.downloadAll()
    const posts = f.calls.filter((c) => c.path === '/model-manager/download').map((c) => JSON.parse(String(c.init!.body)))
    expect(posts).toEqual([
      { url: civ('sd15/need.safetensors').url, folder: 'loras', subfolder: 'sd15', filename: 'need.safetensors', pathIndex: 0, sha256: 'ab'.repeat(32), size: null }
    ])
    expect(store.state.rows['loras/sd15/need.safetensors'].state).toBe('queued')
    // The user may still pick the fuzzy one by hand.
    await store.download(store.state.items[2])
    expect(store.state.rows['loras/fuzzy.safetensors'].state).toBe('queued')
  })

  it('relinks to the copy on disk through the host: one, or all', async () => {
    const f = server((n) => model(n, 'relink', { foundAt: { folder: 'loras', pathIndex: 0, relativePath: `sdxl/${n}` } }))
    const relink = vi.fn((name: string, value: string) => (name && value ? 1 : 0))
    const store = createMissingStore(new ApiClient(f.transport), { host: { relink } })
    await store.check(workflow('a.safetensors', 'b.safetensors'))
    expect(store.canRelink.value).toBe(true)
    expect(store.relink(store.state.items[0])).toBe(true)
    expect(relink).toHaveBeenCalledWith('a.safetensors', 'sdxl/a.safetensors')
    expect(store.state.rows['loras/a.safetensors']).toMatchObject({ state: 'done', fixed: 'relinked' })
    expect(store.relinkAll()).toBe(1)
    expect(store.allDone.value).toBe(true)
    expect(f.calls.filter((c) => c.path === '/model-manager/download')).toEqual([])
  })

  it('follows the download task: progress, done after the re-check, failure and retry', async () => {
    vi.useFakeTimers()
    try {
      const onDisk = new Set<string>()
      let n = 0
      const f = server((x) => (onDisk.has(x) ? model(x, 'present') : model(x, 'download')))
      f.calls.length = 0
      const routes = f.transport.fetch
      f.transport.fetch = (p, i) =>
        p === '/model-manager/download' ? Promise.resolve(new Response(JSON.stringify({ success: true, data: task({ taskId: `t${++n}`, status: 'queued' }) }), { status: 201 })) : routes(p, i)
      const allDone = vi.fn()
      const store = createMissingStore(new ApiClient(f.transport), { recheckDelayMs: 10, onAllDone: allDone })
      store.attach()
      store.attach() // idempotent
      expect(f.listenerCount('complete_download_task')).toBe(1)
      await store.check(workflow('a.safetensors', 'b.safetensors'))
      const shownA = computed(() => store.state.rows['loras/a.safetensors']?.state)
      expect(shownA.value).toBe('idle')
      await store.downloadAll()
      expect(shownA.value).toBe('queued')
      f.emit('update_download_task', { taskId: 't1', data: { progress: 0.5 } })
      expect(store.state.rows['loras/a.safetensors'].progress).toBe(0.5)
      f.emit('complete_download_task', { taskId: 'other', data: {} })
      expect(shownA.value).toBe('queued')

      onDisk.add('a.safetensors')
      f.emit('complete_download_task', { taskId: 't1', data: {} })
      f.emit('error_download_task', { taskId: 't2', data: { error: 'HTTP 404' } })
      expect(shownA.value).toBe('done')
      expect(store.state.rows['loras/b.safetensors']).toMatchObject({ state: 'error', error: 'HTTP 404' })
      await vi.advanceTimersByTimeAsync(20)
      const resolves = () => f.calls.filter((c) => c.path === '/model-manager/workflow/resolve')
      expect(resolves().length).toBe(2)
      expect(JSON.parse(String(resolves()[1].init!.body)).online).toBe(false)
      expect(store.state.items.find((x) => x.name === 'a.safetensors')?.status).toBe('present')
      expect(store.needing.value.map((x) => x.name)).toEqual(['b.safetensors'])
      // The panel keeps the row it opened with, done.
      expect(store.listed.value.map((x) => x.name)).toEqual(['a.safetensors', 'b.safetensors'])
      expect(store.state.rows['loras/a.safetensors'].state).toBe('done')
      expect(allDone).not.toHaveBeenCalled()

      expect(store.pending.value.map((x) => x.name)).toEqual(['b.safetensors'])
      await store.downloadAll()
      onDisk.add('b.safetensors')
      f.emit('complete_download_task', { taskId: 't3', data: {} })
      await vi.advanceTimersByTimeAsync(20)
      expect(store.needing.value).toEqual([])
      expect(store.allDone.value).toBe(true)
      expect(allDone).toHaveBeenCalledTimes(1)
      store.detach()
      expect(f.listenerCount('complete_download_task')).toBe(0)
    } finally {
      vi.useRealTimers()
    }
  })

  it('builds download requests in the workflow path and folder', () => {
    const m = model('sub/dir/x.safetensors', 'download', { directory: null })
    const hf: WorkflowCandidate = { url: 'https://huggingface.co/a/b/resolve/main/x.safetensors', source: 'huggingface', confidence: 0.8, match: 'name', sizeBytes: 10, directory: 'vae' }
    expect(downloadRequest(m, hf)).toEqual({ url: hf.url, folder: 'vae', subfolder: 'sub/dir', filename: 'x.safetensors', pathIndex: 0, sha256: null, size: 10 })
  })
})

describe('model links written on save', () => {
  const links = new Map([['sdxl/add_detail.safetensors', { url: 'https://civitai.com/api/download/models/1000', directory: 'loras', sha256: 'cd'.repeat(32) }]])

  it('adds properties.models for known models, subgraphs included, keeping what a node declares', () => {
    const doc = {
      nodes: [
        { id: 1, type: 'LoraLoader', widgets_values: ['sdxl\\add_detail.safetensors', 1, 1], properties: { 'Node name for S&R': 'LoraLoader' } },
        { id: 2, type: 'LoraLoader', widgets_values: ['other.safetensors', 1, 1] }
      ],
      definitions: { subgraphs: [{ nodes: [{ id: 3, type: 'LoraLoader', widgets_values: ['sdxl/add_detail.safetensors'], properties: { models: [{ name: 'sdxl/add_detail.safetensors', url: 'https://mine' }] } }] }] }
    }
    expect(embedModelLinks(doc, links)).toBe(1)
    expect(doc.nodes[0].properties).toEqual({
      'Node name for S&R': 'LoraLoader',
      models: [{ name: 'sdxl\\add_detail.safetensors', url: 'https://civitai.com/api/download/models/1000', directory: 'loras', hash: 'cd'.repeat(32), hash_type: 'sha256' }]
    })
    expect(doc.nodes[1]).not.toHaveProperty('properties')
    expect(doc.definitions.subgraphs[0].nodes[0].properties.models).toEqual([{ name: 'sdxl/add_detail.safetensors', url: 'https://mine' }])
  })

  it('hooks graph.serialize, only while the setting is on, never touching the live graph', () => {
    const live = { widgets_values: ['sdxl/add_detail.safetensors'], properties: {} as Record<string, unknown> }
    const graph = { add: () => null, serialize: () => ({ nodes: [{ ...live, properties: { ...live.properties } }] }) }
    let on = true
    expect(installModelLinks(graph, () => links, () => on)).toBe(true)
    const saved = graph.serialize() as { nodes: Array<{ properties: { models?: unknown[] } }> }
    expect(saved.nodes[0].properties.models).toHaveLength(1)
    expect(live.properties).toEqual({})
    on = false
    expect((graph.serialize() as { nodes: Array<{ properties: object }> }).nodes[0].properties).toEqual({})
  })
})
