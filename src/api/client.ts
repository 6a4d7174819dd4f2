import type { Transport } from './transport'
import type {
  DownloadRequest,
  MissingModel,
  Model,
  ModelFolder,
  SettingKey,
  Settings,
  Task,
  WorkflowModel
} from './types'

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/** Typed access to the /model-manager REST routes; hides the host mode. */
export class ApiClient {
  constructor(readonly transport: Transport) {}

  get mode() {
    return this.transport.mode
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const init: RequestInit = { method }
    if (body !== undefined) {
      init.body = JSON.stringify(body)
      init.headers = { 'Content-Type': 'application/json' }
    }
    let res: Response
    try {
      res = await this.transport.fetch(path, init)
    } catch (e) {
      throw new ApiError(e instanceof Error ? e.message : String(e), 0)
    }
    let payload: { success?: boolean; data?: T; error?: string } | null = null
    try {
      payload = await res.json()
    } catch {
      payload = null
    }
    if (!res.ok || !payload || payload.success === false) {
      const message = payload?.error || `${res.status} ${res.statusText || 'error'}`.trim()
      throw new ApiError(message, res.status)
    }
    return payload.data as T
  }

  listFolders() {
    return this.request<ModelFolder[]>('GET', '/model-manager/models')
  }
  listModels(folder: string) {
    return this.request<Model[]>('GET', `/model-manager/models/${encodeURIComponent(folder)}`)
  }
  initDownloads() {
    return this.request<{ settings: Settings }>('POST', '/model-manager/download/init')
  }
  setSetting(key: SettingKey, value: unknown) {
    return this.request<Settings>('POST', '/model-manager/download/setting', { key, value })
  }
  listTasks() {
    return this.request<Task[]>('GET', '/model-manager/download/task')
  }
  createDownload(req: DownloadRequest) {
    return this.request<Task>('POST', '/model-manager/download', req)
  }
  setTaskStatus(taskId: string, status: 'pause' | 'resume') {
    return this.request<Task>('PUT', `/model-manager/download/${encodeURIComponent(taskId)}`, {
      status
    })
  }
  deleteTask(taskId: string) {
    return this.request<{ taskId: string }>(
      'DELETE',
      `/model-manager/download/${encodeURIComponent(taskId)}`
    )
  }
  checkMissing(models: WorkflowModel[]) {
    return this.request<MissingModel[]>('POST', '/model-manager/models/missing', { models })
  }
}
