import { computed, ref } from 'vue'

import type { ApiClient } from '@/api/client'
import { TASK_EVENTS, type Task, type TaskEventName, type TaskEventPayload } from '@/api/types'

export const ACTIVE_STATUSES = new Set(['queued', 'running', 'verifying'])

/** Download tasks: initial list from REST, then kept live by server events. */
export function createTaskStore(api: ApiClient) {
  const tasks = ref<Task[]>([])
  const loaded = ref(false)
  const loadError = ref<string | null>(null)
  let unsubscribe: Array<() => void> = []

  const byId = (id: string) => tasks.value.findIndex((t) => t.taskId === id)

  function sortNewestFirst() {
    tasks.value.sort((a, b) => b.createdAt - a.createdAt)
  }

  /** Insert or replace, never going back to an older snapshot. */
  function upsert(task: Task) {
    const i = byId(task.taskId)
    if (i === -1) {
      tasks.value.push(task)
      sortNewestFirst()
    } else if ((task.updatedAt ?? 0) >= (tasks.value[i].updatedAt ?? 0)) {
      tasks.value[i] = task
    }
  }

  function remove(taskId: string) {
    const i = byId(taskId)
    if (i !== -1) tasks.value.splice(i, 1)
  }

  /** Apply one server event; returns true when the list changed. */
  function applyEvent(name: TaskEventName, payload: unknown): boolean {
    const p = payload as TaskEventPayload | null
    if (!p || typeof p.taskId !== 'string') return false
    switch (name) {
      case 'delete_download_task': {
        const had = byId(p.taskId) !== -1
        remove(p.taskId)
        return had
      }
      case 'update_download_task':
        // An update for a task we never saw (e.g. already deleted here) is ignored.
        if (!p.data || byId(p.taskId) === -1) return false
        upsert({ ...p.data, taskId: p.taskId })
        return true
      case 'create_download_task':
      case 'complete_download_task':
      case 'error_download_task':
        if (!p.data) return false
        upsert({ ...p.data, taskId: p.taskId })
        return true
      default:
        return false
    }
  }

  async function load() {
    try {
      const list = await api.listTasks()
      const fresh = new Map(list.map((t) => [t.taskId, t]))
      // Keep whichever snapshot is newer for tasks an event already touched.
      for (const t of tasks.value) {
        const f = fresh.get(t.taskId)
        if (f && t.updatedAt > f.updatedAt) fresh.set(t.taskId, t)
      }
      tasks.value = [...fresh.values()]
      sortNewestFirst()
      loadError.value = null
    } catch (e) {
      loadError.value = e instanceof Error ? e.message : String(e)
    } finally {
      loaded.value = true
    }
  }

  /** Subscribe to server events (idempotent); reload after a reconnect. */
  function attach() {
    if (unsubscribe.length) return
    for (const name of TASK_EVENTS) {
      unsubscribe.push(api.transport.on(name, (data) => applyEvent(name, data)))
    }
    unsubscribe.push(api.transport.onReconnect(() => void load()))
  }

  function detach() {
    unsubscribe.forEach((u) => u())
    unsubscribe = []
  }

  async function pause(taskId: string) {
    upsert(await api.setTaskStatus(taskId, 'pause'))
  }
  async function resume(taskId: string) {
    upsert(await api.setTaskStatus(taskId, 'resume'))
  }
  async function destroy(taskId: string) {
    await api.deleteTask(taskId)
    remove(taskId)
  }
  async function create(...args: Parameters<ApiClient['createDownload']>) {
    const task = await api.createDownload(...args)
    upsert(task)
    return task
  }

  const activeCount = computed(() => tasks.value.filter((t) => ACTIVE_STATUSES.has(t.status)).length)

  return {
    tasks,
    loaded,
    loadError,
    activeCount,
    applyEvent,
    load,
    attach,
    detach,
    pause,
    resume,
    destroy,
    create
  }
}

export type TaskStore = ReturnType<typeof createTaskStore>
