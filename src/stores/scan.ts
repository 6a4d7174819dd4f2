import { computed, ref } from 'vue'

import type { ApiClient } from '@/api/client'
import type { Model, ScanProgress, ScanTask } from '@/api/types'

export const SCAN_EVENTS = ['update_scan_task', 'complete_scan_task'] as const

interface ScanUpdate {
  task_id?: string
  taskId?: string
  files?: Model[]
  progress?: ScanProgress
}

interface ScanComplete {
  task_id?: string
  taskId?: string
  results?: Record<string, number | string>
  data?: ScanTask
}

/** What the scan store tells the model list. */
export interface ScanSink {
  applyFiles(files: Model[]): unknown
  reload(): unknown
}

/**
 * The running / last scan: started and cancelled over REST, kept live by events.
 * A scan asked for while another runs is queued by the server (never dropped):
 * it waits in `queued` and becomes `task` when its first event arrives.
 */
export function createScanStore(api: ApiClient, sink: ScanSink | null = null) {
  const task = ref<ScanTask | null>(null)
  const queued = ref<ScanTask | null>(null)
  const error = ref<string | null>(null)
  const starting = ref(false)
  let unsubscribe: Array<() => void> = []

  const running = computed(() => task.value?.status === 'running')

  function stub(id: string): ScanTask {
    return {
      taskId: id,
      folder: null,
      mode: 'diff',
      status: 'running',
      progress: { done: 0, total: 0, current: null },
      results: {},
      error: null,
      startedAt: Date.now() / 1000,
      finishedAt: null
    }
  }

  /** Apply one server event; returns true when the scan state changed. */
  function applyEvent(name: string, payload: unknown): boolean {
    if (!payload || typeof payload !== 'object') return false
    if (name === 'update_scan_task') {
      const p = payload as ScanUpdate
      const id = p.task_id ?? p.taskId
      if (typeof id !== 'string') return false
      if (Array.isArray(p.files) && p.files.length) sink?.applyFiles(p.files)
      if (queued.value && queued.value.taskId === id) {
        // The queued scan has started: it is the one to follow now.
        task.value = { ...queued.value, status: 'running', startedAt: Date.now() / 1000 }
        queued.value = null
      }
      // A finished scan stays finished even if a late batch arrives.
      const cur = task.value && task.value.taskId === id ? task.value : stub(id)
      if (cur.status !== 'running') return false
      task.value = { ...cur, progress: p.progress ? { ...p.progress } : cur.progress }
      return true
    }
    if (name === 'complete_scan_task') {
      const p = payload as ScanComplete
      const id = p.task_id ?? p.taskId
      if (typeof id !== 'string') return false
      if (queued.value && queued.value.taskId === id) queued.value = null
      if (p.data && typeof p.data === 'object') {
        task.value = { ...p.data }
      } else {
        const cur = task.value && task.value.taskId === id ? task.value : stub(id)
        const { status, seconds: _s, ...counts } = p.results ?? {}
        task.value = {
          ...cur,
          status: (typeof status === 'string' ? status : 'completed') as ScanTask['status'],
          results: Object.fromEntries(Object.entries(counts).filter(([, v]) => typeof v === 'number')) as Record<
            string,
            number
          >,
          finishedAt: Date.now() / 1000,
          progress: { ...cur.progress, current: null }
        }
      }
      // Removed / moved files only show after a fresh listing.
      sink?.reload()
      return true
    }
    return false
  }

  async function load() {
    try {
      const cur = await api.currentScan()
      // Keep an event-fed snapshot of the same scan if it is further along.
      if (!(cur && task.value && task.value.taskId === cur.taskId && task.value.status !== 'running')) task.value = cur
      error.value = null
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
    }
  }

  async function start(folder: string | null, mode: 'diff' | 'full') {
    starting.value = true
    error.value = null
    try {
      const t = await api.startScan(folder, mode)
      if (t.status === 'queued') {
        // Runs after the current scan; its first event makes it the task (unless it already came).
        if (!(task.value && task.value.taskId === t.taskId)) queued.value = t
        return
      }
      // A fast scan may have finished (complete event) before this reply arrived.
      const cur = task.value
      if (!(cur && cur.taskId === t.taskId && cur.status !== 'running')) task.value = t
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
    } finally {
      starting.value = false
    }
  }

  /** Drop the queued scan before it starts. */
  async function cancelQueued() {
    if (!queued.value) return
    try {
      await api.cancelScan(queued.value.taskId)
      queued.value = null
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
    }
  }

  async function cancel() {
    if (!task.value || task.value.status !== 'running') return
    try {
      const t = await api.cancelScan(task.value.taskId)
      if (t && typeof t === 'object' && 'status' in t) task.value = t
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
    }
  }

  function attach() {
    if (unsubscribe.length) return
    for (const name of SCAN_EVENTS) unsubscribe.push(api.transport.on(name, (d) => applyEvent(name, d)))
    unsubscribe.push(api.transport.onReconnect(() => void load()))
  }

  function detach() {
    unsubscribe.forEach((u) => u())
    unsubscribe = []
  }

  return { task, queued, error, starting, running, applyEvent, load, start, cancel, cancelQueued, attach, detach }
}

export type ScanStore = ReturnType<typeof createScanStore>
