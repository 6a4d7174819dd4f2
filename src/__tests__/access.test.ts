import { describe, expect, it } from 'vitest'

import { TokenKeeper, tokenStorageKey } from '@/api/access'
import { ApiClient, ApiError } from '@/api/client'

import { fakeTransport, ok } from './helpers'

function memoryStorage() {
  const m = new Map<string, string>()
  return {
    map: m,
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k)
  }
}

const TOKEN = 't'.repeat(43)
const auth = (init?: RequestInit) => (init?.headers as Record<string, string> | undefined)?.Authorization

/** A scan route that wants the token: 401 without it, the scan with it. */
function guarded() {
  return fakeTransport({
    'POST /model-manager/scan': (init) =>
      auth(init) === `Bearer ${TOKEN}` ? ok({ taskId: 's1' }) : [401, { success: false, error: 'changes from another machine need the access token' }]
  })
}

describe('access token', () => {
  it('a 401 asks once, keeps the token per server and retries with it', async () => {
    const f = guarded()
    const storage = memoryStorage()
    const keeper = new TokenKeeper(tokenStorageKey('http://box:8188/api/model-manager/'), storage)
    const reasons: string[] = []
    keeper.useAsker(async (r) => (reasons.push(r), ` ${TOKEN} `))
    const api = new ApiClient(f.transport, keeper)
    const [a, b] = await Promise.all([api.startScan(null, 'diff'), api.startScan('loras', 'diff')])
    expect([a, b]).toEqual([{ taskId: 's1' }, { taskId: 's1' }])
    expect(reasons).toEqual(['changes from another machine need the access token']) // one question for both
    expect(storage.map.get('model-manager.token:http://box:8188/api/model-manager/')).toBe(TOKEN)
    expect(f.calls.map((c) => auth(c.init) ?? null)).toEqual([null, null, `Bearer ${TOKEN}`, `Bearer ${TOKEN}`])
    // a new client on the same server starts with the kept token
    const again = new ApiClient(f.transport, new TokenKeeper(keeper.key, storage))
    await again.startScan(null, 'diff')
    expect(auth(f.calls[f.calls.length - 1].init)).toBe(`Bearer ${TOKEN}`)
  })

  it('declining fails with the 401; a wrong token asks again; forget drops it', async () => {
    const f = guarded()
    const storage = memoryStorage()
    const keeper = new TokenKeeper('k', storage)
    const answers: Array<string | null> = [null, 'wrong', TOKEN]
    keeper.useAsker(async () => answers.shift() ?? null)
    const api = new ApiClient(f.transport, keeper)
    const err = await api.startScan(null, 'diff').catch((e) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect(err.status).toBe(401)
    expect(storage.map.size).toBe(0)
    expect(await api.startScan(null, 'diff')).toEqual({ taskId: 's1' })
    expect(keeper.token.value).toBe(TOKEN)
    keeper.forget()
    expect(storage.map.size).toBe(0)
    expect(keeper.get()).toBeNull()
  })

  it('reading the settings does not ask unless told to', async () => {
    const f = fakeTransport({ 'POST /model-manager/download/init': () => [401, { success: false, error: 'needs the token' }] })
    let asked = 0
    const keeper = new TokenKeeper('k', memoryStorage())
    keeper.useAsker(async () => (asked++, null))
    const api = new ApiClient(f.transport, keeper)
    expect((await api.initDownloads().catch((e) => e)).status).toBe(401)
    expect(asked).toBe(1)
    expect((await api.initDownloads({ ask: false }).catch((e) => e)).status).toBe(401)
    expect(asked).toBe(1)
  })
})
