// ComfyUI mode against a stand-in host page: the bundle is served at
// /extensions/<folder>/model-manager.js next to fake ../../scripts/app.js and
// api.js modules that implement the small part of the host API we use (checked
// against ComfyUI frontend 1.32.9). Real ComfyUI runs in the backend's slow tier.
import assert from 'node:assert/strict'
import { mkdirSync, readFileSync } from 'node:fs'
import http from 'node:http'
import { dirname, join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'

import { chromium } from 'playwright-core'

const HERE = dirname(fileURLToPath(import.meta.url))
const ROOT = join(HERE, '..', '..')
const ARTIFACTS = join(HERE, 'artifacts')
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

const now = Date.now() / 1000
const TASK = {
  taskId: 'task-1', url: 'https://example.com/m/lora-a.safetensors', folder: 'loras', pathIndex: 0, subfolder: 'styles',
  filename: 'lora-a.safetensors', status: 'running', downloadedBytes: 1048576, totalBytes: 4194304, progress: 0.25,
  bytesPerSecond: 524288, etaSeconds: 6, error: null, sha256: null, expectedSha256: null, createdAt: now, updatedAt: now
}
const SETTINGS = { concurrency: 2, progressInterval: 1, allowedHosts: ['example.com'], allowPickle: false, stallTimeout: 60, apiKeys: { civitai: null, huggingface: 'hf_a…wxyz' } }
const WORKFLOW = {
  nodes: [{ id: 1, type: 'LoraLoader', properties: { models: [{ name: 'need.safetensors', url: 'https://example.com/need.safetensors', directory: 'loras' }] } }],
  models: [
    { name: 'have.safetensors', url: 'https://example.com/have.safetensors', directory: 'checkpoints' },
    { name: 'vae-x.safetensors', url: 'https://example.com/vae-x.safetensors', directory: 'vae' }
  ]
}

const MODEL = {
  folder: 'loras', pathIndex: 0, relativePath: 'styles/a.safetensors', name: 'a', extension: '.safetensors', sizeBytes: 1024,
  createdAt: now, modifiedAt: now, sha256: null, sha256Source: null, autov2: null, architecture: 'lora', baseModel: 'SDXL', rule: null,
  hasPreview: false, previewUrl: null, description: null, triggerWords: [], source: null, sourceIds: null, scanned: true
}

const APP_JS = `
const WIDGETS = { LoraLoader: 'lora_name', CheckpointLoaderSimple: 'ckpt_name' }
window.LiteGraph = {
  NODE_TITLE_HEIGHT: 30,
  createNode: (type) => ({ type, pos: [0, 0], widgets: [{ name: WIDGETS[type] ?? 'x', value: null, options: { values: [] } }] })
}
export const app = {
  graph: { nodes: [], add(n) { (window.__added ||= []).push(n) }, setDirtyCanvas() {} },
  canvas: { ds: { visible_area: [0, 0, 800, 600] } },
  get canvasEl() { return document.getElementById('graph-canvas') },
  clientPosToCanvasPos: ([x, y]) => [x - 421, y],
  refreshComboInNodes() { window.__refreshed = (window.__refreshed || 0) + 1 },
  registerExtension(ext) { (window.__extensions ||= []).push(ext) },
  extensionManager: {
    registerSidebarTab(tab) { window.__tab = tab },
    toast: { add(m) { (window.__toasts ||= []).push(m) } },
    setting: { get: (id) => (id === 'Comfy.Locale' ? 'zh' : undefined) },
    command: { execute: (id) => (window.__executed ||= []).push(id) }
  }
}`
const API_JS = `
const target = new EventTarget()
export const api = {
  fetchApi: (route, options) => fetch('/api' + route, options),
  addEventListener: (t, cb) => target.addEventListener(t, cb),
  removeEventListener: (t, cb) => target.removeEventListener(t, cb),
  dispatchCustomEvent: (t, detail) => target.dispatchEvent(new CustomEvent(t, { detail }))
}
window.__api = api`
const INDEX = `<!doctype html><html class="dark-theme"><head>
<style data-primevue-style-id="button-variables">:root{--p-button-primary-background:#123456}</style>
<style>body{margin:0;background:#202020;--comfy-menu-bg:#353535;--fg-color:#fff;--border-color:#4e4e4e;--comfy-input-bg:#222}
#sidebar{width:420px;height:100vh;border-right:1px solid #444}</style></head>
<body><div id="sidebar"></div>
<div id="graph-canvas-container" style="position:absolute;left:421px;top:0;right:0;bottom:0"><canvas id="graph-canvas" width="600" height="700"></canvas></div>
</body></html>`

describe('ComfyUI mode (stand-in host)', { timeout: 60000 }, () => {
  let server, base, browser, page
  const posts = []

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true })
    const bundle = readFileSync(join(ROOT, 'web', 'model-manager.js'))
    const json = (res, status, body) => res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body))
    server = http.createServer((req, res) => {
      let body = ''
      req.on('data', (c) => (body += c))
      req.on('end', () => {
        const key = `${req.method} ${req.url}`
        if (req.url === '/') return res.writeHead(200, { 'Content-Type': 'text/html' }).end(INDEX)
        if (req.url === '/scripts/app.js') return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(APP_JS)
        if (req.url === '/scripts/api.js') return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(API_JS)
        if (req.url === '/extensions/comfyui-model-manager/model-manager.js')
          return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(bundle)
        if (key === 'GET /api/model-manager/models')
          return json(res, 200, { success: true, data: ['checkpoints', 'loras', 'vae'].map((f) => ({ folder: f, roots: [`/m/${f}`], extensions: ['.safetensors'] })) })
        if (key === 'GET /api/model-manager/models/loras') return json(res, 200, { success: true, data: [MODEL] })
        if (key === 'GET /api/model-manager/models/checkpoints' || key === 'GET /api/model-manager/models/vae') return json(res, 200, { success: true, data: [] })
        if (key === 'GET /api/model-manager/scan') return json(res, 200, { success: true, data: null })
        if (key === 'GET /api/model-manager/download/task') return json(res, 200, { success: true, data: [TASK] })
        if (key === 'POST /api/model-manager/download/init') return json(res, 200, { success: true, data: { settings: SETTINGS } })
        if (key === 'POST /api/model-manager/workflow/resolve') {
          // The declared models of the workflow, as the server resolves them (have.safetensors is on disk).
          const { workflow } = JSON.parse(body)
          const declared = [...(workflow.models ?? []), ...workflow.nodes.flatMap((n) => n.properties?.models ?? [])]
          const models = declared.map((m) => ({
            name: m.name, directory: m.directory, nodes: [], declared: true, status: m.name === 'have.safetensors' ? 'present' : 'download',
            candidates: m.name === 'have.safetensors' ? [] : [{ url: m.url, source: 'workflow', confidence: 0.9, match: 'name', directory: m.directory }]
          }))
          return json(res, 200, { success: true, data: { models, summary: { present: 1, relink: 0, download: 2, unresolved: 0 } } })
        }
        if (key === 'POST /api/model-manager/download') {
          posts.push(JSON.parse(body))
          return json(res, 200, { success: true, data: { ...TASK, taskId: `t${posts.length}`, status: 'queued' } })
        }
        json(res, 404, { success: false, error: 'Not Found' })
      })
    })
    await new Promise((r) => server.listen(0, '127.0.0.1', r))
    base = `http://127.0.0.1:${server.address().port}`
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    })
    page = await browser.newPage({ viewport: { width: 1100, height: 760 } })
    page.on('pageerror', (e) => console.error('[pageerror]', e.message))
    await page.goto(`${base}/`)
  })

  after(async () => {
    await browser?.close()
    server?.closeAllConnections?.()
    server?.close()
  })

  it('registers the extension, its command and its sidebar tab', async () => {
    await page.evaluate(() => import('/extensions/comfyui-model-manager/model-manager.js'))
    await page.waitForFunction(() => window.__extensions?.length === 1)
    const ext = await page.evaluate(() => {
      const e = window.__extensions[0]
      return { name: e.name, commands: e.commands.map((c) => c.id), menu: e.menuCommands, keys: e.keybindings.length, hooks: ['setup', 'beforeConfigureGraph', 'afterConfigureGraph'].filter((h) => typeof e[h] === 'function') }
    })
    assert.equal(ext.name, 'ModelManager.Sidebar')
    assert.deepEqual(ext.commands, ['ModelManager.Open', 'ModelManager.BrowseWide'])
    assert.deepEqual(ext.menu[0].commands, ['ModelManager.Open', 'ModelManager.BrowseWide'])
    assert.deepEqual(ext.hooks, ['setup', 'beforeConfigureGraph', 'afterConfigureGraph'])
    await page.evaluate(() => window.__extensions[0].setup())
    const tab = await page.evaluate(() => ({ id: window.__tab.id, icon: window.__tab.icon, type: window.__tab.type, title: window.__tab.title }))
    assert.deepEqual(tab, { id: 'model-manager', icon: 'pi pi-box', type: 'custom', title: '模型管理器' })
    await page.evaluate(() => window.__extensions[0].commands[0].function())
    assert.deepEqual(await page.evaluate(() => window.__executed), ['Workspace.ToggleSidebarTab.model-manager'])
  })

  it('renders in the tab element in the host locale, fed by api.fetchApi and api events', async () => {
    await page.evaluate(() => window.__tab.render(document.getElementById('sidebar')))
    const row = page.locator('#sidebar [data-testid="task-row"]')
    await row.waitFor()
    assert.equal(await page.locator('#sidebar [data-testid="tab-downloads"]').innerText().then((t) => t.trim().startsWith('下载列表')), true)
    assert.match(await row.locator('[data-testid="task-bytes"]').innerText(), /1\.0 MB \/ 4\.0 MB/)
    await page.evaluate((t) => window.__api.dispatchCustomEvent('update_download_task', { taskId: t.taskId, data: { ...t, downloadedBytes: 3145728, progress: 0.75, updatedAt: t.updatedAt + 1 } }), TASK)
    await page.waitForFunction(() => /3\.0 MB/.test(document.querySelector('[data-testid="task-bytes"]').textContent))
    await page.evaluate((t) => window.__api.dispatchCustomEvent('complete_download_task', { taskId: t.taskId, data: { ...t, status: 'completed', downloadedBytes: 4194304, progress: 1, updatedAt: t.updatedAt + 2 } }), TASK)
    await page.waitForFunction(() => document.querySelector('[data-testid="task-row"]').dataset.status === 'completed')
    // Announced through the host's toast, not our own.
    const toasts = await page.evaluate(() => window.__toasts)
    assert.deepEqual(toasts.map((t) => [t.severity, t.summary, t.detail]), [['success', '下载完成', 'lora-a.safetensors']])
    assert.equal(await page.locator('.p-toast').count(), 0)
    await page.waitForTimeout(1100) // progress bar transition
    await page.screenshot({ path: join(ARTIFACTS, '11-comfyui-sidebar.png') })
  })

  it("leaves the host's PrimeVue style tags alone", async () => {
    const styles = await page.evaluate(() => ({
      host: [...document.querySelectorAll('style[data-primevue-style-id]')].map((s) => [s.dataset.primevueStyleId, s.textContent]),
      ours: document.querySelectorAll('style[data-mm-style-id]').length,
      hostVar: getComputedStyle(document.documentElement).getPropertyValue('--p-button-primary-background').trim()
    }))
    assert.deepEqual(styles.host, [['button-variables', ':root{--p-button-primary-background:#123456}']])
    assert.ok(styles.ours > 0)
    assert.equal(styles.hostVar, '#123456')
  })

  it('finds missing workflow models after a graph loads and downloads them to their folders', async () => {
    await page.evaluate(async (wf) => {
      const e = window.__extensions[0]
      await e.beforeConfigureGraph(wf, [])
      await e.afterConfigureGraph([])
    }, WORKFLOW)
    const dialog = page.locator('[data-testid="missing-dialog"]')
    await dialog.waitFor()
    assert.equal(await dialog.locator('[data-testid="missing-row"]').count(), 2)
    await page.screenshot({ path: join(ARTIFACTS, '12-comfyui-missing-models.png') })
    await dialog.locator('[data-testid="missing-download-all"]').click()
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="missing-download"]').length === 0)
    const sorted = posts.map((p) => [p.folder, p.filename, p.url]).sort()
    assert.deepEqual(sorted, [
      ['loras', 'need.safetensors', 'https://example.com/need.safetensors'],
      ['vae', 'vae-x.safetensors', 'https://example.com/vae-x.safetensors']
    ])
  })

  it('adds a loader node with the file selected, by click and by dropping a card on the canvas; refreshes host lists', async () => {
    // The finished download of the earlier test refreshed the host's model lists.
    await page.waitForFunction(() => window.__refreshed >= 1)
    await page.keyboard.press('Escape')
    await page.click('#sidebar [data-testid="tab-models"]')
    const card = page.locator('#sidebar [data-testid="model-row"]')
    await card.waitFor()
    await card.locator('[data-testid="model-add"]').click()
    let added = await page.evaluate(() => window.__added.map((n) => [n.type, n.widgets[0].name, n.widgets[0].value, n.pos]))
    assert.deepEqual(added, [['LoraLoader', 'lora_name', 'styles/a.safetensors', [400, 300]]])
    await page.screenshot({ path: join(ARTIFACTS, '24-comfyui-models.png') })
    await page.dragAndDrop('#sidebar [data-testid="model-row"]', '#graph-canvas', { targetPosition: { x: 99, y: 200 } })
    await page.waitForFunction(() => window.__added.length === 2)
    added = await page.evaluate(() => window.__added.map((n) => [n.type, n.widgets[0].value, n.pos]))
    assert.deepEqual(added[1], ['LoraLoader', 'styles/a.safetensors', [99, 230]])
  })
})
