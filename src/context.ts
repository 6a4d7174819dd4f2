import { inject, type InjectionKey } from 'vue'

import { ApiClient } from '@/api/client'
import type { Transport } from '@/api/transport'
import { createModelStore } from '@/stores/models'
import { createNotifier, type ToastSink } from '@/stores/notify'
import { createSettingsStore } from '@/stores/settings'
import { createTaskStore } from '@/stores/tasks'

export function createContext(transport: Transport, hostToast: ToastSink | null = null) {
  const api = new ApiClient(transport)
  return {
    api,
    tasks: createTaskStore(api),
    models: createModelStore(api),
    settings: createSettingsStore(api),
    notify: createNotifier(hostToast)
  }
}

export type MMContext = ReturnType<typeof createContext>

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
export const MM_CONTEXT: InjectionKey<MMContext> = Symbol('model-manager')

export function useMM(): MMContext {
  const ctx = inject(MM_CONTEXT)
  if (!ctx) throw new Error('Model Manager context missing')
  return ctx
}
