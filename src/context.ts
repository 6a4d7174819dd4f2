import { inject, type InjectionKey } from 'vue'

import { TokenKeeper, tokenStorageKey } from '@/api/access'
import { ApiClient } from '@/api/client'
import type { Transport } from '@/api/transport'
import type { ModelRef } from '@/api/types'
import { createAccessStore } from '@/stores/access'
import { createDetailStore } from '@/stores/detail'
import { createHealthStore } from '@/stores/health'
import { createModelStore } from '@/stores/models'
import { createNotifier, type ToastSink } from '@/stores/notify'
import { createScanStore } from '@/stores/scan'
import { createSettingsStore } from '@/stores/settings'
import { createTaskStore } from '@/stores/tasks'
import { createUpdatesStore } from '@/stores/updates'
import { createWorkflowModelsStore } from '@/stores/workflowModels'

/** What the host page can do with a model (ComfyUI: loader nodes on the canvas). */
export interface HostActions {
  /** Whether a model of this folder can become a loader node. */
  canAddToWorkflow(folder: string): boolean
  /** Add the loader node with the file selected, at a client position or the canvas centre. */
  addToWorkflow(model: ModelRef, clientPos?: [number, number]): boolean
  /** The host's model lists changed (download finished, model renamed / moved / deleted). */
  refreshModels(): void
  /** The open workflow (UI format), for the "This workflow" view; absent outside a host. */
  currentWorkflow?(): unknown
  /** Point every widget of the open workflow that names `name` at `value`; returns how many changed. */
  relinkModel?(name: string, value: string): number
}

/** The drag data type of a model card (JSON of its ModelRef). */
export const MODEL_DRAG_TYPE = 'application/x-model-manager-model'

/** The server's identity for its kept token: the absolute URL of its API base. */
function serverUrl(transport: Transport): string {
  const base = transport.url('/model-manager/')
  try {
    return new URL(base, typeof location !== 'undefined' ? location.href : 'http://localhost/').href
  } catch {
    return base
  }
}

export function createContext(
  transport: Transport,
  hostToast: ToastSink | null = null,
  host: HostActions | null = null,
  tokens: TokenKeeper = new TokenKeeper(tokenStorageKey(serverUrl(transport)))
) {
  const api = new ApiClient(transport, tokens)
  const models = createModelStore(api)
  const tasks = createTaskStore(api)
  return {
    api,
    host,
    tasks,
    updates: createUpdatesStore(api, { createDownload: (req) => tasks.create(req) }),
    models,
    scan: createScanStore(api, models),
    detail: createDetailStore(api, models, () => host?.refreshModels()),
    settings: createSettingsStore(api),
    workflow: createWorkflowModelsStore(api, {
      relink: host?.relinkModel ? (name, value) => host.relinkModel!(name, value) : undefined
    }),
    health: createHealthStore(api),
    access: createAccessStore(api, tokens),
    notify: createNotifier(hostToast)
  }
}

export type MMContext = ReturnType<typeof createContext>

/**
 * A finished download is a new model: refresh the list on screen (debounced) and
 * the host's model lists (loader combos).
 */
export function watchLibrary(ctx: MMContext, delayMs = 800) {
  let timer: ReturnType<typeof setTimeout> | null = null
  const off = ctx.api.transport.on('complete_download_task', () => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = null
      if (ctx.models.modelsFolder.value) void ctx.models.reload()
      ctx.host?.refreshModels()
    }, delayMs)
  })
  return () => {
    off()
    if (timer) clearTimeout(timer)
  }
}

/** Toast when a download finishes or fails (the list itself may not be on screen). */
export function announceTaskEvents(ctx: MMContext, label: (key: 'finishedToast' | 'failedToast') => string) {
  const name = (d: unknown) => {
    const task = (d as { data?: { filename?: string | null; url?: string } } | null)?.data
    return task?.filename || task?.url || ''
  }
  const offs = [
    ctx.api.transport.on('complete_download_task', (d) =>
      ctx.notify.add({ severity: 'success', summary: label('finishedToast'), detail: name(d) })
    ),
    ctx.api.transport.on('error_download_task', (d) =>
      ctx.notify.add({
        severity: 'error',
        summary: label('failedToast'),
        detail: [name(d), (d as { data?: { error?: string | null } })?.data?.error].filter(Boolean).join(': ')
      })
    )
  ]
  return () => offs.forEach((off) => off())
}
/**
 * Toast when a check finds newer versions (the list itself may not be on screen).
 * `label(n, names)` gives the summary and detail in the UI language.
 */
export function announceUpdates(ctx: MMContext, label: (n: number, names: string) => { summary: string; detail: string }) {
  ctx.updates.attach()
  return ctx.updates.onAvailable((fresh) => {
    const names = [...new Set(fresh.map((u) => u.modelName))]
    const shown = names.slice(0, 3).join(', ') + (names.length > 3 ? ', …' : '')
    ctx.notify.add({ severity: 'info', ...label(fresh.length, shown), life: 8000 })
  })
}

export const MM_CONTEXT: InjectionKey<MMContext> = Symbol('model-manager')

export function useMM(): MMContext {
  const ctx = inject(MM_CONTEXT)
  if (!ctx) throw new Error('Model Manager context missing')
  return ctx
}
