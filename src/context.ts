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
export const MM_CONTEXT: InjectionKey<MMContext> = Symbol('model-manager')

export function useMM(): MMContext {
  const ctx = inject(MM_CONTEXT)
  if (!ctx) throw new Error('Model Manager context missing')
  return ctx
}
