import { computed, reactive, watch } from 'vue'

import type { ApiClient } from '@/api/client'
import type { ResolvedModel } from '@/api/types'

import { createWorkflowModelsStore, type WorkflowHost } from './workflowModels'

export type { ModelRow as MissingRow, RowState } from './workflowModels'

/** A model handed over by the host (frontend 1.58's own Download button): what to fetch, where. */
export interface HandedModel {
  name: string
  url: string
  directory: string
}

/**
 * The Missing Models panel: after a workflow loads, every model it names is resolved
 * on the server (POST /workflow/resolve: widget values, properties.models, subgraphs),
 * and the panel opens when any is not on disk under the name the workflow uses.
 * Rows (see `workflowModels`): relink to the copy you have, download a candidate,
 * "Download all" for the high-confidence ones.
 * `only` narrows the rows this panel lists (and acts on) when the host has its own
 * missing-model panel (frontend 1.58): the rest are the host's to offer. A model the
 * host hands over (`take`) is listed whatever `only` says, with its progress.
 */
export function createMissingStore(
  api: ApiClient,
  opts: { recheckDelayMs?: number; onAllDone?: () => void; host?: WorkflowHost; only?: (m: ResolvedModel) => boolean } = {}
) {
  const models = createWorkflowModelsStore(api, opts.host ?? {}, opts)
  /** `modal`: block the canvas (only where the host itself would have: see host/comfy.ts). */
  const ui = reactive({ visible: false, shown: [] as string[], modal: true })
  const shows = (m: ResolvedModel) => !opts.only || opts.only(m)
  /**
   * The rows the panel opened with: a row stays (done) when its model lands, so the user
   * sees what happened; what the server says now is in each row's status.
   */
  const listed = computed(() => models.state.items.filter((m) => ui.shown.includes(models.keyOf(m))))
  const allDone = computed(
    () => listed.value.length > 0 && listed.value.every((m) => models.state.rows[models.keyOf(m)]?.state === 'done')
  )
  const inPanel = (m: ResolvedModel) => ui.shown.includes(models.keyOf(m))
  const pending = computed(() => models.pending.value.filter(inPanel))
  const relinkable = computed(() => models.relinkable.value.filter(inPanel))
  async function downloadAll() {
    await Promise.all(pending.value.map((m) => models.download(m)))
  }
  function relinkAll() {
    return relinkable.value.filter((m) => models.relink(m)).length
  }

  /**
   * Resolve a loaded workflow; opens the panel (true) when some model is not on disk.
   * `declaredOnly`: open only for models a models list names (as the host's own warning
   * does) — for the workflow restored at start-up, which the user did not just open.
   */
  async function check(graphData: unknown, opts: { declaredOnly?: boolean } = {}): Promise<boolean> {
    if (!graphData || typeof graphData !== 'object') return false
    if (!(await models.resolve({ workflow: graphData }))) {
      if (models.state.error) console.warn('[ModelManager] workflow check failed:', models.state.error)
      return false
    }
    const mine = models.needing.value.filter(shows)
    if (!mine.filter((m) => !opts.declaredOnly || m.declared).length) return false
    ui.shown = mine.map((m) => models.keyOf(m))
    ui.visible = true
    return true
  }

  /**
   * Download a model the host hands over (its URL, into its folder) and list it with its
   * progress; false when the server refused it. The row is the resolved one when the
   * workflow named it, else a new one.
   */
  async function take(h: HandedModel): Promise<boolean> {
    let m = models.state.items.find((x) => x.name === h.name && (x.directory ?? h.directory) === h.directory)
    if (!m) {
      models.state.items.push({
        name: h.name,
        directory: h.directory,
        nodes: [],
        status: 'download',
        declared: true,
        candidates: [{ url: h.url, source: 'workflow', confidence: 1, match: 'name', directory: h.directory }]
      })
      m = models.state.items[models.state.items.length - 1]
    }
    let choice = m.candidates.findIndex((c) => c.url === h.url)
    if (choice < 0) {
      m.candidates.unshift({ url: h.url, source: 'workflow', confidence: 1, match: 'name', directory: h.directory })
      choice = 0
    }
    const key = models.keyOf(m)
    if (!ui.shown.includes(key)) ui.shown = [...ui.shown, key]
    ui.visible = true
    await models.download(m, choice)
    return models.rowOf(m).state !== 'error'
  }

  watch(allDone, (done) => {
    if (done) opts.onAllDone?.()
  })

  return { ...models, ui, check, take, listed, allDone, pending, relinkable, downloadAll, relinkAll }
}

export type MissingStore = ReturnType<typeof createMissingStore>
