import { computed, reactive, ref } from 'vue'

import type { ApiClient } from '@/api/client'
import type { DownloadRequest, ModelUpdate, Task, UpdateCheck } from '@/api/types'

export type UpdateRowState = 'idle' | 'sending' | 'queued' | 'error'

/** One entry per library file: folder / root / path. */
export const updateKey = (u: Pick<ModelUpdate, 'folder' | 'pathIndex' | 'relativePath'>) =>
  `${u.folder}/${u.pathIndex}/${u.relativePath}`

/**
 * Newer Civitai versions of library models: the list from REST, kept live by the
 * `update_available` event; "Check now" starts a check and polls it until it
 * ends (then reloads the list); "Download" posts the entry's ready body.
 */
export function createUpdatesStore(
  api: ApiClient,
  opts: { pollMs?: number; createDownload?: (req: DownloadRequest) => Promise<Task> } = {}
) {
  const updates = ref<ModelUpdate[]>([])
  const check = ref<UpdateCheck | null>(null)
  const loaded = ref(false)
  const error = ref<string | null>(null)
  const rows = reactive<Record<string, { state: UpdateRowState; error?: string; taskId?: string }>>({})
  const pollMs = opts.pollMs ?? 1500
  const createDownload = opts.createDownload ?? ((req: DownloadRequest) => api.createDownload(req))
  const listeners = new Set<(fresh: ModelUpdate[]) => void>()
  let offs: Array<() => void> = []
  let pollTimer: ReturnType<typeof setTimeout> | null = null

  const running = computed(() => check.value?.status === 'running')
  const count = computed(() => updates.value.length)

  function sortNewestFirst(list: ModelUpdate[]) {
    return list.sort((a, b) => (b.foundAt ?? 0) - (a.foundAt ?? 0))
  }

  /** Entries replace those of the same file; newest finds first. */
  function merge(fresh: ModelUpdate[]) {
    const byKey = new Map(updates.value.map((u) => [updateKey(u), u]))
    for (const u of fresh) {
      const old = byKey.get(updateKey(u))
      // A newer version than the one a row was fetching: the row starts over.
      if (old && old.newestVersionId !== u.newestVersionId) delete rows[updateKey(u)]
      byKey.set(updateKey(u), u)
    }
    updates.value = sortNewestFirst([...byKey.values()])
  }

  async function loadList() {
    try {
      updates.value = sortNewestFirst(await api.listUpdates())
      error.value = null
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
    } finally {
      loaded.value = true
    }
  }

  function stopPolling() {
    if (pollTimer) clearTimeout(pollTimer)
    pollTimer = null
  }

  function schedulePoll() {
    stopPolling()
    pollTimer = setTimeout(() => {
      pollTimer = null
      void poll()
    }, pollMs)
  }

  async function poll() {
    try {
      const c = await api.lastUpdateCheck()
      const wasRunning = running.value
      check.value = c
      if (c?.status === 'running') schedulePoll()
      else if (wasRunning) await loadList()
    } catch {
      // A blip: try again while the check is thought to run.
      if (running.value) schedulePoll()
    }
  }

  async function load() {
    await Promise.all([
      loadList(),
      api
        .lastUpdateCheck()
        .then((c) => {
          check.value = c
          if (c?.status === 'running') schedulePoll()
        })
        .catch(() => undefined)
    ])
  }

  /** Start a check now (or follow the one already running). */
  async function checkNow(refresh = false) {
    try {
      check.value = await api.checkUpdates(refresh)
      error.value = null
      if (check.value?.status === 'running') schedulePoll()
      else await loadList()
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
      throw e
    }
  }

  async function download(u: ModelUpdate) {
    const key = updateKey(u)
    if (!rows[key]) rows[key] = { state: 'idle' }
    const row = rows[key] // the reactive proxy (`??=` would hand back the raw object)
    if (row.state === 'sending' || row.state === 'queued') return
    row.state = 'sending'
    row.error = undefined
    try {
      const task = await createDownload({ ...u.download })
      row.state = 'queued'
      row.taskId = task?.taskId
    } catch (e) {
      row.state = 'error'
      row.error = e instanceof Error ? e.message : String(e)
    }
  }

  /** Apply one `update_available` payload; returns the entries it named. */
  function applyEvent(payload: unknown): ModelUpdate[] {
    const list = (payload as { updates?: unknown } | null)?.updates
    if (!Array.isArray(list)) return []
    const fresh = list.filter(
      (u): u is ModelUpdate =>
        !!u && typeof u === 'object' && typeof (u as ModelUpdate).relativePath === 'string' && typeof (u as ModelUpdate).folder === 'string'
    )
    if (fresh.length) {
      merge(fresh)
      listeners.forEach((l) => l(fresh))
    }
    return fresh
  }

  /** Called with the new entries of each `update_available` event (toasts). */
  function onAvailable(listener: (fresh: ModelUpdate[]) => void) {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }

  /** Subscribe to the event (idempotent); reload after a reconnect. */
  function attach() {
    if (offs.length) return
    offs.push(api.transport.on('update_available', (d) => applyEvent(d)))
    offs.push(api.transport.onReconnect(() => void load()))
  }

  function detach() {
    offs.forEach((off) => off())
    offs = []
    stopPolling()
  }

  return { updates, check, loaded, error, rows, running, count, load, checkNow, download, applyEvent, onAvailable, attach, detach }
}

export type UpdatesStore = ReturnType<typeof createUpdatesStore>
