// End-to-end: the real standalone server (`comfyui-model-manager serve`) driven in
// Debian's Chromium through playwright-core. Run with `node --test tests/e2e/`.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { fileURLToPath } from 'node:url'

import { chromium } from 'playwright-core'

import { freePort, launchChromium, makePng, makeSafetensors, sha256, startCivitaiStandin, startFileServer, waitForHttp } from './helpers.mjs'

const HERE = dirname(fileURLToPath(import.meta.url))
const ARTIFACTS = join(HERE, 'artifacts')
const SERVER_CMD = process.env.MM_SERVER_CMD || 'comfyui-model-manager'
const FILE_NAME = 'e2e-lora.safetensors'

describe('standalone UI against the real server', { timeout: 180000 }, () => {
  const body = makeSafetensors(768 * 1024) // ~3 MiB, ~5 s at 640 KiB/s
  let work, modelsDir, dataDir, files, server, serverLog = '', browser, page, base, civ

  const shot = async (name) => {
    await page.waitForTimeout(600) // let enter transitions and the progress bar settle
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true })
  }
  const row = () => page.locator('[data-testid="task-row"]').first()
  const rowStatus = () => row().getAttribute('data-status')
  /** Open a PrimeVue Select and pick an option by its exact label. */
  async function pick(selectTestId, label) {
    await page.click(`[data-testid="${selectTestId}"]`)
    await page.locator('.p-select-overlay').last().locator('.p-select-option', { hasText: new RegExp(`^${label}$`) }).click()
    await page.locator('.p-select-overlay').waitFor({ state: 'detached' })
  }

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true })
    work = mkdtempSync(join(tmpdir(), 'mm-e2e-'))
    modelsDir = join(work, 'models')
    dataDir = join(work, 'data')
    for (const d of ['loras', 'checkpoints', 'vae']) mkdirSync(join(modelsDir, d), { recursive: true })
    mkdirSync(dataDir)
    // Real model files for the scan / browse / edit tests.
    mkdirSync(join(modelsDir, 'loras', 'styles'), { recursive: true })
    writeFileSync(
      join(modelsDir, 'loras', 'styles', 'anime-style.safetensors'),
      makeSafetensors(4096, { metadata: { ss_network_module: 'networks.lora', ss_base_model_version: 'sdxl_base_v1-0', ss_tag_frequency: '{"anime": 12}' } })
    )
    writeFileSync(
      join(modelsDir, 'checkpoints', 'sd15-base.safetensors'),
      makeSafetensors(4096, {
        tensors: ['model.diffusion_model.input_blocks.0.0.weight', 'first_stage_model.encoder.conv_in.weight', 'cond_stage_model.transformer.text_model.embeddings.position_ids'],
        metadata: { format: 'pt' }
      })
    )
    writeFileSync(
      join(modelsDir, 'checkpoints', 'xl-base.safetensors'),
      makeSafetensors(8192, {
        tensors: ['conditioner.embedders.1.model.ln_final.weight', 'model.diffusion_model.input_blocks.0.0.weight', 'first_stage_model.encoder.conv_in.weight'],
        metadata: { format: 'pt' }
      })
    )
    files = await startFileServer({ [FILE_NAME]: body })
    civ = await startCivitaiStandin()
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    server = spawn(
      SERVER_CMD,
      [
        'serve', '--models-dir', modelsDir, '--data-dir', dataDir, '--port', String(port),
        '--allow-host', `127.0.0.1:${files.port}`,
        '--allow-host', `127.0.0.1:${civ.civitaiPort}`,
        '--allow-host', `localhost:${civ.cdnPort}`
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CIVITAI_BASE_URL: civ.civitai, HF_ENDPOINT: 'http://127.0.0.1:9' } }
    )
    server.stdout.on('data', (d) => (serverLog += d))
    server.stderr.on('data', (d) => (serverLog += d))
    await waitForHttp(`${base}/model-manager/models`, server)
    browser = await launchChromium(chromium)
    page = await browser.newPage({ viewport: { width: 1100, height: 800 }, locale: 'en-US' })
    page.on('pageerror', (e) => console.error('[pageerror]', e.message))
    page.on('console', (m) => m.type() === 'error' && console.error('[console]', m.text()))
  })

  after(async () => {
    await browser?.close()
    if (server && server.exitCode === null) {
      server.kill('SIGTERM')
      await new Promise((r) => server.once('exit', r))
    }
    files?.server.closeAllConnections?.()
    files?.server.close()
    civ?.proc.kill('SIGTERM')
    if (process.env.MM_E2E_KEEP) console.log('kept', work)
    else if (work) rmSync(work, { recursive: true, force: true })
    if (process.exitCode) console.error(serverLog)
  })

  it('opens the page with an empty download list', async () => {
    await page.goto(`${base}/`)
    await page.locator('[data-testid="mm-root"]').waitFor()
    await page.locator('[data-testid="tasks-empty"]').waitFor()
    // Dark, by our own scope classes: nothing on <html> but the page's own marker.
    assert.equal(await page.locator('#model-manager-root.mm-scope.mm-dark').count(), 1)
    assert.equal(await page.locator('html').getAttribute('class'), 'mm-page')
    await shot('01-downloads-empty')
  })

  it('validates the new-download form inline before sending', async () => {
    await page.click('[data-testid="tab-new"]')
    await page.fill('[data-testid="input-url"]', 'ftp://example.com/x.safetensors')
    await page.fill('[data-testid="input-filename"]', '../evil.safetensors')
    await page.fill('[data-testid="input-subfolder"]', '/abs')
    await page.click('[data-testid="submit-download"]')
    await page.locator('[data-testid="error-url"]').waitFor()
    await page.locator('[data-testid="error-filename"]').waitFor()
    await page.locator('[data-testid="error-subfolder"]').waitFor()
    await page.locator('[data-testid="error-folder"]').waitFor()
    await shot('02-new-download-invalid')
  })

  it('downloads into loras, pauses, resumes and completes with the same bytes', async () => {
    const url = `http://127.0.0.1:${files.port}/files/${FILE_NAME}`
    await page.fill('[data-testid="input-url"]', url)
    await page.fill('[data-testid="input-filename"]', FILE_NAME)
    await page.fill('[data-testid="input-subfolder"]', '')
    await pick('input-folder', 'loras')
    await shot('03-new-download-filled')
    await page.click('[data-testid="submit-download"]')

    // The app switches to the Downloads tab; the task arrives live.
    await row().waitFor()
    await page.waitForFunction(() => {
      const r = document.querySelector('[data-testid="task-row"]')
      return r && r.getAttribute('data-status') === 'running' && !/^0 B/.test(r.querySelector('[data-testid="task-bytes"]').textContent.trim())
    }, null, { timeout: 30000 })
    await shot('04-downloading')

    await row().locator('[data-testid="task-pause"]').click()
    await page.waitForFunction(() => document.querySelector('[data-testid="task-row"]')?.getAttribute('data-status') === 'paused', null, { timeout: 15000 })
    assert.equal(await row().locator('[data-testid="task-status"]').innerText(), 'Paused')
    await row().locator('[data-testid="task-resume"]').waitFor()
    await shot('05-paused')
    // Nothing lands in the folder while paused: the file is still a partial one.
    assert.equal(existsSync(join(modelsDir, 'loras', FILE_NAME)), false)

    await row().locator('[data-testid="task-resume"]').click()
    await page.waitForFunction(() => document.querySelector('[data-testid="task-row"]')?.getAttribute('data-status') === 'completed', null, { timeout: 90000 })
    assert.equal(await row().locator('[data-testid="task-status"]').innerText(), 'Completed')
    await shot('06-completed')

    const target = join(modelsDir, 'loras', FILE_NAME)
    assert.ok(existsSync(target), 'model file exists in loras/')
    const got = readFileSync(target)
    assert.equal(got.length, body.length)
    assert.equal(sha256(got), sha256(body))
    assert.deepEqual(readdirSync(join(modelsDir, 'loras')).filter((f) => f.endsWith('.part')), [])
    // The resume asked for the rest of the file, not all of it again.
    assert.ok(files.requests.some((r) => r.range && r.range !== 'bytes=0-'), `a ranged request was made: ${JSON.stringify(files.requests)}`)
  })

  it('shows the same state after a reload', async () => {
    await page.reload()
    await row().waitFor()
    assert.equal(await rowStatus(), 'completed')
    assert.match(await row().innerText(), new RegExp(FILE_NAME.replace('.', '\\.')))
  })

  it('shows a server error inline when the target file exists', async () => {
    await page.click('[data-testid="tab-new"]')
    await page.fill('[data-testid="input-url"]', `http://127.0.0.1:${files.port}/files/${FILE_NAME}`)
    await page.fill('[data-testid="input-filename"]', FILE_NAME)
    await pick('input-folder', 'loras')
    await page.click('[data-testid="submit-download"]')
    const err = page.locator('[data-testid="form-server-error"]')
    await err.waitFor({ timeout: 15000 })
    assert.ok((await err.innerText()).trim().length > 0)
    await shot('07-new-download-server-error')
  })

  it('renders the models and settings screens', async () => {
    await page.click('[data-testid="tab-models"]')
    await page.locator('[data-testid="models"]').waitFor()
    await page.locator('[data-testid="model-row"]').first().waitFor({ timeout: 15000 })
    await page.fill('[data-testid="models-search"]', 'e2e-lora')
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="model-row"]').length === 1)
    await page.fill('[data-testid="models-search"]', 'zzz-no-such-model')
    await page.locator('[data-testid="models-empty"]').waitFor()
    await page.fill('[data-testid="models-search"]', '')
    await shot('08-models')

    await page.click('[data-testid="tab-settings"]')
    await page.locator('[data-testid="setting-concurrency"]').waitFor()
    assert.match(await page.locator('[data-testid="setting-key-civitai-current"]').innerText(), /Not set/)
    await page.fill('[data-testid="setting-key-civitai-input"] input', 'abcd1234efgh5678wxyz')
    await page.click('[data-testid="setting-key-civitai-set"]')
    await page.waitForFunction(() => !/Not set/.test(document.querySelector('[data-testid="setting-key-civitai-current"]').textContent))
    const masked = await page.locator('[data-testid="setting-key-civitai-current"]').innerText()
    assert.ok(!masked.includes('abcd1234efgh5678wxyz'), `key is masked: ${masked}`)
    await shot('09-settings')
    await page.click('[data-testid="setting-key-civitai-clear"]')
    await page.waitForFunction(() => /Not set/.test(document.querySelector('[data-testid="setting-key-civitai-current"]').textContent))
  })

  it('deletes a task after confirmation and keeps the finished model', async () => {
    await page.click('[data-testid="tab-downloads"]')
    await row().locator('[data-testid="task-delete"]').click()
    await page.locator('.p-confirmdialog').waitFor()
    await shot('10-delete-confirm')
    await page.locator('.p-confirmdialog-accept-button').click()
    await page.locator('[data-testid="tasks-empty"]').waitFor({ timeout: 15000 })
    assert.ok(existsSync(join(modelsDir, 'loras', FILE_NAME)))
    await page.reload()
    await page.locator('[data-testid="tasks-empty"]').waitFor()
  })
  const api = async (path, init) => (await (await fetch(base + path, init)).json()).data
  async function waitNoScan() {
    for (let i = 0; i < 150; i++) {
      const cur = await api('/model-manager/scan')
      if (!cur || cur.status !== 'running') return
      await new Promise((r) => setTimeout(r, 200))
    }
    throw new Error('a scan kept running')
  }
  const card = (name) => page.locator(`[data-testid="model-card"][data-name="${name}"]`)
  async function openDetail(name) {
    await card(name).click()
    await page.locator('.mm-detail .mm-detail-body').waitFor()
  }

  it('scans every folder (full) and shows live progress and a results summary', async () => {
    await waitNoScan()
    await page.click('[data-testid="tab-scan"]')
    await page.locator('[data-testid="scan"]').waitFor()
    await page.locator('[data-testid="scan-mode"] button', { hasText: 'Everything' }).click()
    await page.click('[data-testid="scan-start"]')
    await page.locator('[data-testid="scan-task"]').waitFor()
    await page.waitForFunction(() => document.querySelector('[data-testid="scan-task"]')?.getAttribute('data-status') === 'completed', null, { timeout: 60000 })
    await page.locator('[data-testid="scan-results"]').waitFor()
    const filesCount = Number(await page.locator('[data-result="files"] .mm-scan-num').innerText())
    assert.ok(filesCount >= 4, `scan saw the model files: ${filesCount}`)
    assert.match(await page.locator('[data-testid="scan-counts"]').innerText(), new RegExp(`${filesCount} / ${filesCount}`))
    await shot('13-scan-results')
  })

  it('browses all folders as a grid and a list, searches and filters', async () => {
    await page.click('[data-testid="tab-models"]')
    await page.click('[data-testid="models-view-grid"]')
    await page.click('[data-testid="models-filters-toggle"]')
    await card('anime-style.safetensors').waitFor({ timeout: 15000 })
    assert.ok((await page.locator('[data-testid="model-card"]').count()) >= 4)
    // Search by base model and by name.
    await page.fill('[data-testid="models-search"]', 'sdxl')
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="model-card"]').length === 2)
    assert.deepEqual(
      (await page.locator('[data-testid="model-card"]').evaluateAll((els) => els.map((e) => e.dataset.name))).sort(),
      ['anime-style.safetensors', 'xl-base.safetensors']
    )
    await page.fill('[data-testid="models-search"]', '')
    // Filter: architecture = LoRA.
    await pick('models-filter-arch', 'LoRA')
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="model-card"]')].every((e) => /lora|anime/.test(e.dataset.name)))
    assert.equal(await page.locator('[data-testid="model-card"]').count(), 2)
    await shot('14-models-grid-filtered')
    await page.locator('[data-testid="models-filter-arch"] .p-select-clear-icon').click()
    // Sort by size, largest first, in the list view.
    await pick('models-sort', 'Size')
    await page.click('[data-testid="models-sort-dir"]')
    await page.click('[data-testid="models-view-list"]')
    await page.locator('[data-testid="model-row"]').first().waitFor()
    const names = await page.locator('[data-testid="model-row"]').evaluateAll((els) => els.map((e) => e.dataset.name))
    assert.equal(names[0], FILE_NAME, `largest first: ${names}`)
    await shot('15-models-list')
    await page.click('[data-testid="models-view-grid"]')
    await pick('models-sort', 'Name')
    await page.click('[data-testid="models-sort-dir"]')
  })

  it('opens the detail, saves a Markdown description (rendered, script not run) and uploads a PNG preview', async () => {
    await openDetail('anime-style.safetensors')
    assert.match(await page.locator('[data-fact="architecture"] td').innerText(), /LoRA/)
    assert.match(await page.locator('[data-fact="baseModel"] td').innerText(), /SDXL/)
    assert.match(await page.locator('[data-fact="sha256"] td').innerText(), /^[0-9a-f]{64}$/)
    await page.locator('[data-testid="detail-metadata"] summary').click()
    assert.match(await page.locator('[data-testid="detail-metadata"]').innerText(), /ss_base_model_version/)
    await shot('16-model-detail')

    await page.click('[data-testid="detail-desc-edit-tab"]')
    await page.fill(
      '[data-testid="detail-desc-input"]',
      '# Anime style\n\nUse **anime** as the trigger.\n\n<script>window.__xss = 1</script>\n<img src="x" onerror="window.__xss = 2">\n\n[docs](https://example.com/docs)'
    )
    await page.click('[data-testid="detail-desc-save"]')
    const html = page.locator('[data-testid="detail-desc-html"]')
    await html.waitFor({ timeout: 15000 })
    assert.equal(await html.locator('h1').innerText(), 'Anime style')
    assert.equal(await html.locator('strong').innerText(), 'anime')
    assert.equal(await html.locator('script').count(), 0)
    assert.equal(await html.locator('[onerror]').count(), 0)
    await page.waitForTimeout(300)
    assert.equal(await page.evaluate(() => window.__xss), undefined, 'no script from the description ran')
    assert.ok(existsSync(join(modelsDir, 'loras', 'styles', 'anime-style.md')))
    await shot('17-description-rendered')

    await page.locator('[data-testid="detail-preview-file"]').setInputFiles({ name: 'preview.png', mimeType: 'image/png', buffer: makePng(96, 96) })
    await page.locator('[data-testid="detail-preview-img"]').waitFor({ timeout: 15000 })
    await page.waitForFunction(() => document.querySelector('[data-testid="detail-preview-img"]')?.naturalWidth > 0)
    await shot('18-preview-uploaded')
    await page.click('[data-testid="detail-close"]')
    await page.locator('.mm-detail').waitFor({ state: 'detached' })
    const thumb = card('anime-style.safetensors').locator('[data-testid="model-thumb"]')
    await thumb.waitFor()
    await page.waitForFunction(() => document.querySelector('[data-name="anime-style.safetensors"] [data-testid="model-thumb"]')?.naturalWidth > 0)
    assert.match(await thumb.getAttribute('src'), /size=256/)
    await shot('19-models-thumbnail')
  })

  it('renames, moves to another folder and deletes a model after confirmation', async () => {
    await openDetail('anime-style.safetensors')
    await page.fill('[data-testid="detail-move-filename"]', 'anime-style-v2.safetensors')
    await page.click('[data-testid="detail-move-apply"]')
    await page.waitForFunction(() => document.querySelector('.mm-detail .mm-detail-body')?.dataset.path === 'loras/styles/anime-style-v2.safetensors', null, { timeout: 15000 })
    assert.ok(existsSync(join(modelsDir, 'loras', 'styles', 'anime-style-v2.safetensors')))
    assert.ok(existsSync(join(modelsDir, 'loras', 'styles', 'anime-style-v2.md')), 'the description moved with it')
    assert.ok(!existsSync(join(modelsDir, 'loras', 'styles', 'anime-style.safetensors')))

    await pick('detail-move-folder', 'vae')
    await page.fill('[data-testid="detail-move-subfolder"]', 'moved')
    await page.click('[data-testid="detail-move-apply"]')
    await page.waitForFunction(() => document.querySelector('.mm-detail .mm-detail-body')?.dataset.path === 'vae/moved/anime-style-v2.safetensors', null, { timeout: 15000 })
    assert.ok(existsSync(join(modelsDir, 'vae', 'moved', 'anime-style-v2.safetensors')))
    assert.ok(!existsSync(join(modelsDir, 'loras', 'styles', 'anime-style-v2.safetensors')))
    await shot('20-model-moved')

    await page.click('[data-testid="detail-delete"]')
    await page.locator('.p-confirmdialog').waitFor()
    await shot('21-delete-model-confirm')
    await page.locator('.p-confirmdialog-accept-button').click()
    await page.locator('.mm-detail').waitFor({ state: 'detached', timeout: 15000 })
    assert.ok(!existsSync(join(modelsDir, 'vae', 'moved', 'anime-style-v2.safetensors')))
    assert.deepEqual(readdirSync(join(modelsDir, 'vae', 'moved')), [], 'sidecars were deleted too')
    await card('anime-style-v2.safetensors').waitFor({ state: 'detached' })
  })

  it('resolves a Civitai link, picks a version and a file, and downloads it with the published hash', async () => {
    await page.click('[data-testid="tab-new"]')
    await page.fill('[data-testid="input-url"]', `${civ.civitai}/models/202`)
    await page.fill('[data-testid="input-filename"]', '')
    await page.click('[data-testid="resolve-url"]')
    await page.locator('[data-testid="resolved"]').waitFor({ timeout: 15000 })
    assert.equal(await page.locator('[data-testid="resolved-name"]').innerText(), 'Photon Real')
    assert.equal(await page.locator('[data-testid="resolved-file"]').count(), 3)
    await page.locator('[data-testid="resolved-file"][data-name="photonReal_v3_full.safetensors"]').click()
    assert.match(await page.locator('[data-testid="resolved-file"][data-name="photonReal_v3_full.safetensors"]').innerText(), /fp32/)
    assert.match(await page.locator('[data-testid="input-folder"]').innerText(), /checkpoints/)
    await shot('22-resolved-civitai')
    await page.click('[data-testid="submit-download"]')
    await page.locator('[data-testid="task-row"]').first().waitFor()
    await page.waitForFunction(
      () => [...document.querySelectorAll('[data-testid="task-row"]')].some((r) => /photonReal_v3_full/.test(r.textContent) && r.dataset.status === 'completed'),
      null,
      { timeout: 60000 }
    )
    assert.ok(existsSync(join(modelsDir, 'checkpoints', 'photonReal_v3_full.safetensors')))
    const tasks = await api('/model-manager/download/task')
    const t = tasks.find((x) => x.filename === 'photonReal_v3_full.safetensors')
    assert.match(t.expectedSha256 ?? '', /^[0-9a-f]{64}$/i, 'the server filled the published hash')
    assert.equal(t.sha256.toLowerCase(), t.expectedSha256.toLowerCase())
    await shot('23-civitai-downloaded')
  })

  it('downloads a resolved LoRA version into the folder its header picks ("auto")', async () => {
    await page.click('[data-testid="tab-new"]')
    await page.fill('[data-testid="input-url"]', `${civ.civitai}/models/101`)
    await page.click('[data-testid="resolve-url"]')
    await page.locator('[data-testid="resolved"]').waitFor({ timeout: 15000 })
    await pick('input-version', 'v1.0 · SD 1.5')
    await page.locator('[data-testid="resolved-file"][data-name="add_detail.safetensors"]').waitFor()
    await pick('input-folder', 'Automatic \\(from the file header\\)')
    await page.click('[data-testid="submit-download"]')
    await page.waitForFunction(
      () => [...document.querySelectorAll('[data-testid="task-row"]')].some((r) => /add_detail/.test(r.textContent) && r.dataset.status === 'completed'),
      null,
      { timeout: 60000 }
    )
    assert.ok(existsSync(join(modelsDir, 'loras', 'add_detail.safetensors')))
    const t = (await api('/model-manager/download/task')).find((x) => x.filename === 'add_detail.safetensors')
    assert.equal(t.folder, 'loras')
    assert.ok(t.folderRule, 'the task says which header rule chose the folder')
    // The browser shows the new model after the download (the list refreshes itself).
    await page.click('[data-testid="tab-models"]')
    await card('add_detail.safetensors').waitFor({ timeout: 15000 })
  })

  it('"This workflow": a picked PNG carrying a workflow lists its models; a LoRA named only by file name is found on Civitai and downloaded, verified', async () => {
    const workflow = { nodes: [{ id: 7, type: 'LoraLoader', widgets_values: [civ.searchLora, 1, 1] }, { id: 8, type: 'VAELoader', widgets_values: ['qwen_image_vae.safetensors'] }] }
    const png = join(work, 'shared.png')
    writeFileSync(png, makePng(16, 16, { workflow: JSON.stringify(workflow) }))
    await page.click('[data-testid="tab-workflow"]')
    await page.setInputFiles('[data-testid="workflow-file"]', png)
    const view = page.locator('[data-testid="workflow-view"]')
    const lora = view.locator(`[data-testid="missing-row"][data-name="${civ.searchLora}"]`)
    await lora.waitFor({ timeout: 30000 })
    assert.equal(await lora.getAttribute('data-status'), 'download')
    assert.match(await lora.locator('[data-testid="missing-candidate"]').innerText(), /Civitai · Film Grain Style/)
    // The official templates' index knows the VAE (offline).
    const vae = view.locator('[data-testid="missing-row"][data-name="qwen_image_vae.safetensors"]')
    assert.match(await vae.locator('[data-testid="missing-candidate"]').innerText(), /ComfyUI templates/)
    await shot('20-this-workflow')
    await lora.locator('[data-testid="missing-download"]').click()
    await page.waitForFunction((name) => document.querySelector(`[data-testid="missing-row"][data-name="${name}"]`)?.dataset.state === 'done', civ.searchLora, { timeout: 60000 })
    assert.equal(sha256(readFileSync(join(modelsDir, 'loras', civ.searchLora))), civ.searchLoraSha256)
    const t = (await api('/model-manager/download/task')).find((x) => x.filename === civ.searchLora)
    assert.equal(t.expectedSha256, civ.searchLoraSha256)
    await page.waitForFunction((name) => document.querySelector(`[data-testid="missing-row"][data-name="${name}"]`)?.dataset.status === 'present', civ.searchLora, { timeout: 15000 })
  })
})
