import { describe, expect, it } from 'vitest'

import { ApiClient } from '@/api/client'
import { createTaskStore } from '@/stores/tasks'

import { fakeTransport, ok, task } from './helpers'

function setup(routes = {}) {
  const f = fakeTransport(routes)
  const store = createTaskStore(new ApiClient(f.transport))
  return { f, store }
}

describe('task store events', () => {
  it('applies create / update / complete / delete in order', () => {
    const { store } = setup()
    expect(store.applyEvent('create_download_task', { taskId: 't1', data: task({ status: 'queued', updatedAt: 1 }) })).toBe(true)
    expect(store.tasks.value.map((t) => t.status)).toEqual(['queued'])
    store.applyEvent('update_download_task', { taskId: 't1', data: task({ downloadedBytes: 50, progress: 0.5, updatedAt: 2 }) })
    expect(store.tasks.value[0].downloadedBytes).toBe(50)
    store.applyEvent('complete_download_task', { taskId: 't1', data: task({ status: 'completed', downloadedBytes: 100, progress: 1, updatedAt: 3 }) })
    expect(store.tasks.value[0].status).toBe('completed')
    store.applyEvent('delete_download_task', { taskId: 't1' })
    expect(store.tasks.value).toEqual([])
  })

  it('ignores an update for an unknown task', () => {
    const { store } = setup()
    expect(store.applyEvent('update_download_task', { taskId: 'ghost', data: task({ taskId: 'ghost' }) })).toBe(false)
    expect(store.tasks.value).toEqual([])
  })

  it('records errors and keeps newest first', () => {
    const { store } = setup()
    store.applyEvent('create_download_task', { taskId: 'old', data: task({ taskId: 'old', createdAt: 1 }) })
    store.applyEvent('create_download_task', { taskId: 'new', data: task({ taskId: 'new', createdAt: 2 }) })
    expect(store.tasks.value.map((t) => t.taskId)).toEqual(['new', 'old'])
    store.applyEvent('error_download_task', { taskId: 'old', data: task({ taskId: 'old', createdAt: 1, status: 'failed', error: 'HTTP 500', updatedAt: 5000 }) })
    expect(store.tasks.value[1]).toMatchObject({ status: 'failed', error: 'HTTP 500' })
  })

  it('never goes back to an older snapshot', () => {
    const { store } = setup()
    store.applyEvent('create_download_task', { taskId: 't1', data: task({ status: 'paused', updatedAt: 10 }) })
    store.applyEvent('update_download_task', { taskId: 't1', data: task({ status: 'running', updatedAt: 9 }) })
    expect(store.tasks.value[0].status).toBe('paused')
  })

  it('ignores malformed payloads', () => {
    const { store } = setup()
    expect(store.applyEvent('create_download_task', null)).toBe(false)
    expect(store.applyEvent('create_download_task', { taskId: 't1' })).toBe(false)
    expect(store.applyEvent('delete_download_task', { taskId: 'nope' })).toBe(false)
  })

  it('is fed by transport events once attached, and reloads after a reconnect', async () => {
    let list = [task({ taskId: 'a' })]
    const { f, store } = setup({ 'GET /model-manager/download/task': () => ok(list) })
    store.attach()
    store.attach() // idempotent
    expect(f.listenerCount('update_download_task')).toBe(1)
    await store.load()
    expect(store.tasks.value.map((t) => t.taskId)).toEqual(['a'])
    f.emit('create_download_task', { taskId: 'b', data: task({ taskId: 'b', createdAt: 2000 }) })
    expect(store.tasks.value.map((t) => t.taskId)).toEqual(['b', 'a'])
    // While disconnected, the server finished 'a' and deleted 'b'.
    list = [task({ taskId: 'a', status: 'completed', updatedAt: 2000 })]
    f.reconnect()
    await new Promise((r) => setTimeout(r, 0))
    expect(store.tasks.value.map((t) => [t.taskId, t.status])).toEqual([['a', 'completed']])
    store.detach()
    expect(f.listenerCount('update_download_task')).toBe(0)
  })

  it('load() keeps a newer event snapshot over an older list entry', async () => {
    const { store } = setup({ 'GET /model-manager/download/task': () => ok([task({ status: 'running', updatedAt: 5 })]) })
    store.applyEvent('create_download_task', { taskId: 't1', data: task({ status: 'paused', updatedAt: 6 }) })
    await store.load()
    expect(store.tasks.value[0].status).toBe('paused')
  })

  it('load() failure is reported, not thrown', async () => {
    const { store } = setup({ 'GET /model-manager/download/task': () => [500, { success: false, error: 'boom' }] })
    await store.load()
    expect(store.loadError.value).toBe('boom')
    expect(store.loaded.value).toBe(true)
  })

  it('actions update the list from the REST reply', async () => {
    const { store } = setup({
      'POST /model-manager/download': () => ok(task({ status: 'queued', updatedAt: 1 })),
      'PUT /model-manager/download/t1': () => ok(task({ status: 'paused', updatedAt: 2 })),
      'DELETE /model-manager/download/t1': () => ok({ taskId: 't1' })
    })
    await store.create({ url: 'http://x/a', folder: 'loras', subfolder: '', filename: null, pathIndex: 0, sha256: null, size: null })
    expect(store.tasks.value[0].status).toBe('queued')
    await store.pause('t1')
    expect(store.tasks.value[0].status).toBe('paused')
    expect(store.activeCount.value).toBe(0)
    await store.destroy('t1')
    expect(store.tasks.value).toEqual([])
  })
})
