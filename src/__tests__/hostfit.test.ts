import { describe, expect, it, vi } from 'vitest'

import { ApiClient } from '@/api/client'
import type { ResolvedModel } from '@/api/types'
import { HOST_DOWNLOAD_BUTTONS, hostOffersDownload, installDownloadBridge } from '@/host/bridge'
import { freeCombo } from '@/host/comfy'
import { createMissingStore } from '@/stores/missing'
import { hostIsDark, scopeSelector, splitSelectors } from '@/styles/scope'

import { fakeTransport, ok, task } from './helpers'

describe('scoping our PrimeVue selectors', () => {
  it('splits a selector list only at its top-level commas', () => {
    expect(splitSelectors('.a, .b:not(.c, .d), [x="1,2"] .e')).toEqual(['.a', '.b:not(.c, .d)', '[x="1,2"] .e'])
  })

  it('fences selectors into .mm-scope; the page root becomes the scope; ours stay', () => {
    expect(scopeSelector('.p-button')).toBe(':where(.mm-scope) .p-button')
    expect(scopeSelector('*')).toBe(':where(.mm-scope) *')
    expect(scopeSelector(':root')).toBe(':where(.mm-scope)')
    expect(scopeSelector(':host')).toBe(':where(.mm-scope)')
    expect(scopeSelector('body .p-x')).toBe(':where(.mm-scope) .p-x')
    expect(scopeSelector(':root.p-x')).toBe(':where(.mm-scope).p-x')
    expect(scopeSelector('.mm-dark')).toBe('.mm-dark')
  })
})

describe('the host palette', () => {
  it('is dark under 1.32 (.dark-theme on body) and 1.58 (color-scheme on html)', () => {
    document.body.className = 'dark-theme'
    expect(hostIsDark()).toBe(true)
    document.body.className = ''
    document.documentElement.style.colorScheme = 'dark'
    expect(hostIsDark()).toBe(true)
    document.documentElement.style.colorScheme = 'light'
    expect(hostIsDark()).toBe(false)
    document.documentElement.style.colorScheme = ''
  })
})

describe('our default combo', () => {
  const store = (combos: Array<Record<string, unknown>>) => ({ keybindings: combos.map((combo) => ({ combo, commandId: 'x' })) })

  it('is free only when no binding in the host store has it', () => {
    const ours = { key: 'm', alt: true, shift: true }
    expect(freeCombo(ours, store([{ key: 'k', ctrl: true }]))).toBe(true)
    // frontend 1.58: Comfy.Canvas.ToggleMinimap
    expect(freeCombo(ours, store([{ key: 'M', alt: true, shift: true, ctrl: false }]))).toBe(false)
  })

  it('is not taken when the store cannot be read (no error toast, ever)', () => {
    expect(freeCombo({ key: 'm', alt: true, shift: true }, null)).toBe(false)
    expect(freeCombo({ key: 'm', alt: true, shift: true }, {})).toBe(false)
  })
})

describe("the host's missing-model Download buttons", () => {
  it('mirror the host allow-list', () => {
    expect(hostOffersDownload({ name: 'a.safetensors', url: 'https://huggingface.co/o/r/resolve/main/a.safetensors' })).toBe(true)
    expect(hostOffersDownload({ name: 'a.gguf', url: 'https://huggingface.co/o/r/resolve/main/a.gguf' })).toBe(false)
    expect(hostOffersDownload({ name: 'a.safetensors', url: 'https://example.com/a.safetensors' })).toBe(false)
    expect(hostOffersDownload({ name: 'x.safetensors', url: 'http://localhost:8188/api/devtools/fake_model.safetensors' })).toBe(true)
  })

  it('see the bridge only while their own click is handled; a real desktop bridge wins', async () => {
    const download = vi.fn(async () => true)
    expect(installDownloadBridge(download)).toBe(true)
    const w = window as unknown as { __comfyDesktop2?: { isRemote(): boolean; downloadModel(u: string, n: string, d: string): Promise<boolean> } }
    expect(w.__comfyDesktop2).toBeUndefined()

    const other = document.createElement('button')
    document.body.appendChild(other)
    let seen: unknown = 'not clicked'
    other.addEventListener('click', () => (seen = w.__comfyDesktop2))
    other.click()
    expect(seen).toBeUndefined()

    const host = document.createElement('button')
    host.setAttribute('data-testid', 'missing-model-download')
    expect(host.matches(HOST_DOWNLOAD_BUTTONS)).toBe(true)
    document.body.appendChild(host)
    host.addEventListener('click', () => {
      const bridge = w.__comfyDesktop2
      expect(bridge?.isRemote()).toBe(false)
      void bridge?.downloadModel('https://huggingface.co/o/r/resolve/main/a.safetensors', 'a.safetensors', 'loras')
    })
    host.click()
    expect(download).toHaveBeenCalledWith({ url: 'https://huggingface.co/o/r/resolve/main/a.safetensors', name: 'a.safetensors', directory: 'loras' })
    await new Promise((r) => setTimeout(r, 5))
    expect(w.__comfyDesktop2).toBeUndefined()

    const real = { isRemote: () => true, downloadModel: async () => false }
    w.__comfyDesktop2 = real
    expect(w.__comfyDesktop2).toBe(real)
    expect(installDownloadBridge(download)).toBe(false)
  })
})

describe('the missing-models panel beside a host panel (frontend 1.58)', () => {
  const model = (name: string, url: string): ResolvedModel => ({
    name,
    directory: 'loras',
    nodes: ['1'],
    status: 'download',
    declared: true,
    link: { url },
    candidates: [{ url, source: 'workflow', confidence: 1, match: 'name' }]
  })
  const hf = 'https://huggingface.co/o/r/resolve/main/hf.safetensors'
  const lan = 'http://10.0.0.5/lan.safetensors'

  it('lists only what the host cannot offer; a model the host hands over is listed and downloaded to its link', async () => {
    const f = fakeTransport({
      'POST /model-manager/workflow/resolve': () =>
        ok({ models: [model('hf.safetensors', hf), model('lan.safetensors', lan)], summary: { present: 0, relink: 0, download: 2, unresolved: 0 } }),
      'POST /model-manager/download': () => ok(task({ taskId: 'h1', status: 'queued' }))
    })
    const store = createMissingStore(new ApiClient(f.transport), {
      only: (m) => !(m.link && hostOffersDownload({ name: m.name, url: m.link.url }))
    })
    expect(await store.check({ nodes: [] })).toBe(true)
    expect(store.listed.value.map((m) => m.name)).toEqual(['lan.safetensors'])
    expect(store.pending.value.map((m) => m.name)).toEqual(['lan.safetensors'])

    expect(await store.take({ name: 'hf.safetensors', url: hf, directory: 'loras' })).toBe(true)
    expect(store.listed.value.map((m) => m.name)).toEqual(['hf.safetensors', 'lan.safetensors'])
    const sent = f.calls.filter((c) => c.path === '/model-manager/download').map((c) => JSON.parse(String(c.init!.body)))
    expect(sent).toEqual([expect.objectContaining({ url: hf, folder: 'loras', filename: 'hf.safetensors' })])
    expect(store.rowOf(store.listed.value[0]).state).toBe('queued')
  })
})
