import type { App as VueApp } from 'vue'

import { comfyTransport, type ComfyApiLike } from '@/api/transport'
import App from '@/components/App.vue'
import MissingModelsDialog from '@/components/MissingModelsDialog.vue'
import { announceTaskEvents, announceUpdates, createContext, watchLibrary } from '@/context'
import { messages, resolveLocale, updatesToastLabel, type AppLocale } from '@/i18n'
import { createMMApp, mountMMApp } from '@/setupApp'
import { createMissingStore } from '@/stores/missing'
import type { ToastSink } from '@/stores/notify'
import type { ResolvedModel } from '@/api/types'

import { hostOffersDownload, installDownloadBridge } from './bridge'
import { createWorkflowActions, installCanvasDrop, installModelLinks, type ModelLink, type WorkflowAppLike } from './workflow'

/* Minimal shapes of ComfyUI's `app` we rely on (checked against frontend 1.32.9). */
interface ComfyAppLike extends Omit<WorkflowAppLike, 'graph'> {
  registerExtension(ext: Record<string, unknown>): void
  graph?: WorkflowAppLike['graph'] & { _nodes?: unknown[] }
  extensionManager?: {
    registerSidebarTab?(tab: Record<string, unknown>): void
    toast?: { add?(msg: Record<string, unknown>): void }
    setting?: { get?(id: string): unknown }
    command?: { execute?(id: string): unknown }
    sidebarTab?: { toggleSidebarTab?(id: string): void }
  }
  ui?: { settings?: { getSettingValue?(id: string): unknown } }
  loadGraphData?: (...args: unknown[]) => Promise<unknown>
}

const TAB_ID = 'model-manager'
const OPEN_COMMAND = 'ModelManager.Open'
/** Our default combo, registered only where the host has nothing on it (see freeCombo). */
const DEFAULT_COMBO = { key: 'm', alt: true, shift: true }

type Combo = { key: string; ctrl?: boolean; alt?: boolean; shift?: boolean; meta?: boolean }

/**
 * A Pinia store of the host frontend by id. Neither frontend 1.32 nor 1.58 hands its
 * keybinding store to extensions (`app.extensionManager` has command, setting, toast,
 * ...), so we read it where Vue keeps it: the host app's `$pinia` on its mount element.
 */
function hostStore(id: string): Record<string, unknown> | null {
  for (const el of Array.from(document.querySelectorAll('[data-v-app]'))) {
    const vueApp = (el as { __vue_app__?: { config?: { globalProperties?: Record<string, unknown> } } }).__vue_app__
    const pinia = vueApp?.config?.globalProperties?.$pinia as { _s?: Map<string, Record<string, unknown>> } | undefined
    const store = pinia?._s?.get(id)
    if (store) return store
  }
  return null
}

/**
 * Whether `combo` is free in the host's keybinding store (`keybindings`: the core
 * defaults, every extension's and the user's; 1.32 and 1.58 alike). When the store
 * cannot be read, it is not free: a default combo is a convenience, an error toast on
 * every load (1.58: "Keybinding on Alt + Shift + m already exists on
 * Comfy.Canvas.ToggleMinimap") is not. The command stays in the palette either way.
 */
export function freeCombo(combo: Combo, store: Record<string, unknown> | null = hostStore('keybinding')): boolean {
  const list = store?.keybindings
  if (!Array.isArray(list)) return false
  const norm = (c: Partial<Combo> | undefined) =>
    c && typeof c.key === 'string' ? [c.key.toLowerCase(), !!c.ctrl, !!c.alt, !!c.shift, !!c.meta].join(':') : ''
  const want = norm(combo)
  return !list.some((kb) => norm((kb as { combo?: Combo } | null)?.combo) === want)
}
/** Relative to /extensions/<folder>/model-manager.js; kept external by the build. */
const APP_MODULE = '../../scripts/app.js'
const API_MODULE = '../../scripts/api.js'

function readSetting(app: ComfyAppLike, id: string): unknown {
  try {
    return app.extensionManager?.setting?.get?.(id) ?? app.ui?.settings?.getSettingValue?.(id)
  } catch {
    return undefined
  }
}

function hostLocale(app: ComfyAppLike): AppLocale {
  const raw = readSetting(app, 'Comfy.Locale')
  return resolveLocale(typeof raw === 'string' ? raw : navigator.language)
}

export async function startComfy() {
  const [{ app }, { api }] = (await Promise.all([
    import(/* @vite-ignore */ APP_MODULE),
    import(/* @vite-ignore */ API_MODULE)
  ])) as [{ app: ComfyAppLike }, { api: ComfyApiLike }]

  const hostToast: ToastSink | null =
    typeof app.extensionManager?.toast?.add === 'function'
      ? (m) => app.extensionManager!.toast!.add!({ ...m })
      : null
  const actions = createWorkflowActions(app as WorkflowAppLike)
  const ctx = createContext(comfyTransport(api), hostToast, actions)
  /**
   * Frontend 1.58 and later report missing models themselves, without a modal: a notice
   * and their Errors panel, refreshed by `app.refreshMissingModels` (absent in 1.32).
   * There ours is a non-modal panel for what the host cannot offer (a copy to relink, a
   * link outside its allow-list, a source only we found; see `hostCanOffer`), and the
   * host's own Download buttons download on the server through ours (bridge.ts). Before
   * that, the host shows a modal dialog, which ours replaces.
   */
  const hostReportsMissing = typeof (app as { refreshMissingModels?: unknown }).refreshMissingModels === 'function'
  /** The link the workflow itself declares for a model (properties.models / models): the resolver's `workflow` candidate. */
  const declared = (m: ResolvedModel) => m.candidates.find((c) => c.source === 'workflow')?.url
  /** Whether 1.58's panel offers this model's download itself: the workflow's own link, on its allow-list. */
  const hostCanOffer = (m: ResolvedModel) => {
    const url = declared(m)
    return m.status === 'download' && !!url && hostOffersDownload({ name: m.name, url })
  }
  const missing = createMissingStore(ctx.api, {
    host: { relink: (name, value) => actions.relinkModel?.(name, value) ?? 0 },
    // with a host panel: what it cannot offer, and what nobody can but the host lists anyway stays there
    only: hostReportsMissing ? (m) => m.status !== 'unresolved' && !hostCanOffer(m) : undefined
  })
  /** Public links of the models the last resolves know (present, source known): for save / export. */
  const knownLinks = (): Map<string, ModelLink> => new Map([...ctx.workflow.knownLinks(), ...missing.knownLinks()])
  const locale = () => hostLocale(app)
  const hostSetting = (id: string) => readSetting(app, id)
  const label = (key: 'title' | 'open' | 'tooltip' | 'openWide') => messages[locale()].modelManager.host[key]

  let tabApp: VueApp | null = null
  let missingApp: VueApp | null = null
  let lastGraphData: unknown = null
  /** The first graph configured is the one restored at start-up. */
  let firstLoad = true
  /** Whether the graph being configured would get the host's missing-models dialog. */
  let hostWouldWarn = true

  /**
   * Follow the host's wish to warn about missing models. Loads go through
   * `app.loadGraphData(data, clean, restoreView, workflow, options)`:
   * - frontend 1.32: `options.showMissingModelsDialog` (false when re-opening a workflow
   *   tab); ours replaces that dialog (which, in a browser, can only open the URL, and
   *   whose modal mask covered ours), so the host is told not to show it;
   * - frontend 1.58: `options.skipAssetScans` (re-opening a tab) and
   *   `options.silentAssetErrors` (undo / redo) mean the host stays quiet; ours too.
   *   The options are passed on untouched.
   * Plus the host's "Show missing models warning" setting (Comfy.Workflow.ShowMissingModelsWarning).
   */
  function followMissingModelsWarning() {
    const orig = app.loadGraphData
    if (typeof orig !== 'function') return
    app.loadGraphData = async function (this: unknown, ...args: unknown[]) {
      const given = args[4]
      const options = given && typeof given === 'object' ? (given as Record<string, unknown>) : {}
      const prev = hostWouldWarn
      if (hostReportsMissing) {
        hostWouldWarn = options.skipAssetScans !== true && options.silentAssetErrors !== true
      } else {
        hostWouldWarn = options.showMissingModelsDialog !== false
        args.length = Math.max(args.length, 5)
        args[4] = { ...options, showMissingModelsDialog: false }
      }
      try {
        return await orig.apply(this ?? app, args)
      } finally {
        hostWouldWarn = prev
      }
    }
  }
  followMissingModelsWarning()

  function openTab() {
    const em = app.extensionManager
    if (em?.command?.execute) return em.command.execute(`Workspace.ToggleSidebarTab.${TAB_ID}`)
    em?.sidebarTab?.toggleSidebarTab?.(TAB_ID)
  }

  /** The wide model browser lives in the tab's app: open the tab first when it is closed. */
  async function openWide() {
    if (!tabApp) await openTab()
    ctx.models.wide.value = true
  }

  function ensureMissingApp() {
    if (missingApp) return
    const el = document.createElement('div')
    el.className = 'mm-missing-host'
    document.body.appendChild(el)
    missingApp = mountMMApp(createMMApp(MissingModelsDialog, ctx, locale(), { store: missing }), el)
  }

  /** The host's Download button (through the bridge): a server download, shown in our panel. */
  async function downloadForHost(m: { name: string; url: string; directory: string }): Promise<boolean> {
    missing.ui.modal = false
    ensureMissingApp()
    return missing.take(m)
  }
  if (hostReportsMissing) installDownloadBridge(downloadForHost)

  app.registerExtension({
    name: 'ModelManager.Sidebar',
    commands: [
      {
        id: OPEN_COMMAND,
        label: label('open'),
        icon: 'pi pi-box',
        function: openTab
      },
      { id: 'ModelManager.BrowseWide', label: label('openWide'), icon: 'pi pi-window-maximize', function: openWide }
    ],
    menuCommands: [{ path: ['Extensions'], commands: [OPEN_COMMAND, 'ModelManager.BrowseWide'] }],
    keybindings: freeCombo(DEFAULT_COMBO) ? [{ combo: DEFAULT_COMBO, commandId: OPEN_COMMAND }] : [],
    setup() {
      app.extensionManager?.registerSidebarTab?.({
        id: TAB_ID,
        icon: 'pi pi-box',
        title: label('title'),
        tooltip: label('tooltip'),
        type: 'custom',
        render(el: HTMLElement) {
          tabApp?.unmount()
          // The host hands us an unsized <div> inside its (sized) panel: fill it.
          el.style.height = '100%'
          el.style.minHeight = '0'
          tabApp = mountMMApp(createMMApp(App, ctx, locale()), el)
        },
        destroy() {
          tabApp?.unmount()
          tabApp = null
        }
      })
      // Keep the task list live even while the tab is closed (badge, toasts).
      announceTaskEvents(ctx, (key) => messages[locale()].modelManager.downloads[key])
      announceUpdates(ctx, updatesToastLabel(locale))
      watchLibrary(ctx)
      installCanvasDrop(app as WorkflowAppLike, actions)
      installModelLinks(app.graph, knownLinks, () => ctx.settings.settings.value?.embedModelLinks !== false)
      void ctx.settings.load()
      ctx.tasks.attach()
      missing.attach()
      void ctx.tasks.load()
    },
    beforeConfigureGraph(graphData: unknown) {
      lastGraphData = graphData
    },
    async afterConfigureGraph() {
      // Every model the workflow uses (widget values, properties.models, subgraphs), resolved on the server.
      const graphData = lastGraphData
      lastGraphData = null
      // The workflow restored at start-up (or the host's default one) was not just opened by
      // the user: like the host, warn there only for models a models list declares.
      const declaredOnly = firstLoad
      firstLoad = false
      if (!graphData || !hostWouldWarn || hostSetting('Comfy.Workflow.ShowMissingModelsWarning') === false) return
      if (!(await missing.check(graphData, { declaredOnly }))) return
      // Modal only where the host would have been: 1.32's dialog warns about the models
      // a workflow declares with a link (properties.models / models); the rest (names in
      // widgets only) get the panel, not modal. 1.58: never modal.
      missing.ui.modal = !hostReportsMissing && missing.listed.value.some((m) => !!declared(m))
      ensureMissingApp()
    }
  })
}
