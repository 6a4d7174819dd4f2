import type { App as VueApp } from 'vue'

import { comfyTransport, type ComfyApiLike } from '@/api/transport'
import App from '@/components/App.vue'
import MissingModelsDialog from '@/components/MissingModelsDialog.vue'
import { announceTaskEvents, announceUpdates, createContext, watchLibrary } from '@/context'
import { messages, resolveLocale, updatesToastLabel, type AppLocale } from '@/i18n'
import { createMMApp } from '@/setupApp'
import { createMissingStore } from '@/stores/missing'
import type { ToastSink } from '@/stores/notify'

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
  const missing = createMissingStore(ctx.api, {
    host: { relink: (name, value) => actions.relinkModel?.(name, value) ?? 0 }
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
   * Our panel replaces the host's Missing Models dialog (which, in a browser, can
   * only open the URL, and whose modal mask covers ours): loads go through
   * `app.loadGraphData(data, clean, restoreView, workflow, options)` (frontend
   * 1.32), and `options.showMissingModelsDialog` says whether the host wants to
   * warn (false when re-opening a workflow tab). Ours follows that wish, and the
   * host's "Show missing models warning" setting (Comfy.Workflow.ShowMissingModelsWarning).
   */
  function takeOverMissingModelsDialog() {
    const orig = app.loadGraphData
    if (typeof orig !== 'function') return
    app.loadGraphData = async function (this: unknown, ...args: unknown[]) {
      const given = args[4]
      const options = given && typeof given === 'object' ? (given as Record<string, unknown>) : {}
      const prev = hostWouldWarn
      hostWouldWarn = options.showMissingModelsDialog !== false
      args.length = Math.max(args.length, 5)
      args[4] = { ...options, showMissingModelsDialog: false }
      try {
        return await orig.apply(this ?? app, args)
      } finally {
        hostWouldWarn = prev
      }
    }
  }
  takeOverMissingModelsDialog()

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
    missingApp = createMMApp(MissingModelsDialog, ctx, locale(), { store: missing })
    missingApp.mount(el)
  }

  app.registerExtension({
    name: 'ModelManager.Sidebar',
    commands: [
      {
        id: 'ModelManager.Open',
        label: label('open'),
        icon: 'pi pi-box',
        function: openTab
      },
      { id: 'ModelManager.BrowseWide', label: label('openWide'), icon: 'pi pi-window-maximize', function: openWide }
    ],
    menuCommands: [{ path: ['Extensions'], commands: ['ModelManager.Open', 'ModelManager.BrowseWide'] }],
    keybindings: [{ combo: { key: 'm', alt: true, shift: true }, commandId: 'ModelManager.Open' }],
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
          tabApp = createMMApp(App, ctx, locale())
          tabApp.mount(el)
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
      if (await missing.check(graphData, { declaredOnly })) ensureMissingApp()
    }
  })
}
