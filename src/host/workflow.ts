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
  subgraph?: GraphLike
}
export interface GraphLike {
  add(node: NodeLike): unknown
  setDirtyCanvas?(fg: boolean, bg?: boolean): void
  nodes?: NodeLike[]
  _nodes?: NodeLike[]
  /** Subgraph definitions (litegraph in frontend >= 1.24: a Map by id). */
  subgraphs?: Map<string, GraphLike> | Record<string, GraphLike>
  serialize?(...args: unknown[]): unknown
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
  extensionManager?: {
    command?: { execute?(id: string): unknown; commands?: Array<{ id?: string }> }
  }
}

/** Frontend 1.58: reloads node definitions, its model library and its missing-model state. */
const REFRESH_COMMAND = 'Comfy.RefreshNodeDefinitions'
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
    currentWorkflow() {
      const graph = app.graph as GraphLike | undefined
      return typeof graph?.serialize === 'function' ? graph.serialize() : null
    },
    relinkModel(name: string, value: string) {
      let changed = 0
      for (const graph of allGraphs(app.graph as GraphLike | undefined)) {
        for (const node of graph.nodes ?? graph._nodes ?? []) {
          for (const w of node.widgets ?? []) {
            if (typeof w.value === 'string' && w.value.replace(/\\/g, '/') === name) {
              w.value = comboValue(w, value)
              ;(w as { callback?: (v: unknown) => void }).callback?.(w.value)
              changed++
            }
          }
        }
      }
      if (changed) {
        app.graph?.setDirtyCanvas?.(true, true)
        app.canvas?.setDirty?.(true, true)
      }
      return changed
    },
    refreshModels() {
      if (refreshTimer) clearTimeout(refreshTimer)
      refreshTimer = setTimeout(() => {
        refreshTimer = null
        try {
          const cmd = app.extensionManager?.command
          const hasRefresh = Array.isArray(cmd?.commands) && cmd.commands.some((c) => c?.id === REFRESH_COMMAND)
          if (typeof app.refreshMissingModels === 'function' && hasRefresh && typeof cmd?.execute === 'function') {
            // 1.58: one command for the combos, the host's model library and its
            // missing-model notice / node outlines.
            void Promise.resolve(cmd.execute(REFRESH_COMMAND))
              .then(() => app.canvas?.setDirty?.(true, true)) // the cleared error outlines
              .catch((e) => console.warn('[ModelManager] could not refresh the host model lists', e))
          } else {
            if (typeof app.refreshComboInNodes === 'function') void app.refreshComboInNodes()
            if (typeof app.refreshMissingModels === 'function') void app.refreshMissingModels()
          }
        } catch (e) {
          console.warn('[ModelManager] could not refresh the host model lists', e)
        }
      }, 300)
    }
  }
}

/** The root graph, its subgraph definitions and the graphs of subgraph nodes (each once). */
export function allGraphs(root: GraphLike | undefined): GraphLike[] {
  const out: GraphLike[] = []
  const visit = (g: GraphLike | undefined) => {
    if (!g || out.includes(g)) return
    out.push(g)
    const subs = g.subgraphs
    if (subs) for (const sg of subs instanceof Map ? subs.values() : Object.values(subs)) visit(sg)
    for (const n of g.nodes ?? g._nodes ?? []) visit(n.subgraph)
  }
  visit(root)
  return out
}

export interface ModelLink {
  url: string
  directory: string
  sha256: string
}

/**
 * Write `properties.models` into a serialized workflow (UI format, subgraph definitions
 * included) for each loader widget naming a model whose public link we know; the host's
 * own missing-models check reads them (`{name, url, directory, hash, hash_type}`).
 * Entries the node already declares for that name are kept. Returns how many were added.
 */
export function embedModelLinks(data: unknown, links: Map<string, ModelLink>): number {
  if (!links.size || !data || typeof data !== 'object') return 0
  const doc = data as { nodes?: unknown; definitions?: { subgraphs?: Array<{ nodes?: unknown }> } }
  const lists = [doc.nodes, ...(doc.definitions?.subgraphs ?? []).map((sg) => sg?.nodes)]
  let added = 0
  for (const nodes of lists) {
    if (!Array.isArray(nodes)) continue
    for (const node of nodes as Array<Record<string, unknown>>) {
      if (!node || typeof node !== 'object') continue
      const raw = node.widgets_values
      const values = Array.isArray(raw) ? raw : raw && typeof raw === 'object' ? Object.values(raw) : []
      const props = (node.properties && typeof node.properties === 'object' ? node.properties : {}) as Record<string, unknown>
      const models = Array.isArray(props.models) ? [...(props.models as Array<{ name?: unknown }>)] : []
      let changed = false
      for (const v of values) {
        if (typeof v !== 'string') continue
        const link = links.get(v.replace(/\\/g, '/'))
        if (!link || models.some((m) => m && m.name === v)) continue
        models.push({ name: v, url: link.url, directory: link.directory, hash: link.sha256, hash_type: 'sha256' } as { name: string })
        changed = true
        added++
      }
      if (changed) node.properties = { ...props, models }
    }
  }
  return added
}

/**
 * Save and export serialize the graph (`graph.serialize()`, also what the host's change
 * tracker and `graphToPrompt` use): add the known links to what it returns, never to the
 * live graph. `enabled()` is the embedModelLinks setting.
 */
export function installModelLinks(
  graph: GraphLike | undefined,
  links: () => Map<string, ModelLink>,
  enabled: () => boolean
): boolean {
  if (!graph || typeof graph.serialize !== 'function') return false
  const orig = graph.serialize
  graph.serialize = function (this: unknown, ...args: unknown[]) {
    const data = orig.apply(this ?? graph, args)
    try {
      if (enabled()) embedModelLinks(data, links())
    } catch (e) {
      console.warn('[ModelManager] could not write model links', e)
    }
    return data
  }
  return true
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
