import { ref, shallowRef } from 'vue'

import type { ApiClient } from '@/api/client'
import type { Model, ModelDetail, ModelRef } from '@/api/types'
import type { ModelStore } from '@/stores/models'

const refOf = (m: ModelRef): ModelRef => ({ folder: m.folder, pathIndex: m.pathIndex, relativePath: m.relativePath })

function isDetail(m: ModelDetail | Model): m is ModelDetail {
  return 'descriptionHtml' in m
}

export interface MoveTarget {
  filename: string
  folder: string
  pathIndex: number
  subfolder: string
}

/** Splits "a/b/c.safetensors" into subfolder "a/b" and file name "c.safetensors". */
export function splitPath(relativePath: string): { subfolder: string; filename: string } {
  const i = relativePath.lastIndexOf('/')
  return i === -1
    ? { subfolder: '', filename: relativePath }
    : { subfolder: relativePath.slice(0, i), filename: relativePath.slice(i + 1) }
}

/**
 * The model open in the detail dialog, and its edits. Each edit goes to the
 * server and the answer updates both the detail and the model list.
 */
export function createDetailStore(api: ApiClient, models: ModelStore, onFilesChanged: () => void = () => {}) {
  const current = shallowRef<ModelDetail | null>(null)
  const visible = ref(false)
  const loading = ref(false)
  const busy = ref(false)
  const error = ref<string | null>(null)

  async function fetchDetail(ref: ModelRef) {
    loading.value = true
    error.value = null
    try {
      current.value = await api.getModel(ref)
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
    } finally {
      loading.value = false
    }
  }

  async function open(m: ModelRef) {
    visible.value = true
    current.value = null
    await fetchDetail(refOf(m))
  }

  function close() {
    visible.value = false
  }

  /** Runs an edit; errors land in `error` and are rethrown for the caller's toast. */
  async function edit<T>(fn: (ref: ModelRef) => Promise<T>): Promise<T> {
    const cur = current.value
    if (!cur) throw new Error('no model open')
    busy.value = true
    error.value = null
    try {
      return await fn(refOf(cur))
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
      throw e
    } finally {
      busy.value = false
    }
  }

  function merge(m: ModelDetail | Model) {
    if (isDetail(m)) current.value = m
    else if (current.value) current.value = { ...current.value, ...m }
    models.applyFiles([m])
  }

  /** Markdown (null or '' removes the description). */
  function saveDescription(text: string | null) {
    return edit(async (ref) => merge(await api.updateModel(ref, { description: text || null })))
  }

  function setPreviewFile(image: Blob) {
    return edit(async (ref) => {
      const m = await api.setPreview(ref, image)
      models.bumpPreview(ref)
      merge(m)
    })
  }

  function setPreviewUrl(url: string) {
    return edit(async (ref) => {
      const m = await api.updateModel(ref, { previewUrl: url })
      models.bumpPreview(ref)
      merge(m)
    })
  }

  function removePreview() {
    return edit(async (ref) => {
      const m = await api.deletePreview(ref)
      models.bumpPreview(ref)
      merge(m)
    })
  }

  /** Rename and / or move; the detail then shows the model at its new place. */
  function move(target: MoveTarget) {
    return edit(async (ref) => {
      const moved = await api.updateModel(ref, {
        filename: target.filename,
        folder: target.folder,
        pathIndex: target.pathIndex,
        subfolder: target.subfolder
      })
      models.replace(ref, moved)
      onFilesChanged()
      current.value = isDetail(moved) ? moved : await api.getModel(refOf(moved))
      return current.value
    })
  }

  function remove() {
    return edit(async (ref) => {
      const res = await api.deleteModel(ref)
      models.remove(ref)
      onFilesChanged()
      current.value = null
      visible.value = false
      return res
    })
  }

  return {
    current,
    visible,
    loading,
    busy,
    error,
    open,
    close,
    reload: () => (current.value ? fetchDetail(refOf(current.value)) : Promise.resolve()),
    saveDescription,
    setPreviewFile,
    setPreviewUrl,
    removePreview,
    move,
    remove
  }
}

export type DetailStore = ReturnType<typeof createDetailStore>
