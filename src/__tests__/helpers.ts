import type { Transport } from '@/api/transport'
import type { Model, Task } from '@/api/types'

export function task(over: Partial<Task> = {}): Task {
  return {
    taskId: 't1',
    url: 'http://127.0.0.1:9/a.safetensors',
    folder: 'loras',
    pathIndex: 0,
    subfolder: '',
    filename: 'a.safetensors',
    status: 'running',
    downloadedBytes: 10,
    totalBytes: 100,
    progress: 0.1,
    bytesPerSecond: 5,
    etaSeconds: 18,
    error: null,
    sha256: null,
    expectedSha256: null,
    createdAt: 1000,
    updatedAt: 1000,
    ...over
  }
}

/** A transport whose responses and events the test controls. */
export function fakeTransport(routes: Record<string, (init?: RequestInit) => [number, unknown]> = {}) {
  const listeners = new Map<string, Set<(d: unknown) => void>>()
  const reconnect = new Set<() => void>()
  const calls: Array<{ path: string; init?: RequestInit }> = []
  const transport: Transport = {
    mode: 'standalone',
    async fetch(path, init) {
      calls.push({ path, init })
      const key = `${init?.method ?? 'GET'} ${path}`
      const handler = routes[key]
      const [status, body] = handler ? handler(init) : [404, { success: false, error: 'Not Found' }]
      return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
    },
    url: (path) => path,
    on(event, h) {
      if (!listeners.has(event)) listeners.set(event, new Set())
      listeners.get(event)!.add(h)
      return () => listeners.get(event)!.delete(h)
    },
    onReconnect(h) {
      reconnect.add(h)
      return () => reconnect.delete(h)
    }
  }
  return {
    transport,
    calls,
    emit: (event: string, data: unknown) => listeners.get(event)?.forEach((h) => h(data)),
    reconnect: () => reconnect.forEach((h) => h()),
    listenerCount: (event: string) => listeners.get(event)?.size ?? 0
  }
}

export const ok = (data: unknown): [number, unknown] => [200, { success: true, data }]

const BASES = ['SD 1.5', 'SDXL', 'Flux.1 D', 'Pony', null]
const ARCHS = ['checkpoint', 'lora', 'vae', 'text_encoder', null] as const

/** A listed model; i varies folder, base model, type, preview, size and date. */
export function model(i: number, over: Partial<Model> = {}): Model {
  const folder = ['checkpoints', 'loras', 'vae'][i % 3]
  return {
    folder,
    pathIndex: 0,
    relativePath: `sub${i % 10}/model-${String(i).padStart(5, '0')}.safetensors`,
    name: `model-${String(i).padStart(5, '0')}`,
    extension: '.safetensors',
    sizeBytes: ((i * 7919) % 10007) * 1024,
    createdAt: 1_700_000_000 + i,
    modifiedAt: 1_700_000_000 + ((i * 31) % 9973),
    sha256: null,
    architecture: ARCHS[i % ARCHS.length],
    baseModel: BASES[i % BASES.length],
    hasPreview: i % 4 === 0,
    previewUrl: i % 4 === 0 ? `/model-manager/preview/${folder}/0/model-${i}.safetensors` : null,
    description: null,
    triggerWords: i % 50 === 0 ? ['shiny', `word${i}`] : [],
    ...over
  }
}

export const manyModels = (n: number) => Array.from({ length: n }, (_, i) => model(i))
