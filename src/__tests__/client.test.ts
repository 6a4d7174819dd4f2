import { describe, expect, it } from 'vitest'

import { ApiClient, ApiError } from '@/api/client'
import { comfyTransport } from '@/api/transport'

import { fakeTransport, ok, task } from './helpers'

describe('ApiClient', () => {
  it('unwraps the success envelope', async () => {
    const f = fakeTransport({ 'GET /model-manager/download/task': () => ok([task()]) })
    const api = new ApiClient(f.transport)
    expect(await api.listTasks()).toEqual([task()])
  })

  it('sends JSON bodies with the right method and path', async () => {
    const f = fakeTransport({
      'PUT /model-manager/download/a%2Fb': () => ok(task({ status: 'paused' })),
      'POST /model-manager/download/setting': (init) => ok(JSON.parse(String(init!.body)))
    })
    const api = new ApiClient(f.transport)
    await api.setTaskStatus('a/b', 'pause')
    expect(f.calls[0].init?.method).toBe('PUT')
    expect(JSON.parse(String(f.calls[0].init?.body))).toEqual({ status: 'pause' })
    expect(await api.setSetting('civitai', null)).toEqual({ key: 'civitai', value: null })
  })

  it('turns a failure envelope into an ApiError with the server message and status', async () => {
    const f = fakeTransport({
      'POST /model-manager/download': () => [409, { success: false, error: 'target file exists' }]
    })
    const api = new ApiClient(f.transport)
    const err = await api
      .createDownload({ url: 'http://x/a', folder: 'loras', subfolder: '', filename: null, pathIndex: 0, sha256: null, size: null })
      .catch((e) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect(err.status).toBe(409)
    expect(err.message).toBe('target file exists')
  })

  it('reports a non-JSON error page by status', async () => {
    const transport = { ...fakeTransport().transport, fetch: async () => new Response('<html>', { status: 502, statusText: 'Bad Gateway' }) }
    const err = await new ApiClient(transport).listFolders().catch((e) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect(err.status).toBe(502)
    expect(err.message).toContain('502')
  })

  it('asks for one page of a listing with fields and returns its paging facts', async () => {
    const f = fakeTransport({
      'GET /model-manager/models/loras?fields=relativePath%2Cname&offset=200&limit=100': () => [
        200,
        { success: true, data: [{ relativePath: 'a.safetensors', name: 'a' }], total: 201, offset: 200, limit: 100, nextOffset: null }
      ]
    })
    const page = await new ApiClient(f.transport).listModelsPage('loras', {
      fields: ['relativePath', 'name'],
      offset: 200,
      limit: 100
    })
    expect(page).toEqual({ data: [{ relativePath: 'a.safetensors', name: 'a' }], total: 201, offset: 200, limit: 100, nextOffset: null })
  })

  it('reports a network failure as status 0', async () => {
    const transport = { ...fakeTransport().transport, fetch: async () => Promise.reject(new TypeError('Failed to fetch')) }
    const err = await new ApiClient(transport).listFolders().catch((e) => e)
    expect(err.status).toBe(0)
  })
})

describe('comfyTransport', () => {
  it('goes through api.fetchApi and unwraps CustomEvent.detail', async () => {
    const target = new EventTarget()
    const paths: string[] = []
    const api = {
      fetchApi: async (p: string) => {
        paths.push(p)
        return new Response(JSON.stringify({ success: true, data: [] }))
      },
      addEventListener: (t: string, cb: (e: CustomEvent) => void) => target.addEventListener(t, cb as EventListener),
      removeEventListener: (t: string, cb: (e: CustomEvent) => void) => target.removeEventListener(t, cb as EventListener)
    }
    const tr = comfyTransport(api)
    await new ApiClient(tr).listFolders()
    expect(paths).toEqual(['/model-manager/models'])
    const got: unknown[] = []
    const off = tr.on('update_download_task', (d) => got.push(d))
    target.dispatchEvent(new CustomEvent('update_download_task', { detail: { taskId: 'x' } }))
    off()
    target.dispatchEvent(new CustomEvent('update_download_task', { detail: { taskId: 'y' } }))
    expect(got).toEqual([{ taskId: 'x' }])
  })
})
