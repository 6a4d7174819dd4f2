import { computed, reactive } from 'vue'

import type { ApiClient } from '@/api/client'
import { ApiError } from '@/api/client'
import type { MissingModel, WorkflowModel } from '@/api/types'

type Dict = Record<string, unknown>

function asModels(value: unknown): WorkflowModel[] {
  if (!Array.isArray(value)) return []
  return value.filter(
    (m): m is WorkflowModel =>
      !!m &&
      typeof m === 'object' &&
      typeof (m as Dict).name === 'string' &&
      typeof (m as Dict).url === 'string' &&
      typeof (m as Dict).directory === 'string'
  )
}

function nodeModels(nodes: unknown): WorkflowModel[] {
  if (!Array.isArray(nodes)) return []
  return nodes.flatMap((n) => asModels((n as { properties?: Dict } | null)?.properties?.models))
}

/**
 * Models a workflow names: its top-level `models` list, each node's
 * `properties.models` (subgraphs included), and the live graph's nodes.
 * Deduplicated by (directory, name).
 */
export function collectWorkflowModels(graphData: unknown, liveNodes?: unknown): WorkflowModel[] {
  const g = (graphData ?? {}) as Dict
  const found: WorkflowModel[] = [...asModels(g.models), ...nodeModels(g.nodes)]
  const subgraphs = (g.definitions as Dict | undefined)?.subgraphs
  if (Array.isArray(subgraphs)) for (const sg of subgraphs) found.push(...nodeModels((sg as Dict)?.nodes))
  found.push(...nodeModels(liveNodes))
  const seen = new Set<string>()
  const out: WorkflowModel[] = []
  for (const m of found) {
    const key = `${m.directory}\u0000${m.name}`
    if (seen.has(key)) continue
    seen.add(key)
    const item: WorkflowModel = { name: m.name, url: m.url, directory: m.directory }
    if (m.hash) item.hash = m.hash
    if (m.hash_type) item.hash_type = m.hash_type
    out.push(item)
  }
  return out
}

export type RowState = 'idle' | 'sending' | 'queued' | 'done' | 'error'

export interface MissingRow {
  state: RowState
  error?: string
  /** The download task created for this row. */
  taskId?: string
  /** 0..1 while downloading, when the size is known. */
  progress?: number | null
}

type TaskEvent = { taskId?: unknown; data?: { progress?: number | null; error?: string | null; status?: string } }

/**
 * The Missing Models panel: which of a workflow's models are not on the server,
 * "Download to folder" per row and for all; rows follow their download task
 * (progress, done, failed) from the server's events, and a completion re-checks
 * the workflow's list (the server's answer is what marks a row done for good).
 */
export function createMissingStore(api: ApiClient, opts: { recheckDelayMs?: number; onAllDone?: () => void } = {}) {
  const state = reactive({
    visible: false,
    items: [] as MissingModel[],
    rows: {} as Record<string, MissingRow>,
    checking: false
  })
  const recheckDelay = opts.recheckDelayMs ?? 400
  /** taskId → row key, for the tasks this panel created. */
  const byTask = new Map<string, string>()
  /** Terminal events that arrived before the POST reply named their task. */
  const early = new Map<string, { kind: 'done' | 'error'; error?: string }>()
  let checked: WorkflowModel[] = []
  let recheckTimer: ReturnType<typeof setTimeout> | null = null
  let offs: Array<() => void> = []

  const keyOf = (m: WorkflowModel) => `${m.directory}/${m.name}`

  /** Ask the server which models are missing; false when the route is absent or nothing is. */
  async function check(models: WorkflowModel[]): Promise<boolean> {
    if (!models.length) return false
    let result: MissingModel[]
    try {
      result = await api.checkMissing(models)
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 404)) console.warn('[ModelManager] missing-model check failed', e)
      return false
    }
    const missing = result.filter((m) => m.missing)
    if (!missing.length) return false
    checked = models
    byTask.clear()
    state.items = missing
    state.rows = Object.fromEntries(missing.map((m) => [keyOf(m), { state: 'idle' as RowState }]))
    state.visible = true
    return true
  }

  /** Ask again for the listed models; rows the server no longer misses are done. */
  async function recheck() {
    if (!state.items.length) return
    state.checking = true
    try {
      const result = await api.checkMissing(checked.length ? checked : state.items)
      const still = new Set(result.filter((m) => m.missing).map(keyOf))
      for (const m of state.items) {
        if (!state.rows[keyOf(m)]) state.rows[keyOf(m)] = { state: 'idle' }
        const row = state.rows[keyOf(m)] // the reactive proxy, not the raw object
        if (!still.has(keyOf(m))) {
          row.state = 'done'
          row.error = undefined
          row.progress = 1
        } else if (row.state === 'done') {
          // The task finished, yet the file is not where the workflow wants it.
          row.state = 'error'
        }
      }
      if (allDone.value) opts.onAllDone?.()
    } catch (e) {
      console.warn('[ModelManager] missing-model re-check failed', e)
    } finally {
      state.checking = false
    }
  }

  function scheduleRecheck() {
    if (recheckTimer) clearTimeout(recheckTimer)
    recheckTimer = setTimeout(() => {
      recheckTimer = null
      void recheck()
    }, recheckDelay)
  }

  function settle(taskId: string, kind: 'done' | 'error', error?: string) {
    const key = byTask.get(taskId)
    if (!key) {
      early.set(taskId, { kind, error })
      if (early.size > 200) early.delete(early.keys().next().value as string)
      return
    }
    const row = state.rows[key]
    if (!row) return
    if (kind === 'done') {
      row.state = 'done'
      row.progress = 1
      scheduleRecheck()
    } else {
      row.state = 'error'
      row.error = error || undefined
    }
  }

  function onEvent(name: string, payload: unknown) {
    const p = payload as TaskEvent | null
    if (!p || typeof p.taskId !== 'string') return
    const taskId = p.taskId
    if (name === 'complete_download_task') settle(taskId, 'done')
    else if (name === 'error_download_task') settle(taskId, 'error', p.data?.error ?? undefined)
    else if (name === 'update_download_task') {
      const row = state.rows[byTask.get(taskId) ?? '']
      if (row && row.state === 'queued') row.progress = p.data?.progress ?? null
    } else if (name === 'delete_download_task') {
      const key = byTask.get(taskId)
      const row = key ? state.rows[key] : undefined
      byTask.delete(taskId)
      if (row && row.state === 'queued') {
        row.state = 'idle'
        row.taskId = undefined
        row.progress = undefined
      }
    }
  }

  /** Follow the download events (idempotent); returns the detach function. */
  function attach() {
    if (!offs.length) {
      for (const name of ['complete_download_task', 'error_download_task', 'update_download_task', 'delete_download_task']) {
        offs.push(api.transport.on(name, (d) => onEvent(name, d)))
      }
    }
    return detach
  }

  function detach() {
    offs.forEach((off) => off())
    offs = []
    if (recheckTimer) clearTimeout(recheckTimer)
    recheckTimer = null
  }

  async function download(m: MissingModel) {
    const key = keyOf(m)
    if (!state.rows[key]) state.rows[key] = { state: 'idle' }
    const row = state.rows[key] // the reactive proxy, not the raw object
    if (row.state === 'sending' || row.state === 'queued' || row.state === 'done') return
    row.state = 'sending'
    row.error = undefined
    row.progress = undefined
    try {
      const task = await api.createDownload({
        url: m.url,
        folder: m.directory,
        subfolder: '',
        filename: m.name,
        pathIndex: 0,
        sha256: m.hash && (m.hash_type ?? 'sha256').toLowerCase() === 'sha256' ? m.hash : null,
        size: null
      })
      row.state = 'queued'
      row.taskId = task?.taskId
      if (task?.taskId) {
        byTask.set(task.taskId, key)
        const seen = early.get(task.taskId)
        early.delete(task.taskId)
        if (seen) settle(task.taskId, seen.kind, seen.error)
        else if (task.status === 'completed') settle(task.taskId, 'done')
      }
    } catch (e) {
      row.state = 'error'
      row.error = e instanceof Error ? e.message : String(e)
    }
  }

  const downloadable = (m: MissingModel) => m.allowed !== false && ['idle', 'error'].includes(state.rows[keyOf(m)]?.state ?? 'idle')

  async function downloadAll() {
    await Promise.all(state.items.filter(downloadable).map((m) => download(m)))
  }

  const pending = computed(() => state.items.filter(downloadable))
  const allDone = computed(() => state.items.length > 0 && state.items.every((m) => state.rows[keyOf(m)]?.state === 'done'))

  return { state, keyOf, check, recheck, download, downloadAll, attach, detach, pending, allDone, onEvent }
}

export type MissingStore = ReturnType<typeof createMissingStore>
