import { describe, expect, it, vi } from 'vitest'

import { ApiClient } from '@/api/client'
import type { ModelCandidate, ScanTask } from '@/api/types'
import { createDetailStore, splitPath } from '@/stores/detail'
import { createModelStore } from '@/stores/models'
import { AUTO_FOLDER, buildSourceRequest, createResolver, suggestedFolder } from '@/stores/resolve'
import { createScanStore } from '@/stores/scan'

import { fakeTransport, model, ok } from './helpers'

const scanTask = (over: Partial<ScanTask> = {}): ScanTask => ({
  taskId: 's1',
  folder: null,
  mode: 'diff',
  status: 'running',
  progress: { done: 0, total: 10, current: null },
  results: {},
  error: null,
  startedAt: 100,
  finishedAt: null,
  ...over
})

describe('scan store', () => {
  it('follows update / complete events and feeds the model list', async () => {
    const f = fakeTransport({
      'POST /model-manager/scan': () => [202, { success: true, data: scanTask() }],
      'GET /model-manager/models/loras': () => ok([])
    })
    const api = new ApiClient(f.transport)
    const models = createModelStore(api)
    await models.loadModels('loras')
    const reload = vi.spyOn(models, 'reload')
    const scan = createScanStore(api, models)
    scan.attach()
    await scan.start(null, 'diff')
    expect(JSON.parse(String(f.calls.at(-1)!.init!.body))).toEqual({ folder: null, mode: 'diff' })
    expect(scan.running.value).toBe(true)

    f.emit('update_scan_task', { task_id: 's1', file: model(1), files: [model(1), model(4)], progress: { done: 2, total: 10, current: 'sub1/x.safetensors' } })
    expect(scan.task.value!.progress).toEqual({ done: 2, total: 10, current: 'sub1/x.safetensors' })
    expect(models.models.value).toHaveLength(2)

    f.emit('complete_scan_task', { task_id: 's1', results: { files: 10, new: 2, changed: 0, unchanged: 8, removed: 0, moved: 0, hashed: 2, errors: 0, status: 'completed', seconds: 1.5 } })
    expect(scan.task.value!.status).toBe('completed')
    expect(scan.task.value!.results).toMatchObject({ files: 10, new: 2, hashed: 2 })
    expect(scan.task.value!.results).not.toHaveProperty('status')
    expect(reload).toHaveBeenCalled()

    // A late batch never turns a finished scan back into a running one.
    expect(f.emit('update_scan_task', { task_id: 's1', files: [], progress: { done: 3, total: 10, current: null } }))
    expect(scan.task.value!.status).toBe('completed')
    scan.detach()
    expect(f.listenerCount('update_scan_task')).toBe(0)
  })

  it('takes the full task from a complete event when the server sends it, and an event for an unseen scan', () => {
    const f = fakeTransport()
    const scan = createScanStore(new ApiClient(f.transport))
    expect(scan.applyEvent('update_scan_task', { task_id: 'other', files: [], progress: { done: 1, total: 4, current: 'a' } })).toBe(true)
    expect(scan.task.value).toMatchObject({ taskId: 'other', status: 'running', progress: { done: 1, total: 4 } })
    scan.applyEvent('complete_scan_task', { task_id: 'other', results: { status: 'cancelled' }, data: scanTask({ taskId: 'other', status: 'cancelled', finishedAt: 200 }) })
    expect(scan.task.value).toMatchObject({ taskId: 'other', status: 'cancelled', finishedAt: 200 })
    expect(scan.applyEvent('update_scan_task', null)).toBe(false)
    expect(scan.applyEvent('complete_scan_task', { nope: 1 })).toBe(false)
  })

  it('keeps a scan queued behind the running one and follows it once it starts', async () => {
    let n = 0
    const f = fakeTransport({
      'POST /model-manager/scan': () => [202, { success: true, data: scanTask({ taskId: `q${++n}`, status: 'queued', outcome: 'queued' }) }],
      'DELETE /model-manager/scan/q2': () => ok(scanTask({ taskId: 'q2', status: 'cancelled' }))
    })
    const scan = createScanStore(new ApiClient(f.transport))
    scan.attach()
    f.emit('update_scan_task', { task_id: 'auto', files: [], progress: { done: 1, total: 9, current: 'a' } })
    await scan.start(null, 'diff')
    expect(scan.task.value).toMatchObject({ taskId: 'auto', status: 'running' })
    expect(scan.queued.value).toMatchObject({ taskId: 'q1', status: 'queued' })
    f.emit('complete_scan_task', { task_id: 'auto', data: scanTask({ taskId: 'auto', status: 'completed' }) })
    expect(scan.queued.value).not.toBeNull()
    f.emit('update_scan_task', { task_id: 'q1', files: [], progress: { done: 1, total: 3, current: 'b' } })
    expect(scan.queued.value).toBeNull()
    expect(scan.task.value).toMatchObject({ taskId: 'q1', status: 'running', progress: { done: 1, total: 3 } })
    // a second one queued and dropped again
    await scan.start('vae', 'full')
    await scan.cancelQueued()
    expect(scan.queued.value).toBeNull()
    expect(f.calls.at(-1)!.path).toContain('/model-manager/scan/q2')
    scan.detach()
  })

  it('cancels the running scan', async () => {
    const f = fakeTransport({
      'GET /model-manager/scan': () => ok(scanTask()),
      'DELETE /model-manager/scan/s1': () => ok(scanTask({ status: 'cancelled' }))
    })
    const scan = createScanStore(new ApiClient(f.transport))
    await scan.load()
    await scan.cancel()
    expect(scan.task.value!.status).toBe('cancelled')
  })
})

describe('detail store', () => {
  const m = model(1, { folder: 'loras', relativePath: 'styles/a b.safetensors', name: 'a b' })
  const path = '/model-manager/model/loras/0/styles/a%20b.safetensors'
  const detail = (over = {}) => ({ ...m, metadata: { k: 'v' }, descriptionText: null, descriptionFormat: null, descriptionHtml: null, sidecars: [], links: [], ...over })

  function setup(routes: Record<string, (init?: RequestInit) => [number, unknown]>) {
    const f = fakeTransport({ 'GET /model-manager/models/loras': () => ok([m]), ...routes })
    const api = new ApiClient(f.transport)
    const models = createModelStore(api)
    const changed = vi.fn()
    return { f, models, changed, store: createDetailStore(api, models, changed) }
  }

  it('opens, saves a description and shows the server-rendered HTML', async () => {
    const { f, models, store } = setup({
      [`GET ${path}`]: () => ok(detail()),
      [`PUT ${path}`]: (init) => {
        const body = JSON.parse(String(init!.body))
        return ok(detail({ descriptionText: body.description, descriptionHtml: '<p><strong>hi</strong></p>', description: 'hi' }))
      }
    })
    await models.loadModels('loras')
    await store.open(m)
    expect(store.visible.value).toBe(true)
    expect(store.current.value?.metadata).toEqual({ k: 'v' })
    await store.saveDescription('**hi**')
    expect(JSON.parse(String(f.calls.at(-1)!.init!.body))).toEqual({ description: '**hi**' })
    expect(store.current.value?.descriptionHtml).toBe('<p><strong>hi</strong></p>')
    expect(models.models.value[0].description).toBe('hi')
    await store.saveDescription('')
    expect(JSON.parse(String(f.calls.at(-1)!.init!.body))).toEqual({ description: null })
  })

  it('uploads a preview as the raw image body and busts the thumbnail', async () => {
    const { f, models, store } = setup({
      [`GET ${path}`]: () => ok(detail()),
      [`PUT /model-manager/preview/loras/0/styles/a%20b.safetensors`]: () => ok({ ...m, hasPreview: true, previewUrl: '/p' })
    })
    await models.loadModels('loras')
    await store.open(m)
    await store.setPreviewFile(new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }))
    const call = f.calls.at(-1)!
    expect((call.init!.headers as Record<string, string>)['Content-Type']).toBe('image/png')
    expect(call.init!.body).toBeInstanceOf(Blob)
    expect(store.current.value?.hasPreview).toBe(true)
    expect(store.current.value?.metadata).toEqual({ k: 'v' }) // a Model answer merges into the detail
    expect(models.previewSrc(models.models.value[0])).toBe('/p?size=256&v=1')
  })

  it('renames / moves, then shows the model at its new place; a 409 is reported', async () => {
    let conflict = false
    const moved = { ...m, folder: 'vae', relativePath: 'x/new.safetensors', name: 'new' }
    const { f, models, store, changed } = setup({
      [`GET ${path}`]: () => ok(detail()),
      [`PUT ${path}`]: () => (conflict ? [409, { success: false, error: 'target exists' }] : ok(moved)),
      'GET /model-manager/model/vae/0/x/new.safetensors': () => ok(detail(moved))
    })
    await models.loadModels('loras')
    await store.open(m)
    conflict = true
    await expect(store.move({ folder: 'vae', pathIndex: 0, subfolder: 'x', filename: 'new.safetensors' })).rejects.toThrow('target exists')
    expect(store.error.value).toBe('target exists')
    conflict = false
    await store.move({ folder: 'vae', pathIndex: 0, subfolder: 'x', filename: 'new.safetensors' })
    expect(JSON.parse(String(f.calls.at(-2)!.init!.body))).toEqual({ filename: 'new.safetensors', folder: 'vae', pathIndex: 0, subfolder: 'x' })
    expect(store.current.value?.relativePath).toBe('x/new.safetensors')
    expect(models.models.value).toEqual([]) // moved out of the listed folder
    expect(changed).toHaveBeenCalledTimes(1)
  })

  it('deletes and closes', async () => {
    const { models, store, changed } = setup({
      [`GET ${path}`]: () => ok(detail()),
      [`DELETE ${path}`]: () => ok({ deleted: ['styles/a b.safetensors'] })
    })
    await models.loadModels('loras')
    await store.open(m)
    await store.remove()
    expect(store.visible.value).toBe(false)
    expect(models.models.value).toEqual([])
    expect(changed).toHaveBeenCalled()
  })

  it('splits a relative path', () => {
    expect(splitPath('a/b/c.safetensors')).toEqual({ subfolder: 'a/b', filename: 'c.safetensors' })
    expect(splitPath('c.safetensors')).toEqual({ subfolder: '', filename: 'c.safetensors' })
  })
})

describe('resolve (new download)', () => {
  const file = (over = {}) => ({ name: 'a.safetensors', sizeBytes: 1000, sha256: 'ab'.repeat(32), downloadUrl: 'https://x/a', primary: false, format: 'SafeTensor', fp: 'fp16', ...over })
  const cand = (over: Partial<ModelCandidate> = {}): ModelCandidate => ({
    source: 'civitai', modelId: 1, versionId: 11, name: 'M', versionName: 'v1', type: 'LORA', baseModel: 'SDXL 1.0',
    description: null, previews: [], files: [file(), file({ name: 'b.safetensors', primary: true })], suggestedFolder: 'loras', ...over
  })
  const form = { folder: 'loras', pathIndex: 0, subfolder: ' s ', filename: '', sha256: '' }

  it('builds source requests so the server fills URL, hash and size', () => {
    expect(buildSourceRequest(cand(), file({ name: 'b.safetensors' }), form)).toEqual({
      source: 'civitai', versionId: 11, fileName: 'b.safetensors', folder: 'loras', pathIndex: 0, subfolder: 's', filename: null
    })
    expect(buildSourceRequest(cand({ source: 'huggingface', modelId: 'o/r', versionId: 'abc' }), file({ path: 'd/a.safetensors' }), { ...form, folder: null, filename: 'x.safetensors' })).toEqual({
      source: 'huggingface', repo: 'o/r', path: 'd/a.safetensors', revision: 'abc', folder: AUTO_FOLDER, pathIndex: 0, subfolder: 's', filename: 'x.safetensors'
    })
    expect(buildSourceRequest(cand({ source: 'direct' }), file(), form)).toEqual({
      url: 'https://x/a', folder: 'loras', pathIndex: 0, subfolder: 's', filename: null, sha256: 'ab'.repeat(32), size: 1000
    })
  })

  it('prefills the folder from the suggestion, else auto', () => {
    expect(suggestedFolder(cand(), file(), ['loras'])).toBe('loras')
    expect(suggestedFolder(cand(), file({ suggestedFolder: 'vae' }), ['loras', 'vae'])).toBe('vae')
    expect(suggestedFolder(cand({ suggestedFolder: null }), file(), ['loras'])).toBe(AUTO_FOLDER)
    expect(suggestedFolder(cand({ suggestedFolder: 'unknown' }), file(), ['loras'])).toBe(AUTO_FOLDER)
  })

  it('resolves a link and selects the primary file of each version', async () => {
    const f = fakeTransport({
      'GET /model-manager/model-info?url=https%3A%2F%2Fcivitai.com%2Fmodels%2F1': () => ok([cand(), cand({ versionId: 12, files: [file()] })]),
      'GET /model-manager/model-info?url=https%3A%2F%2Fbad': () => [502, { success: false, error: 'upstream failed' }]
    })
    const r = createResolver(new ApiClient(f.transport))
    expect(await r.resolve(' https://civitai.com/models/1 ')).toBe(true)
    expect(r.file.value?.name).toBe('b.safetensors')
    r.selectVersion(1)
    expect(r.candidate.value?.versionId).toBe(12)
    expect(r.file.value?.name).toBe('a.safetensors')
    expect(await r.resolve('https://bad')).toBe(false)
    expect(r.error.value).toBe('upstream failed')
    expect(r.candidates.value).toEqual([])
  })
})

describe('scan start race', () => {
  it('keeps a completion that arrived before the POST reply', async () => {
    let emitDone: () => void = () => {}
    const f = fakeTransport({
      'POST /model-manager/scan': () => {
        emitDone()
        return [202, { success: true, data: scanTask() }]
      }
    })
    const scan = createScanStore(new ApiClient(f.transport))
    scan.attach()
    emitDone = () => f.emit('complete_scan_task', { task_id: 's1', results: { files: 3, status: 'completed' } })
    await scan.start('loras', 'full')
    expect(scan.task.value!.status).toBe('completed')
  })
})
