import { computed, reactive } from 'vue'

import type { ApiClient } from '@/api/client'
import type { ResolvedModel, WorkflowCandidate, WorkflowResolution } from '@/api/types'

/** Candidates at or above this confidence may be taken without the user picking them. */
export const HIGH_CONFIDENCE = 0.8

export type RowState = 'idle' | 'sending' | 'queued' | 'done' | 'error'

export interface ModelRow {
  state: RowState
  error?: string
  /** The download task created for this row. */
  taskId?: string
  /** 0..1 while downloading, when the size is known. */
  progress?: number | null
  /** Index of the chosen candidate. */
  choice: number
  /** What the row ended as: downloaded, or relinked to the copy on disk. */
  fixed?: 'downloaded' | 'relinked'
}

/** What the host can do to the open workflow (ComfyUI: the live graph). */
export interface WorkflowHost {
  /** Set every widget naming `name` to `value`; returns how many widgets changed. */
  relink?(name: string, value: string): number
}

export interface ResolveInput {
  workflow?: unknown
  image?: string
  nodeFolders?: Record<string, Record<string, string>>
}

type TaskEvent = { taskId?: unknown; data?: { progress?: number | null; error?: string | null } }

/** The `name` → public link of the models the last resolve knows a source for. */
export type KnownLinks = Map<string, { url: string; directory: string; sha256: string }>

/** The download request for a candidate: the workflow's own path (subfolder + name) in its folder. */
export function downloadRequest(m: ResolvedModel, c: WorkflowCandidate) {
  const cut = m.name.lastIndexOf('/')
  return {
    url: c.url,
    folder: m.directory ?? c.directory ?? 'auto',
    subfolder: cut >= 0 ? m.name.slice(0, cut) : '',
    filename: cut >= 0 ? m.name.slice(cut + 1) : m.name,
    pathIndex: 0,
    sha256: c.sha256 ?? null,
    size: c.source === 'huggingface' && c.sizeBytes ? c.sizeBytes : null
  }
}

/**
 * Every model a workflow names (POST /workflow/resolve): present, relink (use the copy
 * you have: the widget is rewritten in the open workflow), download (pick a candidate;
 * its SHA-256 is verified) or unresolved. Rows follow their download task from the
 * server's events; a completion re-resolves the same workflow offline.
 */
export function createWorkflowModelsStore(api: ApiClient, host: WorkflowHost = {}, opts: { recheckDelayMs?: number } = {}) {
  const state = reactive({
    items: [] as ResolvedModel[],
    rows: {} as Record<string, ModelRow>,
    loading: false,
    error: null as string | null,
    /** The workflow read from a dropped / picked file (standalone). */
    workflow: null as unknown
  })
  const recheckDelay = opts.recheckDelayMs ?? 400
  const byTask = new Map<string, string>()
  const early = new Map<string, { kind: 'done' | 'error'; error?: string }>()
  let last: ResolveInput | null = null
  let seq = 0
  let recheckTimer: ReturnType<typeof setTimeout> | null = null
  let offs: Array<() => void> = []

  const keyOf = (m: ResolvedModel) => `${m.directory ?? '?'}/${m.name}`
  const rowOf = (m: ResolvedModel): ModelRow => {
    const key = keyOf(m)
    if (!state.rows[key]) state.rows[key] = { state: 'idle', choice: 0 }
    return state.rows[key] // the reactive proxy, not the raw object
  }

  function apply(result: WorkflowResolution, keep: boolean) {
    const old = state.rows
    state.items = result.models
    const rows: Record<string, ModelRow> = {}
    for (const m of result.models) {
      const prev = keep ? old[keyOf(m)] : undefined
      if (prev && m.status === 'present') rows[keyOf(m)] = { ...prev, state: 'done', progress: 1, error: undefined }
      else if (prev && prev.state === 'done' && !prev.fixed) rows[keyOf(m)] = { ...prev, state: 'error' }
      else rows[keyOf(m)] = prev ?? { state: m.status === 'present' ? 'done' : 'idle', choice: 0 }
    }
    state.rows = rows
    if (result.workflow !== undefined) state.workflow = result.workflow
  }

  /** Resolve a workflow (or an image / file carrying one); false when it failed. */
  async function resolve(input: ResolveInput, online = true): Promise<boolean> {
    const mine = ++seq
    state.loading = true
    state.error = null
    try {
      const result = await api.resolveWorkflow({ ...input, online })
      if (mine !== seq) return false
      last = result.workflow !== undefined ? { workflow: result.workflow, nodeFolders: input.nodeFolders } : input
      byTask.clear()
      apply(result, false)
      return true
    } catch (e) {
      if (mine !== seq) return false
      state.error = e instanceof Error ? e.message : String(e)
      return false
    } finally {
      if (mine === seq) state.loading = false
    }
  }

  /** Resolve the same workflow again, offline, keeping the rows' progress. */
  async function recheck() {
    if (!last) return
    try {
      apply(await api.resolveWorkflow({ ...last, online: false }), true)
      // Rows that were relinked stay done: the widget now names the copy on disk.
    } catch (e) {
      console.warn('[ModelManager] workflow re-check failed', e)
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
      row.fixed = 'downloaded'
      scheduleRecheck()
    } else {
      row.state = 'error'
      row.error = error || undefined
    }
  }

  function onEvent(name: string, payload: unknown) {
    const p = payload as TaskEvent | null
    if (!p || typeof p.taskId !== 'string') return
    if (name === 'complete_download_task') settle(p.taskId, 'done')
    else if (name === 'error_download_task') settle(p.taskId, 'error', p.data?.error ?? undefined)
    else if (name === 'update_download_task') {
      const row = state.rows[byTask.get(p.taskId) ?? '']
      if (row && row.state === 'queued') row.progress = p.data?.progress ?? null
    } else if (name === 'delete_download_task') {
      const key = byTask.get(p.taskId)
      const row = key ? state.rows[key] : undefined
      byTask.delete(p.taskId)
      if (row && row.state === 'queued') Object.assign(row, { state: 'idle', taskId: undefined, progress: undefined })
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

  const chosen = (m: ResolvedModel): WorkflowCandidate | undefined => m.candidates[rowOf(m).choice] ?? m.candidates[0]

  /** Download the chosen (or given) candidate into the model's folder, SHA-256 verified when published. */
  async function download(m: ResolvedModel, choice?: number) {
    const row = rowOf(m)
    if (typeof choice === 'number') row.choice = choice
    const c = chosen(m)
    if (!c || row.state === 'sending' || row.state === 'queued' || row.state === 'done') return
    row.state = 'sending'
    row.error = undefined
    row.progress = undefined
    try {
      const t = await api.createDownload(downloadRequest(m, c))
      row.state = 'queued'
      row.taskId = t?.taskId
      if (t?.taskId) {
        byTask.set(t.taskId, keyOf(m))
        const seen = early.get(t.taskId)
        early.delete(t.taskId)
        if (seen) settle(t.taskId, seen.kind, seen.error)
        else if (t.status === 'completed') settle(t.taskId, 'done')
      }
    } catch (e) {
      row.state = 'error'
      row.error = e instanceof Error ? e.message : String(e)
    }
  }

  const canRelink = computed(() => typeof host.relink === 'function')

  /** "Use the copy you have": point every widget naming the model at the file on disk. */
  function relink(m: ResolvedModel): boolean {
    if (m.status !== 'relink' || !m.foundAt || !host.relink) return false
    const row = rowOf(m)
    const changed = host.relink(m.name, m.foundAt.relativePath)
    if (changed > 0) {
      row.state = 'done'
      row.fixed = 'relinked'
      row.error = undefined
      return true
    }
    row.state = 'error'
    return false
  }

  const open = (m: ResolvedModel) => ['idle', 'error'].includes(rowOf(m).state)
  /** Rows "Download all" takes: their best candidate is high-confidence. */
  const pending = computed(() =>
    state.items.filter((m) => m.status === 'download' && open(m) && (m.candidates[0]?.confidence ?? 0) >= HIGH_CONFIDENCE)
  )
  const relinkable = computed(() => state.items.filter((m) => m.status === 'relink' && open(m)))
  /** Every model that is not on disk under the name the workflow uses. */
  const needing = computed(() => state.items.filter((m) => m.status !== 'present'))
  const allDone = computed(() => needing.value.length > 0 && needing.value.every((m) => state.rows[keyOf(m)]?.state === 'done'))

  async function downloadAll() {
    await Promise.all(pending.value.map((m) => download(m)))
  }

  function relinkAll() {
    return relinkable.value.filter((m) => relink(m)).length
  }

  /** Public links the last resolve knows (present models): for properties.models on save. */
  function knownLinks(): KnownLinks {
    const out: KnownLinks = new Map()
    for (const m of state.items) {
      if (m.link?.url && m.link.sha256 && m.directory) out.set(m.name, { url: m.link.url, directory: m.directory, sha256: m.link.sha256 })
    }
    return out
  }

  return {
    state,
    keyOf,
    rowOf,
    chosen,
    resolve,
    recheck,
    download,
    downloadAll,
    relink,
    relinkAll,
    canRelink,
    attach,
    detach,
    onEvent,
    pending,
    relinkable,
    needing,
    allDone,
    knownLinks
  }
}

export type WorkflowModelsStore = ReturnType<typeof createWorkflowModelsStore>
