import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { computed } from 'vue'

import { ApiClient } from '@/api/client'
import type { ModelUpdate, UpdateCheck } from '@/api/types'
import { announceUpdates, createContext } from '@/context'
import { updatesToastLabel } from '@/i18n'
import { createUpdatesStore, updateKey } from '@/stores/updates'

import { fakeTransport, ok, task } from './helpers'

function upd(i: number, over: Partial<ModelUpdate> = {}): ModelUpdate {
  return {
    folder: 'loras',
    pathIndex: 0,
    relativePath: `styles/m${i}.safetensors`,
    modelId: 100 + i,
    modelName: `Model ${i}`,
    type: 'LORA',
    currentVersionId: 1000 + i,
    currentVersionName: 'v1',
    newestVersionId: 2000 + i,
    newestVersionName: 'v2',
    publishedAt: '2026-01-02T03:04:05.000Z',
    url: `https://civitai.com/models/${100 + i}?modelVersionId=${2000 + i}`,
    baseModel: 'SDXL 1.0',
    notice: null,
    foundAt: 1_700_000_000 + i,
    download: { source: 'civitai', versionId: 2000 + i, folder: 'loras', subfolder: 'styles', pathIndex: 0 },
    ...over
  }
}

function checkOf(status: UpdateCheck['status'], done = 0, total = 3, over: Partial<UpdateCheck> = {}): UpdateCheck {
  return {
    checkId: 'c1',
    trigger: 'manual',
    status,
    progress: { done, total },
    results: { files: 3, models: 3, checked: done, errors: 0, updates: 1, new: 1 },
    error: null,
    startedAt: 1_700_000_100,
    finishedAt: status === 'running' ? null : 1_700_000_200,
    ...over
  }
}

describe('updates store', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('loads the list (newest finds first) and the last check', async () => {
    const f = fakeTransport({
      'GET /model-manager/updates': () => ok([upd(1), upd(3), upd(2)]),
      'GET /model-manager/updates/check': () => ok(checkOf('completed', 3))
    })
    const store = createUpdatesStore(new ApiClient(f.transport))
    await store.load()
    expect(store.updates.value.map((u) => u.modelName)).toEqual(['Model 3', 'Model 2', 'Model 1'])
    expect(store.check.value?.status).toBe('completed')
    expect(store.running.value).toBe(false)
    expect(store.count.value).toBe(3)
  })

  it('"Check now" posts, polls while the check runs, then reloads the list', async () => {
    const polls = [checkOf('running', 1), checkOf('running', 2), checkOf('completed', 3)]
    let list = [upd(1)]
    const f = fakeTransport({
      'POST /model-manager/updates/check': () => [202, { success: true, data: checkOf('running', 0) }],
      'GET /model-manager/updates/check': () => ok(polls.shift() ?? checkOf('completed', 3)),
      'GET /model-manager/updates': () => ok(list)
    })
    const store = createUpdatesStore(new ApiClient(f.transport), { pollMs: 100 })
    await store.checkNow()
    expect(JSON.parse(String(f.calls[0].init!.body))).toEqual({})
    expect(store.running.value).toBe(true)
    await vi.advanceTimersByTimeAsync(100)
    expect(store.check.value?.progress.done).toBe(1)
    await vi.advanceTimersByTimeAsync(100)
    expect(store.check.value?.progress.done).toBe(2)
    list = [upd(1), upd(2)]
    await vi.advanceTimersByTimeAsync(100)
    expect(store.running.value).toBe(false)
    expect(store.updates.value.map((u) => u.modelName)).toEqual(['Model 2', 'Model 1'])
    // Polling stopped.
    const n = f.calls.length
    await vi.advanceTimersByTimeAsync(1000)
    expect(f.calls.length).toBe(n)
  })

  it('a check already running (200) is followed too; a refused one reports its error', async () => {
    const f = fakeTransport({
      'POST /model-manager/updates/check': () => ok(checkOf('running', 1)),
      'GET /model-manager/updates/check': () => ok(checkOf('completed', 3)),
      'GET /model-manager/updates': () => ok([])
    })
    const store = createUpdatesStore(new ApiClient(f.transport), { pollMs: 50 })
    await store.checkNow()
    await vi.advanceTimersByTimeAsync(50)
    expect(store.check.value?.status).toBe('completed')

    const g = fakeTransport({ 'POST /model-manager/updates/check': () => [403, { success: false, error: 'set a Civitai key' }] })
    const failing = createUpdatesStore(new ApiClient(g.transport))
    await expect(failing.checkNow()).rejects.toThrow('set a Civitai key')
    expect(failing.error.value).toBe('set a Civitai key')
  })

  it('update_available merges entries and tells listeners; a newer version resets the row', async () => {
    const f = fakeTransport({
      'GET /model-manager/updates': () => ok([upd(1)]),
      'GET /model-manager/updates/check': () => ok(null),
      'POST /model-manager/download': () => ok(task({ taskId: 'd1', status: 'queued' }))
    })
    const store = createUpdatesStore(new ApiClient(f.transport))
    await store.load()
    store.attach()
    store.attach()
    expect(f.listenerCount('update_available')).toBe(1)
    const heard: string[][] = []
    store.onAvailable((fresh) => heard.push(fresh.map((u) => u.modelName)))

    await store.download(store.updates.value[0])
    expect(store.rows[updateKey(upd(1))]).toMatchObject({ state: 'queued', taskId: 'd1' })

    f.emit('update_available', { updates: [upd(2), upd(1, { newestVersionId: 3001, newestVersionName: 'v3', foundAt: 1_800_000_000 }), { junk: true }] })
    expect(heard).toEqual([['Model 2', 'Model 1']])
    expect(store.updates.value.map((u) => [u.modelName, u.newestVersionName])).toEqual([
      ['Model 1', 'v3'],
      ['Model 2', 'v2']
    ])
    expect(store.rows[updateKey(upd(1))]).toBeUndefined()
    f.emit('update_available', { nope: 1 })
    f.emit('update_available', null)
    expect(heard.length).toBe(1)

    // A reconnect reloads.
    const before = f.calls.length
    f.reconnect()
    await vi.advanceTimersByTimeAsync(0)
    expect(f.calls.length).toBeGreaterThan(before)
    store.detach()
    expect(f.listenerCount('update_available')).toBe(0)
  })

  it('"Download" posts the entry\'s ready body once, and reports a refusal on the row', async () => {
    let refuse = false
    const f = fakeTransport({
      'POST /model-manager/download': () => (refuse ? [400, { success: false, error: 'early access' }] : ok(task({ taskId: 'd9' })))
    })
    const store = createUpdatesStore(new ApiClient(f.transport))
    const u = upd(5)
    // What the screen reads must follow (a computed over a row that did not exist yet).
    const shown = computed(() => store.rows[updateKey(u)]?.state ?? 'idle')
    expect(shown.value).toBe('idle')
    const first = store.download(u)
    expect(shown.value).toBe('sending')
    await Promise.all([first, store.download(u)])
    expect(shown.value).toBe('queued')
    const posts = f.calls.filter((c) => c.path === '/model-manager/download')
    expect(posts.map((c) => JSON.parse(String(c.init!.body)))).toEqual([
      { source: 'civitai', versionId: 2005, folder: 'loras', subfolder: 'styles', pathIndex: 0 }
    ])
    refuse = true
    const v = upd(6)
    await store.download(v)
    expect(store.rows[updateKey(v)]).toMatchObject({ state: 'error', error: 'early access' })
  })

  it('the context toasts new updates in the UI language and lists the new task', async () => {
    const f = fakeTransport({ 'POST /model-manager/download': () => ok(task({ taskId: 'd2', filename: 'new.safetensors' })) })
    const toasts: unknown[] = []
    const ctx = createContext(f.transport, (m) => toasts.push(m))
    announceUpdates(ctx, updatesToastLabel(() => 'zh'))
    f.emit('update_available', { updates: [upd(1), upd(2), upd(3), upd(4)] })
    expect(toasts).toEqual([
      { severity: 'info', summary: '4 个模型发布了新版本', detail: 'Model 1, Model 2, Model 3, …', life: 8000 }
    ])
    announceUpdates(ctx, updatesToastLabel(() => 'en'))
    f.emit('update_available', { updates: [upd(7)] })
    expect(toasts.at(-1)).toMatchObject({ summary: 'A model has a new version', detail: 'Model 7' })
    // The store's download goes through the task store: the task is listed at once.
    await ctx.updates.download(upd(1))
    expect(ctx.tasks.tasks.value.map((t) => t.taskId)).toEqual(['d2'])
  })
})
