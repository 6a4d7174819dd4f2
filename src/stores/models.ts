import { computed, reactive, ref, shallowRef } from 'vue'

import { ApiError, type ApiClient } from '@/api/client'
import type { Model, ModelFolder, ModelRef } from '@/api/types'
import {
  distinctValues,
  emptyFilter,
  filterModels,
  modelKey,
  sortModels,
  type ModelFilter,
  type SortKey
} from '@/utils/modelFilter'

/** The folder-select value for "every folder". */
export const ALL_FOLDERS = '*'

const LIST_CONCURRENCY = 4

/**
 * The model browser's data: folders, the listed models (one folder or all),
 * search / filters / sort, and live updates from scans and edits.
 * The list is a shallowRef of plain objects: with 10,000 models, deep
 * reactivity would only cost time; every change replaces the array.
 */
export function createModelStore(api: ApiClient) {
  const folders = ref<ModelFolder[]>([])
  const foldersError = ref<string | null>(null)
  const models = shallowRef<Model[]>([])
  /** A folder name, ALL_FOLDERS, or null before the first load. */
  const modelsFolder = ref<string | null>(null)
  const modelsLoading = ref(false)
  const modelsError = ref<string | null>(null)
  /** The per-folder listing route is not there (older backend). */
  const modelsUnavailable = ref(false)

  const filter = reactive<ModelFilter>(emptyFilter())
  const sort = reactive<{ key: SortKey; desc: boolean }>({ key: 'name', desc: false })
  /** key → counter, appended to preview URLs after a preview changes. */
  const previewBust = reactive<Record<string, number>>({})

  const sorted = computed(() => sortModels(models.value, sort.key, sort.desc))
  const filtered = computed(() => filterModels(sorted.value, filter))
  const baseModels = computed(() => distinctValues(models.value, 'baseModel'))
  const architectures = computed(() => distinctValues(models.value, 'architecture'))

  async function loadFolders() {
    try {
      folders.value = await api.listFolders()
      foldersError.value = null
    } catch (e) {
      foldersError.value = e instanceof Error ? e.message : String(e)
    }
  }

  async function listAll(): Promise<Model[]> {
    if (!folders.value.length) await loadFolders()
    const names = folders.value.map((f) => f.folder)
    const out: Model[][] = new Array(names.length)
    let next = 0
    let unavailable = 0
    async function worker() {
      while (next < names.length) {
        const i = next++
        try {
          out[i] = await api.listModels(names[i])
        } catch (e) {
          if (e instanceof ApiError && e.status === 404) unavailable++
          else if (!(e instanceof ApiError && (e.status === 400 || e.status === 403))) throw e
          out[i] = []
        }
      }
    }
    await Promise.all(Array.from({ length: Math.min(LIST_CONCURRENCY, names.length) }, worker))
    if (names.length && unavailable === names.length) throw new ApiError('Not Found', 404)
    return out.flat()
  }

  let seq = 0
  async function loadModels(folder: string) {
    const mine = ++seq
    modelsFolder.value = folder
    modelsLoading.value = true
    modelsError.value = null
    try {
      const list = folder === ALL_FOLDERS ? await listAll() : await api.listModels(folder)
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

  /** Reload what is on screen (after a scan finished, say). */
  function reload() {
    if (modelsFolder.value) return loadModels(modelsFolder.value)
  }

  const inScope = (m: ModelRef) => modelsFolder.value === ALL_FOLDERS || modelsFolder.value === m.folder

  /** Insert or replace models (scan batches, edits); ones outside the listed folder are ignored. */
  function applyFiles(files: Model[]): number {
    const mine = files.filter((f) => f && typeof f.relativePath === 'string' && inScope(f))
    if (!mine.length) return 0
    const incoming = new Map(mine.map((f) => [modelKey(f), f]))
    const list = models.value.map((m) => {
      const k = modelKey(m)
      const f = incoming.get(k)
      if (!f) return m
      incoming.delete(k)
      return f
    })
    list.push(...incoming.values())
    models.value = list
    return mine.length
  }

  function remove(ref: ModelRef) {
    const k = modelKey(ref)
    const list = models.value.filter((m) => modelKey(m) !== k)
    if (list.length !== models.value.length) models.value = list
  }

  /** A model moved or was renamed: drop the old entry, add the new one (if listed here). */
  function replace(old: ModelRef, model: Model) {
    remove(old)
    applyFiles([model])
  }

  function bumpPreview(ref: ModelRef) {
    const k = modelKey(ref)
    previewBust[k] = (previewBust[k] ?? 0) + 1
  }

  function previewSrc(m: Model, size = 256) {
    return api.previewSrc(m, size, previewBust[modelKey(m)] ?? 0)
  }

  return {
    folders,
    foldersError,
    models,
    modelsFolder,
    modelsLoading,
    modelsError,
    modelsUnavailable,
    filter,
    sort,
    sorted,
    filtered,
    baseModels,
    architectures,
    previewBust,
    loadFolders,
    loadModels,
    reload,
    applyFiles,
    remove,
    replace,
    bumpPreview,
    previewSrc
  }
}

export type ModelStore = ReturnType<typeof createModelStore>
