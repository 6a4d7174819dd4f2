export type TaskStatus =
  | 'queued'
  | 'running'
  | 'paused'
  | 'verifying'
  | 'completed'
  | 'failed'
  | 'cancelled'

export interface Task {
  taskId: string
  url: string
  folder: string
  pathIndex: number
  subfolder: string
  filename: string | null
  status: TaskStatus
  downloadedBytes: number
  totalBytes: number | null
  progress: number | null
  bytesPerSecond: number
  etaSeconds: number | null
  error: string | null
  sha256: string | null
  expectedSha256: string | null
  createdAt: number
  updatedAt: number
  relativePath?: string | null
  expectedSize?: number | null
  /** For folder "auto": the header rule that chose the folder. */
  folderRule?: string | null
}

export interface ModelFolder {
  folder: string
  roots: string[]
  extensions: string[]
}

export interface Settings {
  concurrency: number
  progressInterval: number
  allowedHosts: string[]
  allowPickle: boolean
  stallTimeout: number
  apiKeys: { civitai: string | null; huggingface: string | null }
  hashOnScan?: boolean
  autoScan?: boolean
  writeSidecars?: boolean
  /** On save / export, write loader nodes' properties.models for models whose source is known. */
  embedModelLinks?: boolean
  durableFinish?: boolean
  /** Hours between checks for newer Civitai versions (0 = off). */
  updateCheckInterval?: number
  /** What other machines may do; changed only on the machine itself. */
  remoteAccess?: RemoteAccess
}

export type RemoteAccess = 'token' | 'read-only' | 'open'

/** GET /model-manager/access: what this client may do. */
export interface AccessInfo {
  /** The request came from the server's own machine (loopback, no proxy). */
  local: boolean
  remoteAccess: RemoteAccess
  /** The Bearer token sent is the access token. */
  tokenValid: boolean
  /** Writes from this client would pass. */
  canWrite: boolean
  /** The command that prints the token on the server. */
  tokenCommand: string
}

export type SettingKey =
  | 'civitai'
  | 'huggingface'
  | 'concurrency'
  | 'progressInterval'
  | 'allowedHosts'
  | 'allowPickle'
  | 'stallTimeout'
  | 'hashOnScan'
  | 'autoScan'
  | 'writeSidecars'
  | 'embedModelLinks'
  | 'durableFinish'
  | 'updateCheckInterval'
  | 'remoteAccess'

/** A plain URL download. `folder: "auto"` lets the server place it by the file's header. */
export interface UrlDownloadRequest {
  url: string
  folder: string
  subfolder: string
  filename: string | null
  pathIndex: number
  sha256: string | null
  size: number | null
}

/** A source reference the server expands into URL, hash, size and file name. */
export type SourceDownloadRequest = {
  folder?: string
  subfolder?: string
  pathIndex?: number
  filename?: string | null
} & (
  | { source: 'civitai'; versionId: number | string; fileName?: string }
  | { source: 'huggingface'; repo: string; path: string; revision?: string }
)

export type DownloadRequest = UrlDownloadRequest | SourceDownloadRequest

export interface ModelFile {
  name: string
  sizeBytes: number | null
  sha256: string | null
  downloadUrl: string
  primary: boolean
  format: string | null
  fp: string | null
  type?: string | null
  path?: string | null
  suggestedFolder?: string | null
}

export interface ModelCandidate {
  source: 'civitai' | 'huggingface' | 'direct'
  modelId: number | string | null
  versionId: number | string | null
  name: string
  versionName: string | null
  type: string | null
  baseModel: string | null
  description: string | null
  previews: string[]
  files: ModelFile[]
  suggestedFolder: string | null
  url?: string
  air?: string | null
  trainedWords?: string[]
  notice?: string | null
}

export interface ScanProgress {
  done: number
  total: number
  current: string | null
}

export interface ScanTask {
  taskId: string
  folder: string | null
  mode: 'diff' | 'full'
  status: 'queued' | 'running' | 'completed' | 'cancelled' | 'failed'
  progress: ScanProgress
  results: Record<string, number>
  error: string | null
  startedAt: number
  finishedAt: number | null
  /** Only in the reply to POST /scan: started now, queued behind the running scan, or covered by it. */
  outcome?: 'started' | 'queued' | 'running'
  /** A scan of selected files (bulk re-scan / re-identify): how many. */
  selected?: number | null
}

export interface Model {
  folder: string
  pathIndex: number
  relativePath: string
  name: string
  extension: string
  sizeBytes: number
  createdAt: number
  modifiedAt: number
  sha256: string | null
  architecture: string | null
  baseModel: string | null
  hasPreview: boolean
  previewUrl: string | null
  description: string | null
  sha256Source?: 'computed' | 'sidecar' | null
  autov2?: string | null
  rule?: string | null
  triggerWords?: string[]
  source?: string | null
  sourceIds?: Record<string, unknown> | null
  scanned?: boolean
}

/** Query of `GET /model-manager/models/{folder}` for clients that need less (see openapi.json). */
export interface ModelListQuery<K extends keyof Model = keyof Model> {
  /** Only these Model properties in each item. */
  fields?: readonly K[]
  /** First index of the page (listing order: pathIndex, then relativePath case-folded). */
  offset?: number
  /** Models per page (at least 1); all from `offset` when absent. */
  limit?: number
}

/** A page of a folder's listing: `nextOffset` is null on the last page. */
export interface ModelListPage<M = Model> {
  data: M[]
  total: number
  offset: number
  limit: number | null
  nextOffset: number | null
}

export interface ModelDetail extends Model {
  metadata: Record<string, unknown> | null
  headerError?: string | null
  descriptionText: string | null
  descriptionFormat: 'markdown' | 'html' | 'text' | null
  /** Rendered and sanitized by the server: the only HTML we ever insert. */
  descriptionHtml: string | null
  sidecars: string[]
  links: string[]
  /** The path is itself a symbolic link: delete removes the link, `linkTarget` stays. */
  isLink?: boolean
  linkTarget?: string | null
  /** A folder on the way is a link: the file is real there and delete deletes it. */
  inLinkedFolder?: boolean
  linkedFolderTarget?: string | null
}

/** One file in a health list (see LibraryHealth in openapi.json). */
export interface HealthItem extends ModelRef {
  sizeBytes: number
}

export interface DuplicateCopy extends HealthItem {
  /** Paths with the same number reach the same file (a link, a hard link). */
  copy: number
  isLink: boolean
  inLinkedFolder: boolean
}

export interface DuplicateGroup {
  sha256: string
  sizeBytes: number
  freeableBytes: number
  copies: DuplicateCopy[]
}

export type BrokenKind = 'empty' | 'truncated' | 'size_mismatch' | 'header' | 'dangling_link' | 'stale_part'

export interface BrokenItem extends HealthItem {
  kind: BrokenKind
  detail: string
  source: string | null
  canRedownload: boolean
}

export interface UnidentifiedItem extends HealthItem {
  sha256: string | null
  civitaiChecked: boolean
}

export interface LibraryHealth {
  generatedAt: number
  files: number
  hashed: number
  duplicates: DuplicateGroup[]
  duplicateBytes: number
  broken: BrokenItem[]
  unidentified: UnidentifiedItem[]
  unused: HealthItem[]
  workflows: { available: boolean; dirs: string[]; files: number }
}

export interface IdentifyResult {
  asked: number
  identified: number
  notFound: number
  notHashed: number
}

/** Where a model lives: its folder, root index and path below the root. */
export interface ModelRef {
  folder: string
  pathIndex: number
  relativePath: string
}

export type BulkAction = 'delete' | 'move' | 'rescan' | 'identify'

/** Where a bulk move puts the models (file names kept). */
export interface BulkMoveTarget {
  folder: string
  pathIndex?: number
  subfolder?: string
}

export interface BulkItemResult extends ModelRef {
  ok: boolean
  error: string | null
  status?: number
  deleted?: string[]
  model?: Model
}

export interface BulkResult {
  action: BulkAction
  results: BulkItemResult[]
  succeeded: number
  failed: number
  scan: ScanTask | null
}

export interface ModelEdit {
  description?: string | null
  previewUrl?: string
  filename?: string
  folder?: string
  pathIndex?: number
  subfolder?: string
}

/** A model a workflow names (`models` list of the workflow or a node's properties). */
export interface WorkflowModel {
  name: string
  url: string
  directory: string
  hash?: string
  hash_type?: string
}

/** Where a missing model can be downloaded from (POST /workflow/resolve), most trusted first. */
export interface WorkflowCandidate {
  url: string
  source: 'workflow' | 'civitai' | 'templates' | 'huggingface'
  /** 0..1; >= HIGH_CONFIDENCE may be taken by "Download all". */
  confidence: number
  match: 'hash' | 'name' | 'fuzzy'
  sha256?: string
  sizeBytes?: number
  modelName?: string
  versionName?: string
  directory?: string
}

export interface ModelPlace {
  folder: string
  pathIndex: number
  relativePath: string
}

export type ResolvedStatus = 'present' | 'relink' | 'download' | 'unresolved'

/** One model a workflow names, as the server resolved it. */
export interface ResolvedModel {
  name: string
  directory: string | null
  nodes: string[]
  /** Named by a models list (properties.models / top level), not only by a widget value. */
  declared: boolean
  status: ResolvedStatus
  foundAt?: ModelPlace
  link?: { url: string; sha256?: string | null }
  hash?: string
  candidates: WorkflowCandidate[]
  errors?: string[]
}

export interface WorkflowResolution {
  models: ResolvedModel[]
  summary: Record<ResolvedStatus, number>
  /** The workflow read from an uploaded image / file. */
  workflow?: unknown
}

export interface MissingModel extends WorkflowModel {
  folder?: string | null
  foundAt?: Record<string, unknown> | null
  missing: boolean
  allowed: boolean
  reason: string | null
}

export type TaskEventName =
  | 'create_download_task'
  | 'update_download_task'
  | 'complete_download_task'
  | 'error_download_task'
  | 'delete_download_task'

export const TASK_EVENTS: TaskEventName[] = [
  'create_download_task',
  'update_download_task',
  'complete_download_task',
  'error_download_task',
  'delete_download_task'
]

export interface TaskEventPayload {
  taskId: string
  data?: Task
}

/** A library file with a newer version on Civitai (GET /model-manager/updates, update_available). */
export interface ModelUpdate {
  folder: string
  pathIndex: number
  relativePath: string
  modelId: number
  modelName: string
  type: string | null
  currentVersionId: number
  currentVersionName: string | null
  newestVersionId: number
  newestVersionName: string | null
  publishedAt: string | null
  /** The newest version's Civitai page. */
  url: string
  baseModel: string | null
  /** Early access etc.: downloading may need an API key of an account that unlocked it. */
  notice: string | null
  foundAt: number
  /** A ready POST /model-manager/download body (next to the old file). */
  download: { source: 'civitai'; versionId: number; folder: string; subfolder: string; pathIndex: number }
}

export interface UpdateCheck {
  checkId: string
  trigger: 'manual' | 'periodic'
  status: 'running' | 'completed' | 'failed' | 'cancelled'
  progress: { done: number; total: number }
  results: Record<string, number>
  error: string | null
  startedAt: number
  finishedAt: number | null
}
