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
}

export type SettingKey =
  | 'civitai'
  | 'huggingface'
  | 'concurrency'
  | 'progressInterval'
  | 'allowedHosts'
  | 'allowPickle'
  | 'stallTimeout'

export interface DownloadRequest {
  url: string
  folder: string
  subfolder: string
  filename: string | null
  pathIndex: number
  sha256: string | null
  size: number | null
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
}

/** A model a workflow names (`models` list of the workflow or a node's properties). */
export interface WorkflowModel {
  name: string
  url: string
  directory: string
  hash?: string
  hash_type?: string
}

export interface MissingModel extends WorkflowModel {
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
