/**
 * "Add to workflow": a model becomes the loader node of its folder with the file
 * selected — by click (canvas centre) or by dropping a card on the canvas.
 * Host API as in ComfyUI frontend 1.32.9 (src/composables/useCanvasDrop.ts,
 * src/services/litegraphService.ts addNodeOnGraph, src/scripts/app.ts):
 * `window.LiteGraph.createNode(type)`, `graph.add(node)`, `widget.value = file`,
 * `app.clientPosToCanvasPos([x, y])`, `app.canvas.ds.visible_area`,
 * `app.refreshComboInNodes()`.
 */
import type { ModelRef } from '@/api/types'
import { MODEL_DRAG_TYPE, type HostActions } from '@/context'
import { LOADERS } from '@/utils/modelFilter'

type Vec2 = [number, number]

export interface WidgetLike {
  name: string
  value: unknown
  options?: { values?: unknown }
}
export interface NodeLike {
  pos: Vec2 | number[]
  widgets?: WidgetLike[]
}
export interface GraphLike {
  add(node: NodeLike): unknown
  setDirtyCanvas?(fg: boolean, bg?: boolean): void
}
export interface WorkflowAppLike {
  graph?: GraphLike & { nodes?: unknown[] }
  canvas?: {
    graph?: GraphLike | null
    ds?: { visible_area?: ArrayLike<number> }
    convertEventToCanvasOffset?(e: MouseEvent): ArrayLike<number>
    setDirty?(fg: boolean, bg?: boolean): void
  }
  canvasEl?: HTMLCanvasElement
  clientPosToCanvasPos?(pos: Vec2): ArrayLike<number>
  refreshComboInNodes?(): Promise<unknown> | unknown
  refreshMissingModels?(...args: unknown[]): unknown
}
export interface LiteGraphLike {
  createNode(type: string, title?: string, options?: Record<string, unknown>): NodeLike | null
  NODE_TITLE_HEIGHT?: number
}

/** The combo value ComfyUI uses for this file (its lists use the OS separator). */
export function comboValue(widget: WidgetLike | undefined, relativePath: string): string {
  const values = widget?.options?.values
  if (Array.isArray(values)) {
    const hit = values.find((v) => typeof v === 'string' && v.replace(/\\/g, '/') === relativePath)
    if (typeof hit === 'string') return hit
  }
  return relativePath
}

export function createWorkflowActions(
  app: WorkflowAppLike,
  liteGraph: () => LiteGraphLike | undefined = () => (window as unknown as { LiteGraph?: LiteGraphLike }).LiteGraph
): HostActions {
  function canvasCenter(): Vec2 {
    const area = app.canvas?.ds?.visible_area
    if (area && area.length >= 4) {
      const dpi = Math.max(window.devicePixelRatio ?? 1, 1)
      return [area[0] + area[2] / dpi / 2, area[1] + area[3] / dpi / 2]
    }
    return [100, 100]
  }

  function toCanvas(clientPos: Vec2): Vec2 {
    try {
      const p = app.clientPosToCanvasPos?.(clientPos)
      if (p) return [p[0], p[1]]
    } catch {
      /* before setup */
    }
    const p = app.canvas?.convertEventToCanvasOffset?.({ clientX: clientPos[0], clientY: clientPos[1] } as MouseEvent)
    return p ? [p[0], p[1]] : canvasCenter()
  }

  let refreshTimer: ReturnType<typeof setTimeout> | null = null

  return {
    canAddToWorkflow(folder: string) {
      return folder in LOADERS && !!liteGraph() && !!app.graph
    },
    addToWorkflow(model: ModelRef, clientPos?: Vec2) {
      const loader = LOADERS[model.folder]
      const LG = liteGraph()
      const graph = app.canvas?.graph ?? app.graph
      if (!loader || !LG || !graph) return false
      const node = LG.createNode(loader.node)
      if (!node) return false
      const pos = clientPos ? toCanvas(clientPos) : canvasCenter()
      node.pos = [pos[0], pos[1] + (clientPos ? (LG.NODE_TITLE_HEIGHT ?? 30) : 0)]
      graph.add(node)
      const widget = node.widgets?.find((w) => w.name === loader.widget)
      if (widget) widget.value = comboValue(widget, model.relativePath)
      graph.setDirtyCanvas?.(true, true)
      app.canvas?.setDirty?.(true, true)
      return true
    },
    refreshModels() {
      if (refreshTimer) clearTimeout(refreshTimer)
      refreshTimer = setTimeout(() => {
        refreshTimer = null
        try {
          if (typeof app.refreshComboInNodes === 'function') void app.refreshComboInNodes()
          if (typeof app.refreshMissingModels === 'function') void app.refreshMissingModels()
        } catch (e) {
          console.warn('[ModelManager] could not refresh the host model lists', e)
        }
      }, 300)
    }
  }
}

/** Parse our drag payload; null if it is not one. */
export function readDrag(e: DragEvent): ModelRef | null {
  const raw = e.dataTransfer?.getData(MODEL_DRAG_TYPE)
  if (!raw) return null
  try {
    const v = JSON.parse(raw)
    if (v && typeof v.folder === 'string' && typeof v.relativePath === 'string') {
      return { folder: v.folder, pathIndex: Number(v.pathIndex) || 0, relativePath: v.relativePath }
    }
  } catch {
    /* not ours */
  }
  return null
}

/**
 * Accept our model cards dropped on the graph canvas. Capture phase on the
 * document, so the host's own drop handler (file loading) never sees them.
 */
export function installCanvasDrop(app: WorkflowAppLike, actions: HostActions): () => void {
  const onCanvas = (e: DragEvent) => {
    const t = e.target as Element | null
    if (!t || typeof t.closest !== 'function') return false
    if (t.closest('.mm-root, .mm-dialog')) return false
    return t === app.canvasEl || !!t.closest('#graph-canvas-container, .graph-canvas-container')
  }
  const ours = (e: DragEvent) => !!e.dataTransfer && Array.from(e.dataTransfer.types ?? []).includes(MODEL_DRAG_TYPE)
  const over = (e: DragEvent) => {
    if (!ours(e) || !onCanvas(e)) return
    e.preventDefault()
    e.dataTransfer!.dropEffect = 'copy'
  }
  const drop = (e: DragEvent) => {
    if (!ours(e)) return
    e.preventDefault()
    e.stopImmediatePropagation()
    if (!onCanvas(e)) return
    const ref = readDrag(e)
    if (ref) actions.addToWorkflow(ref, [e.clientX, e.clientY])
  }
  document.addEventListener('dragover', over, true)
  document.addEventListener('drop', drop, true)
  return () => {
    document.removeEventListener('dragover', over, true)
    document.removeEventListener('drop', drop, true)
  }
}
