import { computed, reactive, watch } from 'vue'

import type { ApiClient } from '@/api/client'

import { createWorkflowModelsStore, type WorkflowHost } from './workflowModels'

export type { ModelRow as MissingRow, RowState } from './workflowModels'

/**
 * The Missing Models panel: after a workflow loads, every model it names is resolved
 * on the server (POST /workflow/resolve: widget values, properties.models, subgraphs),
 * and the panel opens when any is not on disk under the name the workflow uses.
 * Rows (see `workflowModels`): relink to the copy you have, download a candidate,
 * "Download all" for the high-confidence ones.
 */
export function createMissingStore(
  api: ApiClient,
  opts: { recheckDelayMs?: number; onAllDone?: () => void; host?: WorkflowHost } = {}
) {
  const models = createWorkflowModelsStore(api, opts.host ?? {}, opts)
  const ui = reactive({ visible: false, shown: [] as string[] })
  /**
   * The rows the panel opened with: a row stays (done) when its model lands, so the user
   * sees what happened; what the server says now is in each row's status.
   */
  const listed = computed(() => models.state.items.filter((m) => ui.shown.includes(models.keyOf(m))))
  const allDone = computed(
    () => listed.value.length > 0 && listed.value.every((m) => models.state.rows[models.keyOf(m)]?.state === 'done')
  )

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
    const needing = models.needing.value.filter((m) => !opts.declaredOnly || m.declared)
    if (!needing.length) return false
    ui.shown = models.needing.value.map((m) => models.keyOf(m))
    ui.visible = true
    return true
  }

  watch(allDone, (done) => {
    if (done) opts.onAllDone?.()
  })

  return { ...models, ui, check, listed, allDone }
}

export type MissingStore = ReturnType<typeof createMissingStore>
