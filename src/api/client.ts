import type { TokenKeeper } from './access'
import type { Transport } from './transport'
import type {
  AccessInfo,
  BulkAction,
  BulkResult,
  DownloadRequest,
  IdentifyResult,
  LibraryHealth,
  MissingModel,
  Model,
  BulkMoveTarget,
  ModelCandidate,
  ModelDetail,
  ModelEdit,
  ModelFolder,
  ModelListPage,
  ModelListQuery,
  ModelRef,
  ScanTask,
  SettingKey,
  Settings,
  Task,
  UpdateCheck,
  ModelUpdate,
  WorkflowModel,
  WorkflowResolution
} from './types'

/** "folder/pathIndex/rel/path" with every segment URL-encoded. */
export function modelPath(ref: ModelRef): string {
  const rel = ref.relativePath.split('/').map(encodeURIComponent).join('/')
  return `${encodeURIComponent(ref.folder)}/${ref.pathIndex}/${rel}`
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/** How many times a 401 asks for the token before the request fails. */
const TOKEN_TRIES = 3

/**
 * Typed access to the /model-manager REST routes; hides the host mode. With a
 * TokenKeeper, every request carries the kept token (`Authorization: Bearer`) and
 * a 401 asks for it, keeps it and retries.
 */
export class ApiClient {
  constructor(
    readonly transport: Transport,
    readonly tokens: TokenKeeper | null = null
  ) {}

  get mode() {
    return this.transport.mode
  }

  /** `ask: false`: a 401 fails at once (reads that may wait until the user acts). */
  private async request<T>(method: string, path: string, body?: unknown, opts: { ask?: boolean } = {}): Promise<T> {
    return (await this.envelope<T>(method, path, body, opts)).data as T
  }

  /** The whole success envelope (`data` plus any siblings such as `total`); ApiError otherwise.
   * With a TokenKeeper a 401 asks for the token, keeps it and retries. */
  private async envelope<T>(method: string, path: string, body?: unknown, opts: { ask?: boolean } = {}) {
    for (let attempt = 1; ; attempt++) {
      const headers: Record<string, string> = {}
      const init: RequestInit = { method, headers }
      if (typeof Blob !== 'undefined' && body instanceof Blob) {
        init.body = body
        headers['Content-Type'] = body.type || 'application/octet-stream'
      } else if (body !== undefined) {
        init.body = JSON.stringify(body)
        headers['Content-Type'] = 'application/json'
      }
      const token = this.tokens?.get()
      if (token) headers.Authorization = `Bearer ${token}`
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
      if (res.ok && payload && payload.success !== false) {
        return payload as { success: true; data: T } & Record<string, unknown>
      }
      const message = payload?.error || `${res.status} ${res.statusText || 'error'}`.trim()
      if (res.status === 401 && this.tokens && opts.ask !== false && attempt < TOKEN_TRIES) {
        if (await this.tokens.ask(message)) continue
      }
      throw new ApiError(message, res.status)
    }
  }

  listFolders() {
    return this.request<ModelFolder[]>('GET', '/model-manager/models')
  }
  /** Every model of a folder (the whole listing; the server answers 304 to the browser's
   * revalidation while nothing changed, and gzip). */
  listModels(folder: string) {
    return this.request<Model[]>('GET', `/model-manager/models/${encodeURIComponent(folder)}`)
  }
  /** One page of a folder's listing, optionally cut down to some fields. */
  async listModelsPage<K extends keyof Model = keyof Model>(
    folder: string,
    query: ModelListQuery<K> = {}
  ): Promise<ModelListPage<Pick<Model, K>>> {
    const params = new URLSearchParams()
    if (query.fields?.length) params.set('fields', query.fields.join(','))
    params.set('offset', String(query.offset ?? 0))
    if (query.limit !== undefined) params.set('limit', String(query.limit))
    const reply = await this.envelope<Pick<Model, K>[]>(
      'GET',
      `/model-manager/models/${encodeURIComponent(folder)}?${params}`
    )
    return {
      data: reply.data,
      total: reply.total as number,
      offset: reply.offset as number,
      limit: (reply.limit as number | null) ?? null,
      nextOffset: (reply.nextOffset as number | null) ?? null
    }
  }
  /** `ask: false`: without the token (another machine), fail with a 401 instead of asking. */
  initDownloads(opts: { ask?: boolean } = {}) {
    return this.request<{ settings: Settings }>('POST', '/model-manager/download/init', undefined, opts)
  }
  /** What this client may do (open to all). */
  getAccess() {
    return this.request<AccessInfo>('GET', '/model-manager/access', undefined, { ask: false })
  }
  /** The access token; only the machine itself gets it (403 elsewhere). */
  getAccessToken() {
    return this.request<{ token: string }>('GET', '/model-manager/access/token', undefined, { ask: false })
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
  getModel(ref: ModelRef) {
    return this.request<ModelDetail>('GET', `/model-manager/model/${modelPath(ref)}`)
  }
  /** Description / preview URL edits answer a ModelDetail, a rename or move a Model. */
  updateModel(ref: ModelRef, edit: ModelEdit) {
    return this.request<ModelDetail | Model>('PUT', `/model-manager/model/${modelPath(ref)}`, edit)
  }
  deleteModel(ref: ModelRef) {
    return this.request<{ deleted: string[] }>('DELETE', `/model-manager/model/${modelPath(ref)}`)
  }
  /** One action on many models (delete / move answer per model; rescan / identify start a scan). */
  bulkModels(action: BulkAction, models: ModelRef[], target?: BulkMoveTarget) {
    const refs = models.map(({ folder, pathIndex, relativePath }) => ({ folder, pathIndex, relativePath }))
    return this.request<BulkResult>('POST', '/model-manager/models/bulk', { action, models: refs, ...(target ? { target } : {}) })
  }
  setPreview(ref: ModelRef, image: Blob) {
    return this.request<Model>('PUT', `/model-manager/preview/${modelPath(ref)}`, image)
  }
  deletePreview(ref: ModelRef) {
    return this.request<Model>('DELETE', `/model-manager/preview/${modelPath(ref)}`)
  }
  /** <img src> of a model's preview thumbnail (`bust` defeats the image cache after a change). */
  previewSrc(model: Model, size = 256, bust = 0): string | null {
    if (!model.previewUrl) return null
    const sep = model.previewUrl.includes('?') ? '&' : '?'
    return this.transport.url(`${model.previewUrl}${sep}size=${size}${bust ? `&v=${bust}` : ''}`)
  }
  modelInfo(url: string) {
    return this.request<ModelCandidate[]>('GET', `/model-manager/model-info?url=${encodeURIComponent(url)}`)
  }
  startScan(folder: string | null, mode: 'diff' | 'full') {
    return this.request<ScanTask>('POST', '/model-manager/scan', { folder, mode })
  }
  currentScan() {
    return this.request<ScanTask | null>('GET', '/model-manager/scan')
  }
  cancelScan(taskId: string) {
    return this.request<ScanTask>('DELETE', `/model-manager/scan/${encodeURIComponent(taskId)}`)
  }
  /** Every model a workflow names with status and candidates; `image`: base64 of a .json / PNG / WebP. */
  resolveWorkflow(body: { workflow?: unknown; image?: string; nodeFolders?: Record<string, Record<string, string>>; online?: boolean }) {
    return this.request<WorkflowResolution>('POST', '/model-manager/workflow/resolve', body)
  }
  libraryHealth() {
    return this.request<LibraryHealth>('GET', '/model-manager/library/health')
  }
  /** Delete chosen copies of one duplicate; the server keeps at least one (409 otherwise). */
  deleteDuplicates(sha256: string, refs: ModelRef[]) {
    return this.request<{ deleted: string[]; freedBytes: number }>('POST', '/model-manager/library/health/duplicates/delete', {
      sha256,
      delete: refs.map(({ folder, pathIndex, relativePath }) => ({ folder, pathIndex, relativePath }))
    })
  }
  redownloadBroken(ref: ModelRef) {
    const { folder, pathIndex, relativePath } = ref
    return this.request<Task>('POST', '/model-manager/library/health/redownload', { folder, pathIndex, relativePath })
  }
  /** Look models up on Civitai by hash, in one batch (none given: every unidentified one). */
  identifyModels(refs: ModelRef[] = []) {
    return this.request<IdentifyResult>('POST', '/model-manager/library/health/identify', {
      models: refs.map(({ folder, pathIndex, relativePath }) => ({ folder, pathIndex, relativePath }))
    })
  }
  checkMissing(models: WorkflowModel[]) {
    return this.request<MissingModel[]>('POST', '/model-manager/models/missing', { models })
  }
  listUpdates() {
    return this.request<ModelUpdate[]>('GET', '/model-manager/updates')
  }
  /** Start a check (the running one when there is one). */
  checkUpdates(refresh = false) {
    return this.request<UpdateCheck>('POST', '/model-manager/updates/check', refresh ? { refresh } : {})
  }
  lastUpdateCheck() {
    return this.request<UpdateCheck | null>('GET', '/model-manager/updates/check')
  }
}
