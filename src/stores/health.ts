import { computed, reactive, ref } from 'vue'

import type { ApiClient } from '@/api/client'
import type { BrokenItem, DuplicateCopy, DuplicateGroup, IdentifyResult, LibraryHealth, ModelRef } from '@/api/types'

/** One file: folder / root / path. */
export const healthKey = (r: ModelRef) => `${r.folder}/${r.pathIndex}/${r.relativePath}`

/**
 * Library health: the report from REST (built on the server, off its event loop)
 * and its actions — delete chosen duplicate copies (one always stays), re-download a
 * broken model from its known source, identify the unidentified on Civitai. Every
 * action reloads the report.
 */
export function createHealthStore(api: ApiClient) {
  const report = ref<LibraryHealth | null>(null)
  const loading = ref(false)
  const error = ref<string | null>(null)
  /** What is being done: 'identify', or the key of a duplicate group / broken file. */
  const busy = reactive<Record<string, boolean>>({})
  /** Chosen copies to delete, per duplicate group (sha256 → keys). */
  const chosen = reactive<Record<string, string[]>>({})
  const lastIdentify = ref<IdentifyResult | null>(null)

  const counts = computed(() => {
    const r = report.value
    return {
      duplicates: r?.duplicates.length ?? 0,
      broken: r?.broken.length ?? 0,
      unidentified: r?.unidentified.length ?? 0,
      unused: r?.unused.length ?? 0
    }
  })

  async function load() {
    loading.value = true
    try {
      report.value = await api.libraryHealth()
      error.value = null
      const groups = new Set(report.value.duplicates.map((d) => d.sha256))
      for (const sha of Object.keys(chosen)) if (!groups.has(sha)) delete chosen[sha]
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
    } finally {
      loading.value = false
    }
  }

  function isChosen(group: DuplicateGroup, copy: DuplicateCopy) {
    return (chosen[group.sha256] ?? []).includes(healthKey(copy))
  }

  function toggle(group: DuplicateGroup, copy: DuplicateCopy) {
    const list = chosen[group.sha256] ?? []
    const key = healthKey(copy)
    chosen[group.sha256] = list.includes(key) ? list.filter((k) => k !== key) : [...list, key]
  }

  /** The chosen copies of a group, and whether deleting them keeps a real copy. */
  function selection(group: DuplicateGroup) {
    const keys = chosen[group.sha256] ?? []
    const copies = group.copies.filter((c) => keys.includes(healthKey(c)))
    const kept = group.copies.filter((c) => !keys.includes(healthKey(c)))
    // A deleted real file takes its copy number with it; a deleted link does not.
    const gone = new Set(copies.filter((c) => !c.isLink).map((c) => c.copy))
    const keepsOne = kept.some((c) => !gone.has(c.copy))
    const freed = gone.size * group.sizeBytes
    return { copies, keepsOne, freed }
  }

  async function deleteChosen(group: DuplicateGroup) {
    const { copies } = selection(group)
    if (!copies.length) return null
    busy[group.sha256] = true
    try {
      const result = await api.deleteDuplicates(group.sha256, copies)
      delete chosen[group.sha256]
      await load()
      return result
    } finally {
      busy[group.sha256] = false
    }
  }

  async function redownload(item: BrokenItem) {
    const key = healthKey(item)
    busy[key] = true
    try {
      const task = await api.redownloadBroken(item)
      await load()
      return task
    } finally {
      busy[key] = false
    }
  }

  async function identify(refs: ModelRef[] = []) {
    busy.identify = true
    try {
      lastIdentify.value = await api.identifyModels(refs)
      await load()
      return lastIdentify.value
    } finally {
      busy.identify = false
    }
  }

  return { report, loading, error, busy, chosen, counts, lastIdentify, load, isChosen, toggle, selection, deleteChosen, redownload, identify }
}

export type HealthStore = ReturnType<typeof createHealthStore>
