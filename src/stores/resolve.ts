import { computed, ref, shallowRef } from 'vue'

import type { ApiClient } from '@/api/client'
import type { DownloadRequest, ModelCandidate, ModelFile } from '@/api/types'

/** The folder-select value that lets the server place the file by its header. */
export const AUTO_FOLDER = 'auto'

export interface TargetForm {
  folder: string | null
  pathIndex: number
  subfolder: string
  filename: string
  sha256: string
}

/** The file a version offers by default: its primary one, else the first. */
export function defaultFileIndex(c: ModelCandidate | null): number {
  if (!c || !c.files.length) return -1
  const i = c.files.findIndex((f) => f.primary)
  return i === -1 ? 0 : i
}

/** Folder to preselect: the file's, else the version's suggestion, else "auto". */
export function suggestedFolder(c: ModelCandidate | null, f: ModelFile | null, known: string[]): string {
  const s = f?.suggestedFolder ?? c?.suggestedFolder ?? null
  return s && known.includes(s) ? s : AUTO_FOLDER
}

/**
 * The POST /download body for a resolved file: a source reference for Civitai and
 * Hugging Face (the server fills URL, hash and size), the URL for a direct link.
 * The user's file name wins over the source's; an empty one keeps the source's.
 */
export function buildSourceRequest(c: ModelCandidate, f: ModelFile, form: TargetForm): DownloadRequest {
  const target = {
    folder: form.folder ?? AUTO_FOLDER,
    pathIndex: form.pathIndex,
    subfolder: form.subfolder.trim(),
    filename: form.filename.trim() || null
  }
  if (c.source === 'civitai' && c.versionId !== null && c.versionId !== undefined) {
    return { source: 'civitai', versionId: c.versionId, fileName: f.name, ...target }
  }
  if (c.source === 'huggingface' && c.modelId && f.path) {
    const revision = c.versionId ? { revision: String(c.versionId) } : {}
    return { source: 'huggingface', repo: String(c.modelId), path: f.path, ...revision, ...target }
  }
  return {
    url: f.downloadUrl,
    ...target,
    sha256: form.sha256.trim().toLowerCase() || f.sha256 || null,
    size: f.sizeBytes && f.sizeBytes > 0 && c.source !== 'civitai' ? f.sizeBytes : null
  }
}

/** Resolve a pasted link into versions and files (GET /model-info) and keep the choice. */
export function createResolver(api: ApiClient) {
  const candidates = shallowRef<ModelCandidate[]>([])
  const resolvedUrl = ref<string | null>(null)
  const resolving = ref(false)
  const error = ref<string | null>(null)
  const versionIndex = ref(0)
  const fileIndex = ref(-1)

  const candidate = computed(() => candidates.value[versionIndex.value] ?? null)
  const file = computed(() => candidate.value?.files[fileIndex.value] ?? null)

  let seq = 0
  async function resolve(url: string): Promise<boolean> {
    const mine = ++seq
    resolving.value = true
    error.value = null
    try {
      const list = await api.modelInfo(url.trim())
      if (mine !== seq) return false
      candidates.value = list
      resolvedUrl.value = url.trim()
      selectVersion(0)
      return list.length > 0
    } catch (e) {
      if (mine !== seq) return false
      clear()
      error.value = e instanceof Error ? e.message : String(e)
      return false
    } finally {
      if (mine === seq) resolving.value = false
    }
  }

  function selectVersion(i: number) {
    versionIndex.value = i
    fileIndex.value = defaultFileIndex(candidates.value[i] ?? null)
  }

  function clear() {
    seq++
    candidates.value = []
    resolvedUrl.value = null
    versionIndex.value = 0
    fileIndex.value = -1
    resolving.value = false
    error.value = null
  }

  return { candidates, resolvedUrl, resolving, error, versionIndex, fileIndex, candidate, file, resolve, selectVersion, clear }
}

export type Resolver = ReturnType<typeof createResolver>
