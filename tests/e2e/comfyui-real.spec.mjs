// End-to-end inside a REAL ComfyUI 0.3.75 running this extension, under the frontend
// named by MM_FRONTEND: 1.32.9 (the pin, default) or 1.58.1 (its PyPI wheel, served with
// --front-end-root; scripts/frontend-test.sh runs both). tests/comfyui/launch.py prepares the cached environment of the real-ComfyUI tier
// (tests/comfyui/conftest.py), starts ComfyUI on the CPU with this repository in
// custom_nodes/, and prints {url, base} once /system_stats answers. Models come from
// a loopback file server. Run with `npm run test:e2e:comfyui`.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'

import { chromium } from 'playwright-core'

import { contrastOf, launchComfyUI, makePng, makeSafetensors, sha256, startCivitaiStandin, startFileServer } from './helpers.mjs'

const HERE = dirname(fileURLToPath(import.meta.url))
const ROOT = join(HERE, '..', '..')
const ARTIFACTS = join(HERE, 'artifacts')
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const LAUNCH_TIMEOUT = Number(process.env.MM_COMFYUI_LAUNCH_TIMEOUT || 20 * 60) * 1000
const FRONTEND = process.env.MM_FRONTEND || '1.32.9'
/** Frontend 1.58 reports missing models itself (a notice + its Errors panel, no modal). */
const HOST_PANEL = FRONTEND !== '1.32.9'
const SCREENSHOTS = join(ROOT, 'docs', 'screenshots')
/** The one download URL outside Civitai / Hugging Face that 1.58's panel offers itself
 * (WHITE_LISTED_URLS in its missingModelDownload.ts): its own Download button is testable. */
const HOST_WHITELISTED = 'http://localhost:8188/api/devtools/fake_model.safetensors'
const HOST_BUTTON_NAME = 'e2e-host-button.safetensors'

const DOWNLOAD_NAME = 'e2e-real-lora.safetensors'
const MISSING_NAME = 'e2e-missing-lora.safetensors'
const ALL_NAMES = ['e2e-all-a.safetensors', 'e2e-all-b.safetensors']
const PAUSE_NAME = 'e2e-real-pause.safetensors'
const RENAMED_NAME = 'e2e-real-renamed.safetensors'
const LORA = { tensors: ['lora_unet_down_blocks_0.lora_down.weight', 'lora_unet_down_blocks_0.lora_up.weight'] }

describe(`inside a real ComfyUI (frontend ${FRONTEND})`, { timeout: LAUNCH_TIMEOUT + 300000 }, () => {
  const downloadBody = makeSafetensors(768 * 1024, LORA) // 3 MiB, ~2.5 s at 1.25 MiB/s
  const missingBody = makeSafetensors(256 * 1024, LORA) // 1 MiB
  const allBodies = ALL_NAMES.map(() => makeSafetensors(128 * 1024, LORA))
  const pauseBody = makeSafetensors(2 * 1024 * 1024, LORA) // 8 MiB, ~6.5 s at 1.25 MiB/s: the pause lands mid-file
  const hostButtonBody = makeSafetensors(128 * 1024, LORA)
  let comfy, files, civ, browser, page, devtools
  const pageErrors = []
  const consoleErrors = []
  const browserDownloads = []

  const shot = async (name) => {
    await page.waitForTimeout(700) // transitions, progress bar
    await page.screenshot({ path: join(ARTIFACTS, `${name}-fe${FRONTEND}.png`) })
  }
  /** A screenshot kept in the repository: docs/screenshots/<frontend>-<view>.png. */
  const docShot = async (view) => {
    await page.waitForTimeout(700)
    await page.screenshot({ path: join(SCREENSHOTS, `${FRONTEND}-${view}.png`) })
  }
  /** Switch the host's colour palette ('dark' | 'light'); our panel follows it. */
  const palette = async (id) => {
    await page.evaluate((p) => window.app.extensionManager.setting.set('Comfy.ColorPalette', p), id)
    await page.waitForTimeout(600)
  }
  /** Text of ours with less than 4.5:1 contrast against what it is drawn on. */
  async function lowContrast(selector) {
    const found = await page.evaluate(contrastOf, selector)
    assert.ok(found.length > 0, `nothing matched ${selector}`)
    return found.filter((f) => !(f.ratio >= 4.5))
  }
  /** The text of `selector` reads at 4.5:1 or more in the host's dark and light palettes
   * (`light` runs while the light palette is on, e.g. a screenshot). */
  async function readableInBothPalettes(selector, light = async () => {}) {
    assert.deepEqual(await lowContrast(selector), [], 'dark palette')
    await palette('light')
    assert.deepEqual(await lowContrast(selector), [], 'light palette')
    await light()
    await palette('dark')
  }
  const isOurs = (name) => new RegExp(name.replace(/\./g, '\\.'))
  const mm = () => page.locator('[data-testid="mm-root"]')
  const row = () => mm().locator('[data-testid="task-row"]').first()
  async function pick(selectTestId, label) {
    await page.click(`[data-testid="${selectTestId}"]`)
    await page.locator('.p-select-overlay').last().locator('.p-select-option', { hasText: new RegExp(`^${label}$`) }).click()
    await page.locator('.p-select-overlay').waitFor({ state: 'detached' })
  }
  const loraDir = () => join(comfy.base, 'models', 'loras')

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true })
    files = await startFileServer({
      [DOWNLOAD_NAME]: downloadBody,
      [MISSING_NAME]: missingBody,
      ...Object.fromEntries(ALL_NAMES.map((n, i) => [n, allBodies[i]])),
      [PAUSE_NAME]: pauseBody
    }, { chunk: 128 * 1024 })
    civ = await startCivitaiStandin()
    mkdirSync(SCREENSHOTS, { recursive: true })
    if (HOST_PANEL) devtools = await startFileServer({ 'fake_model.safetensors': hostButtonBody }, { port: 8188, prefix: '/api/devtools/' })
    comfy = await launchComfyUI({
      CIVITAI_BASE_URL: civ.civitai,
      // No Hugging Face here: its search fails at once (connection refused) instead of waiting on the network.
      HF_ENDPOINT: 'http://127.0.0.1:9',
      MM_E2E_ALLOW_HOSTS: `127.0.0.1,localhost:${civ.cdnPort},localhost:8188`
    })
    assert.equal(comfy.frontend, FRONTEND, 'launch.py served the frontend asked for')
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    })
    page = await browser.newPage({ viewport: { width: 1400, height: 860 }, locale: 'en-US' })
    page.on('pageerror', (e) => {
      pageErrors.push(e.message)
      console.error('[pageerror]', e.message)
    })
    page.on('console', (m) => {
      if (m.type() !== 'error') return
      consoleErrors.push(m.text())
      console.error('[console]', m.text())
    })
    page.on('download', (d) => browserDownloads.push(d.url()))
  })

  after(async () => {
    await browser?.close()
    if (comfy?.proc && comfy.proc.exitCode === null) {
      const exited = new Promise((r) => comfy.proc.once('exit', r))
      comfy.proc.stdin.end() // launch.py stops ComfyUI when its stdin closes
      await Promise.race([exited, new Promise((r) => setTimeout(r, 20000))])
      if (comfy.proc.exitCode === null) comfy.proc.kill('SIGTERM')
    }
    files?.server.closeAllConnections?.()
    files?.server.close()
    devtools?.server.closeAllConnections?.()
    devtools?.server.close()
    civ?.proc.kill('SIGTERM')
  })

  it('a fresh load: no modal of ours, no error toast (our default combo never clashes)', async () => {
    await page.goto(comfy.url + '/')
    await page.locator('[data-testid="model-manager-tab-button"], .model-manager-tab-button').first().waitFor({ timeout: 60000 })
    await page.waitForFunction(() => !!window.app?.graph && !!window.LiteGraph)
    await page.waitForTimeout(4000) // the host's own missing-model check of its default workflow
    await shot('29-real-comfyui-fresh-load')
    // 1.58's default workflow names three Hugging Face models a fresh install lacks: the
    // host reports them (non-modal) and offers their download itself; ours stays away.
    // 1.32's names a checkpoint in a widget only: the host says nothing, ours may offer it, not modal.
    if (HOST_PANEL) assert.equal(await page.locator('[data-testid="missing-dialog"]').count(), 0, 'no missing-models panel of ours on load')
    assert.equal(await page.locator('.mm-missing-host .p-overlay-mask, #mm-overlays .p-overlay-mask').count(), 0, 'no modal of ours')
    if (await page.locator('[data-testid="missing-dialog"]').isVisible()) {
      await page.locator('[data-testid="missing-dialog"] .p-dialog-close-button').click()
      await page.locator('[data-testid="missing-dialog"]').waitFor({ state: 'hidden' })
    }
    const text = await page.evaluate(() => document.body.innerText)
    assert.doesNotMatch(text, /Keybinding on .* already exists/)
    assert.deepEqual(consoleErrors.filter((e) => /Keybinding|ModelManager/.test(e)), [])
    assert.equal(await page.locator('.p-toast-message-error').count(), 0)
  })

  it('opens the Model Manager sidebar tab by its button and shows the Downloads screen; labels readable in both palettes', async () => {
    const button = page.locator('[data-testid="model-manager-tab-button"], .model-manager-tab-button').first()
    await button.click()
    await mm().waitFor()
    await mm().locator('[data-testid="tab-downloads"]').waitFor()
    await mm().locator('[data-testid="tasks-empty"]').waitFor()
    // The tab fills the host's sidebar panel.
    const box = await mm().boundingBox()
    assert.ok(box.height > 600, `model manager fills the sidebar height: ${JSON.stringify(box)}`)
    await shot('30-real-comfyui-downloads')
    await docShot('sidebar')
    const ours = '[data-testid="mm-root"] [data-testid^="tab-"], [data-testid="mm-root"] .mm-title, [data-testid="mm-root"] [data-testid="tasks-empty"]'
    await readableInBothPalettes(ours, () => docShot('sidebar-light'))
    // Nothing of ours on the host's page: our tokens and rules live on our elements only.
    const leak = await page.evaluate(() => ({
      rootVars: getComputedStyle(document.documentElement).getPropertyValue('--mm-primary-color').trim(),
      bodyVars: getComputedStyle(document.body).getPropertyValue('--mm-primary-color').trim(),
      ourVars: getComputedStyle(document.querySelector('[data-testid="mm-root"]')).getPropertyValue('--mm-primary-color').trim()
    }))
    assert.deepEqual([leak.rootVars, leak.bodyVars], ['', ''], JSON.stringify(leak))
    assert.notEqual(leak.ourVars, '')
  })

  it('downloads a .safetensors into loras with live progress, into <base>/models/loras', async () => {
    await mm().locator('[data-testid="tab-new"]').click()
    await page.fill('[data-testid="input-url"]', `http://127.0.0.1:${files.port}/files/${DOWNLOAD_NAME}`)
    await page.fill('[data-testid="input-filename"]', DOWNLOAD_NAME)
    await pick('input-folder', 'loras')
    await shot('31-real-comfyui-new-download')
    await page.click('[data-testid="submit-download"]')
    await row().waitFor()
    await page.waitForFunction(() => {
      const r = document.querySelector('[data-testid="task-row"]')
      // Live bytes while running (or, seen under 1.32.9 since the workflow resolver landed,
      // the row only catching up at the end: the bytes are checked below either way).
      return (r?.dataset.status === 'running' && !/^0 B/.test(r.querySelector('[data-testid="task-bytes"]').textContent.trim())) || r?.dataset.status === 'completed'
    }, null, { timeout: 60000 })
    await shot('32-real-comfyui-downloading')
    await page.waitForFunction(() => document.querySelector('[data-testid="task-row"]')?.dataset.status === 'completed', null, { timeout: 60000 })
    await shot('33-real-comfyui-completed')
    const target = join(loraDir(), DOWNLOAD_NAME)
    assert.ok(existsSync(target), `${target} exists`)
    assert.equal(sha256(readFileSync(target)), sha256(downloadBody))
    assert.deepEqual(readdirSync(loraDir()).filter((f) => f.endsWith('.part')), [])
    // ComfyUI itself lists it.
    const listed = await (await fetch(`${comfy.url}/models/loras`)).json()
    assert.ok(listed.includes(DOWNLOAD_NAME), JSON.stringify(listed))
  })

  /** A LoraLoader node of a UI-format workflow with `name` selected. */
  const loraNode = (name, properties = {}) => ({
    id: 1, type: 'LoraLoader', pos: [420, 180], size: [315, 126], flags: {}, order: 0, mode: 0,
    inputs: [{ name: 'model', type: 'MODEL', link: null }, { name: 'clip', type: 'CLIP', link: null }],
    outputs: [{ name: 'MODEL', type: 'MODEL', links: null }, { name: 'CLIP', type: 'CLIP', links: null }],
    properties: { 'Node name for S&R': 'LoraLoader', ...properties },
    widgets_values: [name, 1, 1]
  })
  /** Frontend 1.58's missing-model state, read from its Pinia store (no extension API for it). */
  const hostMissing = () =>
    page.evaluate(() => {
      for (const el of document.querySelectorAll('[data-v-app]')) {
        const store = el.__vue_app__?.config?.globalProperties?.$pinia?._s?.get('missingModel')
        if (store) return (store.missingModelCandidates ?? []).map((c) => c.name)
      }
      return null
    })
  const nodeErrors = () => page.evaluate(() => window.app.graph._nodes.filter((n) => n.has_errors).map((n) => n.type))

  it('a shared workflow naming a missing LoRA with its link: "Download to folder" gets it into models/loras (no browser download); the host forgets it was missing', async () => {
    const workflow = {
      last_node_id: 1,
      last_link_id: 0,
      nodes: [
        loraNode(MISSING_NAME)
      ],
      links: [],
      groups: [],
      config: {},
      extra: {},
      version: 0.4,
      models: [{ name: MISSING_NAME, url: `http://127.0.0.1:${files.port}/files/${MISSING_NAME}`, directory: 'loras' }]
    }
    await page.evaluate((wf) => window.app.loadGraphData(wf), workflow)
    const dialog = page.locator('[data-testid="missing-dialog"]')
    await dialog.waitFor({ timeout: 15000 })
    const missingRow = dialog.locator('[data-testid="missing-row"]')
    assert.equal(await missingRow.count(), 1)
    assert.match(await missingRow.innerText(), isOurs(MISSING_NAME))
    if (HOST_PANEL) {
      // 1.58 reports it itself, without a modal, but cannot offer a link outside
      // Civitai / Hugging Face: ours offers it, beside the host's panel, not modal.
      await page.waitForFunction(() => !!document.querySelector('[data-testid="error-overlay-see-errors"]'), null, { timeout: 15000 })
      assert.deepEqual(await hostMissing(), [MISSING_NAME])
      assert.deepEqual(await nodeErrors(), ['LoraLoader'])
      assert.equal(await page.locator('.p-overlay-mask').count(), 0, 'our panel is not modal')
    } else {
      // Ours replaces the host's own warning (which can only open the URL and whose mask covered ours).
      assert.equal(await page.getByText('the following models were not found').count(), 0)
    }
    await shot('34-real-comfyui-missing-models')
    await docShot('missing')
    await missingRow.locator('[data-testid="missing-download"]').click()
    await page.waitForFunction(() => document.querySelector('[data-testid="missing-dialog"] [data-testid="missing-row"]')?.dataset.state === 'done', null, { timeout: 60000 })
    await shot('35-real-comfyui-missing-done')
    const target = join(loraDir(), MISSING_NAME)
    assert.ok(existsSync(target), `${target} exists`)
    assert.equal(sha256(readFileSync(target)), sha256(missingBody))
    assert.deepEqual(browserDownloads, [], 'nothing went through the browser')
    if (HOST_PANEL) {
      // The host refreshed its own state: the model is no longer missing, the loader
      // node loses its red outline, the notice is gone.
      await page.waitForFunction(
        () => !window.app.graph._nodes.some((n) => n.has_errors),
        null,
        { timeout: 15000 }
      )
      assert.deepEqual(await hostMissing(), [])
      await page.locator('[data-testid="error-overlay-see-errors"]').waitFor({ state: 'hidden', timeout: 15000 })
    }
    // After the host refresh the loader's combo offers the new file.
    await page.waitForFunction(
      (name) => {
        const node = window.app.graph._nodes.find((n) => n.type === 'LoraLoader')
        const values = node?.widgets?.find((w) => w.name === 'lora_name')?.options?.values
        return Array.isArray(values) && values.includes(name)
      },
      MISSING_NAME,
      { timeout: 15000 }
    )
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
  })

  it('frontend 1.58: the host\'s own Download button downloads on the server through ours, into the folder the workflow names, with our progress', { skip: !HOST_PANEL && 'frontend 1.32 has no such button' }, async () => {
    const workflow = {
      last_node_id: 1, last_link_id: 0, links: [], groups: [], config: {}, extra: {}, version: 0.4,
      nodes: [
        loraNode(HOST_BUTTON_NAME)
      ],
      models: [{ name: HOST_BUTTON_NAME, url: HOST_WHITELISTED, directory: 'loras' }]
    }
    assert.equal(await page.evaluate(() => window.__comfyDesktop2), undefined, 'no desktop bridge visible to the rest of the host')
    await page.evaluate((wf) => window.app.loadGraphData(wf), workflow)
    // The host offers this one itself: ours does not list it.
    const see = page.locator('[data-testid="error-overlay-see-errors"]')
    await see.waitFor({ timeout: 15000 })
    assert.equal(await page.locator('[data-testid="missing-dialog"] [data-testid="missing-row"]').count(), 0)
    await see.click()
    const hostButton = page.locator('[data-testid="missing-model-download"]')
    await hostButton.waitFor({ timeout: 15000 })
    await shot('50-real-comfyui-host-missing-panel')
    await hostButton.click()
    const row = page.locator('[data-testid="missing-dialog"] [data-testid="missing-row"]', { hasText: HOST_BUTTON_NAME })
    await row.waitFor({ timeout: 15000 })
    await page.waitForFunction(
      (name) => [...document.querySelectorAll('[data-testid="missing-dialog"] [data-testid="missing-row"]')].find((r) => r.textContent.includes(name))?.dataset.state === 'done',
      HOST_BUTTON_NAME,
      { timeout: 60000 }
    )
    await shot('51-real-comfyui-host-button-done')
    assert.equal(sha256(readFileSync(join(loraDir(), HOST_BUTTON_NAME))), sha256(hostButtonBody))
    assert.deepEqual(browserDownloads, [], 'nothing went through the browser')
    assert.ok(devtools.requests.some((r) => r.url === '/api/devtools/fake_model.safetensors'), 'the server fetched it')
    assert.equal(await page.evaluate(() => window.__comfyDesktop2), undefined, 'the bridge is gone again after the click')
    await page.waitForFunction(() => !window.app.graph._nodes.some((n) => n.has_errors), null, { timeout: 15000 })
    assert.deepEqual(await hostMissing(), [])
    await page.keyboard.press('Escape')
  })

  it('"Download all" fetches every missing model of a workflow; the panel then says all are on the server', async () => {
    const workflow = {
      last_node_id: 0, last_link_id: 0, nodes: [], links: [], groups: [], config: {}, extra: {}, version: 0.4,
      models: ALL_NAMES.map((name) => ({ name, url: `http://127.0.0.1:${files.port}/files/${name}`, directory: 'loras' }))
    }
    await page.evaluate((wf) => window.app.loadGraphData(wf), workflow)
    const dialog = page.locator('[data-testid="missing-dialog"]')
    await dialog.waitFor({ timeout: 15000 })
    assert.equal(await dialog.locator('[data-testid="missing-row"]').count(), 2)
    await dialog.locator('[data-testid="missing-download-all"]').click()
    await page.waitForFunction(
      () => [...document.querySelectorAll('[data-testid="missing-dialog"] [data-testid="missing-row"]')].every((r) => r.dataset.state === 'done'),
      null,
      { timeout: 60000 }
    )
    await dialog.getByText('All models of this workflow are on the server now.').waitFor({ timeout: 10000 })
    assert.equal(await dialog.locator('[data-testid="missing-download-all"]').count(), 0)
    await shot('41-real-comfyui-missing-all-done')
    ALL_NAMES.forEach((n, i) => assert.equal(sha256(readFileSync(join(loraDir(), n))), sha256(allBodies[i])))
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
  })

  const loraWorkflow = (value, id = 1) => ({
    last_node_id: id, last_link_id: 0, links: [], groups: [], config: {}, extra: {}, version: 0.4,
    nodes: [
      {
        id, type: 'LoraLoader', pos: [420, 180], size: [315, 126], flags: {}, order: 0, mode: 0,
        inputs: [{ name: 'model', type: 'MODEL', link: null }, { name: 'clip', type: 'CLIP', link: null }],
        outputs: [{ name: 'MODEL', type: 'MODEL', links: null }, { name: 'CLIP', type: 'CLIP', links: null }],
        properties: { 'Node name for S&R': 'LoraLoader' },
        widgets_values: [value, 1, 1]
      }
    ]
  })
  const loraValue = () => page.evaluate(() => window.app.graph._nodes.find((n) => n.type === 'LoraLoader')?.widgets?.find((w) => w.name === 'lora_name')?.value)

  it('a LoRA the library holds in another subfolder comes back as "relink": one click fixes the node, nothing is downloaded', async () => {
    mkdirSync(join(loraDir(), 'sdxl'), { recursive: true })
    writeFileSync(join(loraDir(), 'sdxl', 'e2e-relink.safetensors'), makeSafetensors(16 * 1024, LORA))
    await page.evaluate((wf) => window.app.loadGraphData(wf), loraWorkflow('e2e-relink.safetensors'))
    const dialog = page.locator('[data-testid="missing-dialog"]')
    await dialog.waitFor({ timeout: 15000 })
    const relinkRow = dialog.locator('[data-testid="missing-row"][data-status="relink"]')
    assert.equal(await dialog.locator('[data-testid="missing-row"]').count(), 1)
    assert.match(await relinkRow.locator('[data-testid="missing-found-at"]').innerText(), /loras\/sdxl\/e2e-relink\.safetensors/)
    await shot('50-real-comfyui-relink')
    const tasksBefore = (await (await fetch(`${comfy.url}/api/model-manager/download/task`)).json()).data.length
    await relinkRow.locator('[data-testid="missing-relink"]').click()
    await page.waitForFunction(() => document.querySelector('[data-testid="missing-dialog"] [data-testid="missing-row"]')?.dataset.state === 'done')
    assert.equal(await loraValue(), 'sdxl/e2e-relink.safetensors')
    assert.equal((await (await fetch(`${comfy.url}/api/model-manager/download/task`)).json()).data.length, tasksBefore)
    await dialog.getByText('All models of this workflow are on the server now.').waitFor()
    await shot('51-real-comfyui-relinked')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
  })

  it('a LoRA named only by its file name is found on Civitai (search) with its published SHA-256 and downloaded, verified; the saved workflow then carries properties.models', async () => {
    await page.evaluate((wf) => window.app.loadGraphData(wf), loraWorkflow(civ.searchLora))
    const dialog = page.locator('[data-testid="missing-dialog"]')
    await dialog.waitFor({ timeout: 30000 })
    const dlRow = dialog.locator('[data-testid="missing-row"][data-status="download"]')
    await dlRow.waitFor()
    assert.match(await dlRow.locator('[data-testid="missing-candidate"]').innerText(), /Civitai · Film Grain Style · v1/)
    assert.equal(await dlRow.locator('[data-testid="missing-low"]').count(), 0, 'an exact name with a published hash is high confidence')
    await shot('52-real-comfyui-civitai-search')
    await dlRow.locator('[data-testid="missing-download"]').click()
    await page.waitForFunction(() => document.querySelector('[data-testid="missing-dialog"] [data-testid="missing-row"]')?.dataset.state === 'done', null, { timeout: 60000 })
    const target = join(loraDir(), civ.searchLora)
    assert.equal(sha256(readFileSync(target)), civ.searchLoraSha256)
    const tasks = (await (await fetch(`${comfy.url}/api/model-manager/download/task`)).json()).data
    const t = tasks.find((x) => x.filename === civ.searchLora)
    assert.equal(t.expectedSha256, civ.searchLoraSha256, 'the published SHA-256 was handed to the engine')
    assert.equal(t.sha256, civ.searchLoraSha256)
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })

    // Save / export serialize the graph: the loader node now declares where its file comes from.
    const expected = { name: civ.searchLora, url: `${civ.civitai}/api/download/models/4004`, directory: 'loras', hash: civ.searchLoraSha256, hash_type: 'sha256' }
    await page.waitForFunction(
      (name) => JSON.stringify(window.app.graph.serialize()).includes('"hash_type":"sha256"') && JSON.stringify(window.app.graph.serialize()).includes(name),
      civ.searchLora,
      { timeout: 20000 }
    )
    const saved = await page.evaluate(() => window.app.graph.serialize().nodes.find((n) => n.type === 'LoraLoader').properties.models)
    assert.deepEqual(saved, [expected])
    const exported = await page.evaluate(async () => (await window.app.graphToPrompt()).workflow.nodes.find((n) => n.type === 'LoraLoader').properties.models)
    assert.deepEqual(exported, [expected])
    assert.doesNotMatch(JSON.stringify(saved), /token|Signature|X-Amz/i)
    // The live graph is left alone.
    assert.equal(await page.evaluate(() => window.app.graph._nodes.find((n) => n.type === 'LoraLoader').properties.models), undefined)
  })

  it('dropping a PNG that carries a workflow works like the host\'s own drop: the panel offers what it needs', async () => {
    const png = makePng(16, 16, { workflow: JSON.stringify(loraWorkflow('e2e-png-only.safetensors', 3)) })
    await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
      const dt = new DataTransfer()
      dt.items.add(new File([bytes], 'shared.png', { type: 'image/png' }))
      const target = document.querySelector('#graph-canvas') ?? document.body
      target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dt }))
      target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }))
    }, png.toString('base64'))
    if (HOST_PANEL) {
      // 1.58 reports a model it can name but nobody offers in its own Errors panel, not in
      // ours (ours lists only what the host cannot offer): the drop must load the workflow.
      await page.waitForFunction(() => {
        const n = window.app?.graph?._nodes?.find((x) => x.type === 'LoraLoader')
        return n?.widgets?.[0]?.value === 'e2e-png-only.safetensors'
      }, null, { timeout: 20000 })
      await shot('54-real-comfyui-png-drop')
      return
    }
    const dialog = page.locator('[data-testid="missing-dialog"]')
    await dialog.waitFor({ timeout: 20000 })
    await dialog.locator('[data-testid="missing-row"][data-name="e2e-png-only.safetensors"]').waitFor()
    assert.equal(await loraValue(), 'e2e-png-only.safetensors', 'the host loaded the PNG\'s workflow')
    await shot('54-real-comfyui-png-drop')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
  })

  it('"This workflow" in our tab lists every model of the open workflow with the same rows', async () => {
    await page.evaluate((wf) => window.app.loadGraphData(wf), loraWorkflow(civ.searchLora, 2))
    if (!(await mm().isVisible())) await page.locator('.model-manager-tab-button').click()
    await mm().locator('[data-testid="tab-workflow"]').click()
    await mm().locator('[data-testid="workflow-check"]').click()
    const present = mm().locator('[data-testid="workflow-view"] [data-testid="missing-row"][data-status="present"]')
    await present.waitFor({ timeout: 15000 })
    assert.match(await present.innerText(), new RegExp(civ.searchLora.replace(/\./g, '\\.')))
    assert.match(await mm().locator('[data-testid="workflow-summary"]').innerText(), /1 on disk/)
    await shot('53-real-comfyui-this-workflow')
    await mm().locator('[data-testid="tab-downloads"]').click()
  })

  it('the command is in the palette; its default combo (Alt+Shift+M) only where the host has none on it', async () => {
    const cmd = await page.evaluate(() => {
      const c = window.app.extensionManager.command.commands.find((x) => x.id === 'ModelManager.Open')
      return c && { id: c.id, label: c.label }
    })
    assert.deepEqual(cmd, { id: 'ModelManager.Open', label: 'Open Model Manager' })
    const bindings = await page.evaluate(() => {
      for (const el of document.querySelectorAll('[data-v-app]')) {
        const store = el.__vue_app__?.config?.globalProperties?.$pinia?._s?.get('keybinding')
        if (store) return store.keybindings.filter((k) => k.combo.key.toLowerCase() === 'm' && k.combo.alt && k.combo.shift).map((k) => k.commandId)
      }
      return null
    })
    await page.evaluate(() => document.activeElement?.blur?.()) // keybindings skip text fields
    await mm().waitFor()
    if (HOST_PANEL) {
      // 1.58 binds Alt+Shift+M to its minimap: ours registers none (no error toast) and the combo stays the host's.
      assert.deepEqual(bindings, ['Comfy.Canvas.ToggleMinimap'])
      await page.keyboard.press('Alt+Shift+M')
      await page.waitForTimeout(500)
      assert.equal(await mm().count(), 1, 'the host\'s combo does not toggle ours')
      await page.keyboard.press('Alt+Shift+M') // minimap back as it was
      // The command still opens and closes the tab.
      await page.evaluate(() => window.app.extensionManager.command.execute('ModelManager.Open'))
      await mm().waitFor({ state: 'detached' })
      await page.evaluate(() => window.app.extensionManager.command.execute('ModelManager.Open'))
      await mm().waitFor()
    } else {
      assert.deepEqual(bindings, ['ModelManager.Open'])
      await page.keyboard.press('Alt+Shift+M')
      await mm().waitFor({ state: 'detached' })
      await page.keyboard.press('Alt+Shift+M')
      await mm().waitFor()
    }
  })

  it('"Add to workflow" from the model browser creates a LoraLoader with the file selected', async () => {
    await page.evaluate(() => window.app.graph.clear())
    await mm().locator('[data-testid="tab-models"]').click()
    await mm().locator('[data-testid="models-search"]').fill(DOWNLOAD_NAME.replace('.safetensors', ''))
    const card = mm().locator('[data-testid="model-row"]', { hasText: DOWNLOAD_NAME.replace('.safetensors', '') })
    await card.first().waitFor({ timeout: 20000 })
    const list = await mm().locator('[data-testid="models-list"]').boundingBox()
    assert.ok(list.y + list.height > 860 - 40, `the model list reaches the bottom of the sidebar: ${JSON.stringify(list)}`)
    await shot('36-real-comfyui-models')
    // Model names and buttons readable (issue 10: dark blue on dark grey under 1.58).
    const names = '[data-testid="mm-root"] .mm-card-name, [data-testid="mm-root"] .mm-row-name, [data-testid="mm-root"] .p-button-label'
    await readableInBothPalettes(names)
    await card.first().locator('[data-testid="model-add"]').click()
    const nodes = await page.evaluate(() =>
      window.app.graph._nodes.map((n) => ({ type: n.type, value: n.widgets?.find((w) => w.name === 'lora_name')?.value }))
    )
    assert.deepEqual(nodes, [{ type: 'LoraLoader', value: DOWNLOAD_NAME }])
    await shot('37-real-comfyui-added-to-workflow')
  })

  it('Updates: "Check now" lists the newer Civitai version of a library LoRA (toast too); "Download" fetches it next to the old one', async () => {
    // An older version (v1.0) of the stand-in's "Detail Tweaker", downloaded from its Civitai link.
    await mm().locator('[data-testid="tab-new"]').click()
    await page.fill('[data-testid="input-url"]', `${civ.civitai}/models/101`)
    await page.fill('[data-testid="input-filename"]', '')
    await page.click('[data-testid="resolve-url"]')
    await page.locator('[data-testid="resolved"]').waitFor({ timeout: 15000 })
    await pick('input-version', 'v1.0 · SD 1.5')
    await page.locator('[data-testid="resolved-file"][data-name="add_detail.safetensors"]').waitFor()
    await pick('input-folder', 'loras')
    await page.click('[data-testid="submit-download"]')
    await page.waitForFunction(
      () => [...document.querySelectorAll('[data-testid="task-row"]')].some((r) => /add_detail/.test(r.textContent) && r.dataset.status === 'completed'),
      null,
      { timeout: 60000 }
    )
    assert.ok(existsSync(join(loraDir(), 'add_detail.safetensors')))
    // The update check reads the catalog, which learns the file's Civitai ids from its
    // sidecar when the library scans it (listing a folder with a new file starts that
    // scan): wait until the browser shows the file scanned (its type, data-arch).
    await mm().locator('[data-testid="tab-models"]').click()
    await mm().locator('.mm-models-search input').fill('add_detail')
    await mm().locator('[data-testid="model-row"][data-name="add_detail.safetensors"][data-arch]').waitFor({ timeout: 30000 })
    await mm().locator('.mm-models-search input').fill('')

    await mm().locator('[data-testid="tab-updates"]').click()
    await mm().locator('[data-testid="updates-status"]').waitFor()
    await mm().locator('[data-testid="updates-check"]').click()
    const entry = mm().locator('[data-testid="update-row"]', { hasText: 'Detail Tweaker' })
    await entry.waitFor({ timeout: 30000 })
    assert.match(await entry.locator('[data-testid="update-versions"]').innerText(), /v1\.0[\s\S]*v2\.0 XL/)
    assert.match(await entry.innerText(), /loras\/add_detail\.safetensors/)
    // update_available reaches the page as a host toast.
    await page.getByText('A model has a new version').first().waitFor({ timeout: 15000 }) // the host's toast (PrimeVue in 1.32, its own in 1.58)
    await page.waitForFunction(() => !document.querySelector('[data-testid="updates-check"] .p-button-loading-icon, [data-testid="updates-progress"]'))
    assert.match(await mm().locator('[data-testid="updates-status"]').innerText(), /Last check/)
    assert.equal(await mm().locator('[data-testid="updates-badge"]').innerText(), '1')
    await shot('38-real-comfyui-updates')

    await entry.locator('[data-testid="update-download"]').click()
    await entry.locator('[data-testid="update-queued"]').waitFor()
    await mm().locator('[data-testid="tab-downloads"]').click()
    await page.waitForFunction(
      () => [...document.querySelectorAll('[data-testid="task-row"]')].some((r) => /detail_tweaker_xl/.test(r.textContent) && r.dataset.status === 'completed'),
      null,
      { timeout: 60000 }
    )
    // Next to the old file, which stays.
    assert.ok(existsSync(join(loraDir(), 'detail_tweaker_xl.safetensors')))
    assert.ok(existsSync(join(loraDir(), 'add_detail.safetensors')))
    await shot('39-real-comfyui-update-downloaded')
  })

  it('Settings: the update check interval is saved (0 = off) and the Updates screen says so', async () => {
    await mm().locator('[data-testid="tab-settings"]').click()
    const input = page.locator('[data-testid="setting-updateCheckInterval"] input')
    await input.waitFor()
    assert.equal(await input.inputValue(), '24 h')
    await input.fill('0')
    await input.press('Tab')
    await page.click('[data-testid="setting-updateCheckInterval-save"]')
    await page.waitForFunction(async (url) => {
      const r = await fetch(url + '/api/model-manager/download/init', { method: 'POST' })
      return (await r.json()).data.settings.updateCheckInterval === 0
    }, comfy.url)
    await input.scrollIntoViewIfNeeded()
    await shot('40-real-comfyui-settings-updates')
    await mm().locator('[data-testid="tab-updates"]').click()
    await page.locator('[data-testid="updates-interval"]', { hasText: 'Automatic checks are off' }).waitFor()
  })

  it('the panel follows the host: not again when a workflow tab is re-opened, not when its missing-models warning is off', async () => {
    // Named by a node's properties.models, which (unlike the top-level list) survives
    // the host's re-serialisation when a tab is re-opened.
    const wf = (name) => ({
      last_node_id: 1, last_link_id: 0, links: [], groups: [], config: {}, extra: {}, version: 0.4,
      nodes: [loraNode(name, { models: [{ name, url: `http://127.0.0.1:${files.port}/files/${name}`, directory: 'loras' }] })]
    })
    const dialog = page.locator('[data-testid="missing-dialog"]')
    await page.evaluate((w) => window.app.loadGraphData(w), wf('never-there.safetensors'))
    await dialog.waitFor({ timeout: 15000 })
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    // Switch to the first workflow tab and back: the host re-opens without its warning.
    const tabs = page.locator('.workflow-tabs-container .workflow-label')
    const n = await tabs.count()
    assert.ok(n >= 2, `workflow tabs: ${n}`)
    await tabs.first().click()
    await tabs.nth(n - 1).click()
    await page.waitForTimeout(1500)
    assert.equal(await dialog.isVisible(), false, 're-opening a tab does not pop the panel again')

    await page.evaluate(() => window.app.extensionManager.setting.set('Comfy.Workflow.ShowMissingModelsWarning', false))
    await page.evaluate((w) => window.app.loadGraphData(w), wf('also-never-there.safetensors'))
    await page.waitForTimeout(1500)
    assert.equal(await dialog.isVisible(), false, 'the host setting turns the panel off')
    await page.evaluate(() => window.app.extensionManager.setting.set('Comfy.Workflow.ShowMissingModelsWarning', true))
  })

  const taskRow = (name) => mm().locator('[data-testid="task-row"]', { hasText: name.replace('.safetensors', '') }).first()
  const card = (name) => mm().locator(`[data-testid="model-row"][data-name="${name}"]`)
  const detailPath = () => page.evaluate(() => document.querySelector('.mm-detail .mm-detail-body')?.dataset.path)
  async function openDetail(name) {
    await mm().locator('[data-testid="tab-models"]').click()
    await mm().locator('[data-testid="models-search"]').fill(name.replace('.safetensors', ''))
    await card(name).waitFor({ timeout: 30000 })
    await card(name).click()
    await page.locator('.mm-detail .mm-detail-body').waitFor()
  }

  it('pauses a download mid-file and resumes it (a ranged request); it completes with the same bytes in <base>/models/loras', async () => {
    await mm().locator('[data-testid="tab-new"]').click()
    await page.fill('[data-testid="input-url"]', `http://127.0.0.1:${files.port}/files/${PAUSE_NAME}`)
    await page.fill('[data-testid="input-filename"]', PAUSE_NAME)
    await pick('input-folder', 'loras')
    await page.click('[data-testid="submit-download"]')
    const r = taskRow(PAUSE_NAME)
    await r.waitFor({ timeout: 15000 })
    await page.waitForFunction(
      (stem) => {
        const el = [...document.querySelectorAll('[data-testid="task-row"]')].find((x) => x.textContent.includes(stem))
        return el?.dataset.status === 'running' && !/^0 B/.test(el.querySelector('[data-testid="task-bytes"]').textContent.trim())
      },
      PAUSE_NAME.replace('.safetensors', ''),
      { timeout: 30000 }
    )
    await r.locator('[data-testid="task-pause"]').click()
    await page.waitForFunction(
      (stem) => [...document.querySelectorAll('[data-testid="task-row"]')].find((x) => x.textContent.includes(stem))?.dataset.status === 'paused',
      PAUSE_NAME.replace('.safetensors', ''),
      { timeout: 15000 }
    )
    assert.equal(await r.locator('[data-testid="task-status"]').innerText(), 'Paused')
    await r.locator('[data-testid="task-resume"]').waitFor()
    await shot('42-real-comfyui-download-paused')
    // Paused mid-file: nothing in the folder under the final name yet.
    assert.equal(existsSync(join(loraDir(), PAUSE_NAME)), false)

    await r.locator('[data-testid="task-resume"]').click()
    await page.waitForFunction(
      (stem) => [...document.querySelectorAll('[data-testid="task-row"]')].find((x) => x.textContent.includes(stem))?.dataset.status === 'completed',
      PAUSE_NAME.replace('.safetensors', ''),
      { timeout: 90000 }
    )
    assert.equal(await r.locator('[data-testid="task-status"]').innerText(), 'Completed')
    await shot('43-real-comfyui-download-resumed-completed')
    const target = join(loraDir(), PAUSE_NAME)
    assert.ok(existsSync(target), `${target} exists`)
    const got = readFileSync(target)
    assert.equal(got.length, pauseBody.length)
    assert.equal(sha256(got), sha256(pauseBody))
    assert.deepEqual(readdirSync(loraDir()).filter((f) => f.endsWith('.part')), [])
    const mine = files.requests.filter((x) => x.url === `/files/${PAUSE_NAME}`)
    assert.ok(mine.some((x) => x.range && x.range !== 'bytes=0-'), `the resume asked for the rest: ${JSON.stringify(mine)}`)
  })

  it('a scan started from the Scan tab completes with a results summary', async () => {
    // Wait for any scan the library started by itself (new files) to finish.
    await page.waitForFunction(async (url) => {
      const cur = (await (await fetch(url + '/api/model-manager/scan')).json()).data
      return !cur || cur.status !== 'running'
    }, comfy.url, { timeout: 30000, polling: 300 })
    await mm().locator('[data-testid="tab-scan"]').click()
    await mm().locator('[data-testid="scan"]').waitFor()
    await mm().locator('[data-testid="scan-mode"] button', { hasText: 'Everything' }).click()
    await mm().locator('[data-testid="scan-start"]').click()
    await mm().locator('[data-testid="scan-task"]').waitFor()
    await page.waitForFunction(() => document.querySelector('[data-testid="scan-task"]')?.dataset.status === 'completed', null, { timeout: 60000 })
    await mm().locator('[data-testid="scan-results"]').waitFor()
    const filesCount = Number(await mm().locator('[data-result="files"] .mm-scan-num').innerText())
    // e2e-real-lora, e2e-missing-lora, e2e-all-a/b, add_detail, detail_tweaker_xl, e2e-real-pause
    assert.ok(filesCount >= 7, `the scan saw the model files: ${filesCount}`)
    assert.match(await mm().locator('[data-testid="scan-counts"]').innerText(), new RegExp(`${filesCount} / ${filesCount}`))
    await shot('44-real-comfyui-scan-results')
  })

  it('model detail: a Markdown description is saved and rendered (its <script> not run); a PNG preview becomes the thumbnail', async () => {
    await openDetail(PAUSE_NAME)
    assert.equal(await detailPath(), `loras/${PAUSE_NAME}`)
    await page.click('[data-testid="detail-desc-edit-tab"]')
    await page.fill(
      '[data-testid="detail-desc-input"]',
      '# Pause test\n\nTrigger word: **e2epause**.\n\n<script>window.__xss = 1</script>\n<img src="x" onerror="window.__xss = 2">\n\n- one\n- two'
    )
    await page.click('[data-testid="detail-desc-save"]')
    const html = page.locator('[data-testid="detail-desc-html"]')
    await html.waitFor({ timeout: 15000 })
    assert.equal(await html.locator('h1').innerText(), 'Pause test')
    assert.equal(await html.locator('strong').innerText(), 'e2epause')
    assert.equal(await html.locator('li').count(), 2)
    assert.equal(await html.locator('script').count(), 0)
    assert.equal(await html.locator('[onerror]').count(), 0)
    await page.waitForTimeout(300)
    assert.equal(await page.evaluate(() => window.__xss), undefined, 'no script from the description ran')
    assert.ok(existsSync(join(loraDir(), 'e2e-real-pause.md')), 'the description is a sidecar next to the model')
    await shot('45-real-comfyui-description-rendered')

    await page.locator('[data-testid="detail-preview-file"]').setInputFiles({ name: 'preview.png', mimeType: 'image/png', buffer: makePng(96, 96) })
    await page.locator('[data-testid="detail-preview-img"]').waitFor({ timeout: 15000 })
    await page.waitForFunction(() => document.querySelector('[data-testid="detail-preview-img"]')?.naturalWidth > 0)
    await shot('46-real-comfyui-preview-uploaded')
    await page.click('[data-testid="detail-close"]')
    await page.locator('.mm-detail').waitFor({ state: 'detached' })
    const thumb = card(PAUSE_NAME).locator('[data-testid="model-thumb"]')
    await thumb.waitFor({ timeout: 15000 })
    await page.waitForFunction(
      (name) => document.querySelector(`[data-testid="model-row"][data-name="${name}"] [data-testid="model-thumb"]`)?.naturalWidth > 0,
      PAUSE_NAME,
      { timeout: 15000 }
    )
    await shot('47-real-comfyui-thumbnail')
  })

  it('renames a model, then deletes it after the confirmation: the file and its sidecars are gone from disk', async () => {
    const stem = (n) => n.replace(/\.safetensors$/, '')
    const siblings = (name) => readdirSync(loraDir()).filter((f) => f === name || f.startsWith(stem(name) + '.'))
    const before = siblings(PAUSE_NAME)
    assert.ok(before.length >= 3, `model, description and preview: ${before}`)
    await openDetail(PAUSE_NAME)
    await page.fill('[data-testid="detail-move-filename"]', RENAMED_NAME)
    await page.click('[data-testid="detail-move-apply"]')
    await page.waitForFunction(
      (p) => document.querySelector('.mm-detail .mm-detail-body')?.dataset.path === p,
      `loras/${RENAMED_NAME}`,
      { timeout: 15000 }
    )
    assert.deepEqual(siblings(PAUSE_NAME), [], 'nothing is left under the old name')
    const renamed = siblings(RENAMED_NAME)
    assert.equal(renamed.length, before.length, `the sidecars moved with it: ${renamed}`)
    assert.ok(renamed.includes('e2e-real-renamed.md'))
    assert.equal(sha256(readFileSync(join(loraDir(), RENAMED_NAME))), sha256(pauseBody))
    await shot('48-real-comfyui-renamed')

    await page.click('[data-testid="detail-delete"]')
    const confirm = page.locator('.p-confirmdialog').last()
    await confirm.waitFor()
    await shot('49-real-comfyui-delete-confirm')
    await confirm.locator('.p-confirmdialog-accept-button').click()
    await page.locator('.mm-detail').waitFor({ state: 'detached', timeout: 15000 })
    assert.deepEqual(siblings(RENAMED_NAME), [], 'the file and its sidecars are deleted')
    await card(RENAMED_NAME).waitFor({ state: 'detached', timeout: 15000 })
    await mm().locator('[data-testid="models-search"]').fill('')
    // ComfyUI no longer lists it either.
    const listed = await (await fetch(`${comfy.url}/models/loras`)).json()
    assert.ok(!listed.includes(RENAMED_NAME) && !listed.includes(PAUSE_NAME), JSON.stringify(listed))
  })

  it('threw no page errors', () => {
    assert.deepEqual(pageErrors, [])
  })
})
