import { ref } from 'vue'

import { ApiError, type ApiClient } from '@/api/client'
import type { Model, ModelFolder } from '@/api/types'

export function createModelStore(api: ApiClient) {
  const folders = ref<ModelFolder[]>([])
  const foldersError = ref<string | null>(null)
  const models = ref<Model[]>([])
  const modelsFolder = ref<string | null>(null)
  const modelsLoading = ref(false)
  const modelsError = ref<string | null>(null)
  /** The per-folder listing route is not there (older backend). */
  const modelsUnavailable = ref(false)

  async function loadFolders() {
    try {
      folders.value = await api.listFolders()
      foldersError.value = null
    } catch (e) {
      foldersError.value = e instanceof Error ? e.message : String(e)
    }
  }

  let seq = 0
  async function loadModels(folder: string) {
    const mine = ++seq
    modelsFolder.value = folder
    modelsLoading.value = true
    modelsError.value = null
    try {
      const list = await api.listModels(folder)
      if (mine !== seq) return
      models.value = list
      modelsUnavailable.value = false
    } catch (e) {
      if (mine !== seq) return
      models.value = []
      if (e instanceof ApiError && e.status === 404) modelsUnavailable.value = true
      else modelsError.value = e instanceof Error ? e.message : String(e)
    } finally {
      if (mine === seq) modelsLoading.value = false
    }
  }

  return {
    folders,
    foldersError,
    models,
    modelsFolder,
    modelsLoading,
    modelsError,
    modelsUnavailable,
    loadFolders,
    loadModels
  }
}

export type ModelStore = ReturnType<typeof createModelStore>
