import { reactive } from 'vue'

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

export type RowState = 'idle' | 'sending' | 'queued' | 'error'

export function createMissingStore(api: ApiClient) {
  const state = reactive({
    visible: false,
    items: [] as MissingModel[],
    rows: {} as Record<string, { state: RowState; error?: string }>
  })

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
    state.items = missing
    state.rows = Object.fromEntries(missing.map((m) => [keyOf(m), { state: 'idle' as RowState }]))
    state.visible = true
    return true
  }

  async function download(m: MissingModel) {
    const row = (state.rows[keyOf(m)] ??= { state: 'idle' })
    if (row.state === 'sending' || row.state === 'queued') return
    row.state = 'sending'
    row.error = undefined
    try {
      await api.createDownload({
        url: m.url,
        folder: m.directory,
        subfolder: '',
        filename: m.name,
        pathIndex: 0,
        sha256: m.hash && (m.hash_type ?? 'sha256').toLowerCase() === 'sha256' ? m.hash : null,
        size: null
      })
      row.state = 'queued'
    } catch (e) {
      row.state = 'error'
      row.error = e instanceof Error ? e.message : String(e)
    }
  }

  async function downloadAll() {
    await Promise.all(state.items.filter((m) => m.allowed !== false).map((m) => download(m)))
  }

  return { state, keyOf, check, download, downloadAll }
}

export type MissingStore = ReturnType<typeof createMissingStore>
