import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'

import ModelsTab from '@/components/ModelsTab.vue'
import { createContext, MM_CONTEXT } from '@/context'
import { comboValue, createWorkflowActions, type NodeLike } from '@/host/workflow'
import { makeI18n } from '@/i18n'
import { installPrimeVue } from '@/theme'

import { fakeTransport, manyModels, ok } from './helpers'

// jsdom has neither matchMedia (PrimeVue Select) nor ResizeObserver.
window.matchMedia ??= ((q: string) =>
  ({ matches: false, media: q, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {} }) as unknown as MediaQueryList)

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver

// jsdom does no layout: give every element a viewport-like size so the scroller fills one screen.
for (const [prop, v] of [['offsetHeight', 600], ['offsetWidth', 800], ['clientHeight', 600], ['clientWidth', 800]] as const) {
  Object.defineProperty(HTMLElement.prototype, prop, { configurable: true, get: () => v })
}
Object.defineProperty(HTMLElement.prototype, 'offsetParent', { configurable: true, get: () => document.body })

describe('model browser with 10,000 models (jsdom)', () => {
  it('renders the compact list, searches and filters without rendering every row', { timeout: 30000 }, async () => {
    const all = manyModels(10_000)
    const f = fakeTransport({
      'GET /model-manager/models': () => ok([{ folder: 'checkpoints', roots: ['/m'], extensions: ['.safetensors'] }]),
      'GET /model-manager/models/checkpoints': () => ok(all)
    })
    const ctx = createContext(f.transport)
    await ctx.models.loadFolders()
    await ctx.models.loadModels('checkpoints')
    const t0 = performance.now()
    const wrapper = mount(ModelsTab, {
      attachTo: document.body,
      global: {
        plugins: [{ install: (app) => installPrimeVue(app) }, makeI18n('en')],
        provide: { [MM_CONTEXT as symbol]: ctx }
      }
    })
    await flushPromises()
    const t1 = performance.now()
    const cards = wrapper.findAll('[data-testid="model-row"]').length
    expect(wrapper.get('[data-testid="models-count"]').text()).toContain('10000 models')
    expect(cards).toBeGreaterThan(0)
    expect(cards).toBeLessThan(500) // virtualised

    const t2 = performance.now()
    await wrapper.get('[data-testid="models-search"]').setValue('model-0999')
    await nextTick()
    const t3 = performance.now()
    expect(wrapper.get('[data-testid="models-count"]').text()).toContain('10 models')
    ctx.models.filter.query = ''
    ctx.models.filter.baseModel = 'SDXL'
    ctx.models.filter.hasPreview = 'no'
    await nextTick()
    const t4 = performance.now()
    expect(ctx.models.filtered.value.every((m) => m.baseModel === 'SDXL' && !m.hasPreview)).toBe(true)
    console.log(
      `ModelsTab, 10,000 models: first render ${(t1 - t0).toFixed(0)} ms (${cards} rows in the DOM), ` +
        `search ${(t3 - t2).toFixed(0)} ms, filters ${(t4 - t3).toFixed(0)} ms`
    )
    // Timings are printed, not asserted: speed goals live in bench/browser.mjs (BENCHMARKS.md).
    wrapper.unmount()
  })
})

describe('add to workflow (host API of ComfyUI frontend 1.32.9)', () => {
  function host() {
    const added: NodeLike[] = []
    const created: string[] = []
    const liteGraph = {
      NODE_TITLE_HEIGHT: 30,
      createNode(type: string) {
        created.push(type)
        return { pos: [0, 0], widgets: [{ name: type === 'LoraLoader' ? 'lora_name' : 'ckpt_name', value: 'old', options: { values: ['styles\\a.safetensors'] } }] }
      }
    }
    const app = {
      graph: { add: (n: NodeLike) => added.push(n), setDirtyCanvas: () => {} },
      canvas: { ds: { visible_area: [0, 0, 800, 600] } },
      clientPosToCanvasPos: ([x, y]: [number, number]) => [x * 2, y * 2]
    }
    return { added, created, actions: createWorkflowActions(app, () => liteGraph) }
  }

  it('creates the loader node of the folder with the file selected', () => {
    const { added, created, actions } = host()
    expect(actions.canAddToWorkflow('loras')).toBe(true)
    expect(actions.canAddToWorkflow('embeddings')).toBe(false)
    expect(actions.addToWorkflow({ folder: 'loras', pathIndex: 0, relativePath: 'styles/a.safetensors' })).toBe(true)
    expect(created).toEqual(['LoraLoader'])
    expect(added[0].widgets![0].value).toBe('styles\\a.safetensors') // the host's own spelling
    expect(added[0].pos).toEqual([400, 300])
    actions.addToWorkflow({ folder: 'checkpoints', pathIndex: 0, relativePath: 'x.safetensors' }, [10, 20])
    expect(created).toEqual(['LoraLoader', 'CheckpointLoaderSimple'])
    expect(added[1].widgets![0].value).toBe('x.safetensors')
    expect(added[1].pos).toEqual([20, 70])
  })

  it('maps the combo value to the host list entry', () => {
    expect(comboValue({ name: 'x', value: null, options: { values: ['a/b.safetensors'] } }, 'a/b.safetensors')).toBe('a/b.safetensors')
    expect(comboValue(undefined, 'a/b.safetensors')).toBe('a/b.safetensors')
  })
})
