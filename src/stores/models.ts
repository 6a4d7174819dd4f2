import { computed, markRaw, reactive, ref, shallowRef } from 'vue'

import { ApiError, type ApiClient } from '@/api/client'
import type { BulkAction, BulkMoveTarget, BulkResult, Model, ModelFolder, ModelRef } from '@/api/types'
import {
  buildFolderTree,
  distinctValues,
  emptyFilter,
  filterModels,
  modelKey,
  searchText,
  sortModels,
  type ModelFilter,
  type SortKey
} from '@/utils/modelFilter'

/**
 * Marks listed models as never-reactive. Besides saving proxies, this keeps deep
 * watchers cheap: PrimeVue's VirtualScroller watches its `items` deeply, and Vue's
 * traverse stops at a marked object — without the mark, every keystroke in the
 * search walked all 10,000 models and their nested fields (~100 ms in Chromium).
 */
function frozen<T extends object>(list: T[]): T[] {
  for (const m of list) markRaw(m)
  return list
}

/** The folder-select value for "every folder". */
export const ALL_FOLDERS = '*'

const LIST_CONCURRENCY = 4

/** Build the search text of every model while the page is idle, so the first keystroke is as fast as the rest. */
function warmSearch(list: readonly Model[]) {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback
  const later = idle ?? ((cb: () => void) => setTimeout(cb, 50))
  let i = 0
  const step = () => {
    const end = Math.min(list.length, i + 2000)
    for (; i < end; i++) searchText(list[i])
    if (i < list.length) later(step)
  }
  later(step)
}

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
  /** Folder navigation: the subfolder tree of every listed folder, with counts. */
  const tree = computed(() =>
    buildFolderTree(
      models.value,
      modelsFolder.value === ALL_FOLDERS ? folders.value.map((f) => f.folder) : modelsFolder.value ? [modelsFolder.value] : []
    )
  )
  /** The sidebar's view: the compact list (default) or the card grid; kept across tab switches. */
  const view = ref<'list' | 'grid'>('list')
  /** The wide browser (a large dialog over the host page) is open. */
  const wide = ref(false)
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
      models.value = frozen(list)
      modelsUnavailable.value = false
      warmSearch(list)
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
    list.push(...frozen([...incoming.values()]))
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

  /**
   * One action on many models. Delete and move update the list from the per-model
   * results (the ones that failed stay, and the result says why); rescan / identify
   * start a scan whose events update the list.
   */
  async function bulk(action: BulkAction, refs: ModelRef[], target?: BulkMoveTarget): Promise<BulkResult> {
    const res = await api.bulkModels(action, refs, target)
    if (action === 'delete' || action === 'move') {
      const gone = new Set(res.results.filter((r) => r.ok).map(modelKey))
      let list = gone.size ? models.value.filter((m) => !gone.has(modelKey(m))) : models.value
      const moved = res.results.flatMap((r) => (r.ok && r.model && inScope(r.model) ? [r.model] : []))
      if (moved.length) list = [...list, ...frozen(moved)]
      if (list !== models.value) models.value = list
    }
    return res
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
    tree,
    view,
    wide,
    baseModels,
    architectures,
    previewBust,
    loadFolders,
    loadModels,
    reload,
    applyFiles,
    remove,
    replace,
    bulk,
    bumpPreview,
    previewSrc
  }
}

export type ModelStore = ReturnType<typeof createModelStore>
