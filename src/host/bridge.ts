/**
 * Frontend 1.58's own missing-model panel, made to download on the server.
 *
 * The host reports missing models without a modal (a notice, then its Errors panel with
 * a Download button per model and "Download all"). Those buttons call
 * `dispatchModelDownload` (src/platform/missingModel/missingModelDownload.ts in the
 * wheel's source maps), which hands the model to `window.__comfyDesktop2.downloadModel(
 * url, name, directory) → Promise<boolean>` when that bridge exists and
 * `isRemote?.()` is false; otherwise, in a browser, it opens the URL (the file lands in
 * the user's Downloads folder).
 *
 * Defining that global for good is not safe: 1.58 reads `window.__comfyDesktop2` for
 * other things too — `billingTab.ts` treats any bridge as "popups go to the system
 * browser" (it would stop reserving the billing tab, and the later `window.open` after
 * an await gets blocked), `useAuthActions.ts` swallows a blocked sign-in popup as "taken
 * over by Desktop", `topupCheckoutReturnUrl.ts` changes the checkout return URL on
 * cloud, `main.ts` / telemetry read `.Auth` / `.Telemetry` at start-up, and template
 * input assets (`useTemplateWorkflows.ts`, only on the desktop build) call the bridge.
 * So the global is a getter that shows our bridge only while the host's own missing-model
 * Download / Download all click is being handled (that handler reaches
 * `modelDownloadRoute()` synchronously), and `undefined` at every other moment. A real
 * desktop bridge, present before us or set later, always wins.
 */

/** What the host's download buttons hand over: `missingModelDownload.ts` `ModelWithUrl`. */
export interface HostModel {
  name: string
  url: string
  directory: string
}

/** The host's allow-list (missingModelDownload.ts, frontend 1.58.1): which models get its Download button. */
const HOST_SOURCES = ['https://civitai.com/', 'https://civitai.red/', 'https://huggingface.co/']
const HOST_SUFFIXES = ['.safetensors', '.sft', '.ckpt', '.pth', '.pt']
const HOST_WHITELIST = new Set([
  'https://huggingface.co/stabilityai/stable-zero123/resolve/main/stable_zero123.ckpt',
  'https://huggingface.co/TencentARC/T2I-Adapter/resolve/main/models/t2iadapter_depth_sd14v1.pth?download=true',
  'https://github.com/xinntao/Real-ESRGAN/releases/download/v0.1.0/RealESRGAN_x4plus.pth',
  'http://localhost:8188/api/devtools/fake_model.safetensors'
])

/** Whether frontend 1.58's panel offers its own Download button for this model. */
export function hostOffersDownload(m: { name: string; url?: string | null }): boolean {
  const url = m.url ?? ''
  if (HOST_WHITELIST.has(url)) return true
  if (!HOST_SOURCES.some((s) => url.startsWith(s))) return false
  return HOST_SUFFIXES.some((s) => m.name.endsWith(s))
}

/** The host's buttons that dispatch a missing-model download (MissingModelRow.vue, MissingModelCard.vue). */
export const HOST_DOWNLOAD_BUTTONS = '[data-testid="missing-model-download"], [data-testid="missing-model-download-all"]'

const GLOBAL = '__comfyDesktop2'

/**
 * Route the host's missing-model Download buttons to `download` (see above). Returns
 * false (and does nothing) when a desktop bridge is already there or the global
 * cannot be defined.
 */
export function installDownloadBridge(
  download: (m: HostModel) => Promise<boolean>,
  win: Window & typeof globalThis = window
): boolean {
  const w = win as unknown as Record<string, unknown>
  if (w[GLOBAL] !== undefined || Object.getOwnPropertyDescriptor(win, GLOBAL)) return false
  let real: unknown = undefined
  let armed = false
  const bridge = Object.freeze({
    isRemote: () => false,
    downloadModel: (url: string, name: string, directory: string) =>
      download({ url: String(url), name: String(name), directory: String(directory) }).catch(() => false)
  })
  try {
    Object.defineProperty(win, GLOBAL, {
      configurable: true,
      enumerable: false,
      get: () => real ?? (armed ? bridge : undefined),
      set: (v: unknown) => {
        real = v
      }
    })
  } catch {
    return false
  }
  win.addEventListener(
    'click',
    (e) => {
      const t = e.target as Element | null
      if (!t || typeof t.closest !== 'function' || !t.closest(HOST_DOWNLOAD_BUTTONS)) return
      armed = true
      // The host's handler runs after this capture listener, in the same task.
      setTimeout(() => {
        armed = false
      }, 0)
    },
    true
  )
  return true
}
