// End-to-end (issue 13): symlinked models and Library health in Chromium against the real
// standalone server. A file linked into loras/ and a folder linked from a "NAS" are listed,
// opened, edited and deleted as links (targets byte-identical afterwards; a model inside the
// linked folder is deleted for real, and the confirmation says so). The Health tab names a
// duplicate pair and a truncated file, and deleting the chosen copy works.
// Run with `node --test tests/e2e/links-health.spec.mjs`.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { fileURLToPath } from 'node:url'

import { chromium } from 'playwright-core'

import { freePort, launchChromium, makeSafetensors, waitForHttp } from './helpers.mjs'

const HERE = dirname(fileURLToPath(import.meta.url))
const ARTIFACTS = join(HERE, 'artifacts')
const SERVER_CMD = process.env.MM_SERVER_CMD || 'comfyui-model-manager'

const digest = (p) => createHash('sha256').update(readFileSync(p)).digest('hex')

/** Every regular file below `dir` with its SHA-256 (links not followed). */
function digests(dir, prefix = '') {
  const out = {}
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    const st = lstatSync(p)
    if (st.isDirectory()) Object.assign(out, digests(p, `${prefix}${name}/`))
    else if (st.isFile()) out[prefix + name] = digest(p)
  }
  return out
}

describe('symlinked models and library health in Chromium', { timeout: 240000 }, () => {
  let work, modelsDir, nas, server, serverLog = '', browser, page, base

  const shot = async (name) => {
    await page.waitForTimeout(400)
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true })
  }
  const card = (name) => page.locator(`[data-testid="model-row"][data-name="${name}"]`)
  async function pick(selectTestId, label) {
    await page.click(`[data-testid="${selectTestId}"]`)
    await page.locator('.p-select-overlay').last().locator('.p-select-option', { hasText: new RegExp(`^${label}$`) }).click()
    await page.locator('.p-select-overlay').waitFor({ state: 'detached' })
  }
  async function api(method, path, body) {
    const r = await fetch(base + path, {
      method,
      headers: body ? { 'Content-Type': 'application/json', Origin: base } : { Origin: base },
      body: body ? JSON.stringify(body) : undefined
    })
    return [r.status, await r.json()]
  }
  async function scanAll() {
    const [status, reply] = await api('POST', '/model-manager/scan', { folder: null, mode: 'diff' })
    assert.ok(status === 202 || status === 200, JSON.stringify(reply))
    const id = reply.data.taskId
    for (let i = 0; i < 600; i++) {
      const [, t] = await api('GET', `/model-manager/scan/${id}`)
      if (!['queued', 'running'].includes(t.data.status)) return t.data
      await new Promise((r) => setTimeout(r, 100))
    }
    throw new Error('scan never finished')
  }

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true })
    work = mkdtempSync(join(tmpdir(), 'mm-e2e-links-'))
    modelsDir = join(work, 'models')
    nas = join(work, 'nas')
    for (const d of ['loras', 'checkpoints']) mkdirSync(join(modelsDir, d), { recursive: true })
    mkdirSync(join(nas, 'single'), { recursive: true })
    mkdirSync(join(nas, 'shelf'), { recursive: true })
    writeFileSync(join(nas, 'single', 'nas-lora.safetensors'), makeSafetensors(2048))
    writeFileSync(join(nas, 'shelf', 'shelf-lora.safetensors'), makeSafetensors(2048))
    writeFileSync(join(nas, 'shelf', 'keep-me.safetensors'), makeSafetensors(1024))
    symlinkSync(join(nas, 'single', 'nas-lora.safetensors'), join(modelsDir, 'loras', 'nas-lora.safetensors'))
    symlinkSync(join(nas, 'shelf'), join(modelsDir, 'loras', 'shelf'))
    // health: a duplicate pair and a truncated file
    const ckpt = makeSafetensors(4096, { tensors: ['model.diffusion_model.input_blocks.0.0.weight', 'first_stage_model.encoder.conv_in.weight'], metadata: { format: 'pt' } })
    writeFileSync(join(modelsDir, 'checkpoints', 'twin-a.safetensors'), ckpt)
    mkdirSync(join(modelsDir, 'checkpoints', 'old'))
    writeFileSync(join(modelsDir, 'checkpoints', 'old', 'twin-b.safetensors'), ckpt)
    const whole = makeSafetensors(4096)
    writeFileSync(join(modelsDir, 'loras', 'cut.safetensors'), whole.subarray(0, whole.length - 1000))
    mkdirSync(join(work, 'workflows'))
    writeFileSync(join(work, 'workflows', 'w.json'), JSON.stringify({ nodes: [{ id: 1, type: 'CheckpointLoaderSimple', widgets_values: ['twin-a.safetensors'] }] }))

    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    server = spawn(SERVER_CMD, ['serve', '--models-dir', modelsDir, '--data-dir', join(work, 'data'), '--port', String(port), '--workflows-dir', join(work, 'workflows')], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    server.stdout.on('data', (d) => (serverLog += d))
    server.stderr.on('data', (d) => (serverLog += d))
    await waitForHttp(`${base}/model-manager/models`, server)
    browser = await launchChromium(chromium)
    page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: 'en-US' })
    page.on('pageerror', (e) => console.error('[pageerror]', e.message))
    page.on('console', (m) => m.type() === 'error' && console.error('[console]', m.text()))
  })

  after(async () => {
    await browser?.close()
    if (server && server.exitCode === null) {
      server.kill('SIGTERM')
      await new Promise((r) => server.once('exit', r))
    }
    if (process.env.MM_E2E_KEEP) console.log('kept', work)
    else if (work) rmSync(work, { recursive: true, force: true })
    if (process.exitCode) console.error(serverLog)
  })

  it('lists, opens, edits and deletes a linked file as a link', async () => {
    await scanAll()
    const before = digests(nas)
    await page.goto(`${base}/`)
    await page.locator('[data-testid="mm-root"]').waitFor()
    await page.click('[data-testid="tab-models"]')
    await page.fill('[data-testid="models-search"]', '-lora') // the compact list of every folder
    await card('nas-lora.safetensors').waitFor({ timeout: 15000 })
    await card('shelf-lora.safetensors').waitFor()
    await card('nas-lora.safetensors').click()
    await page.locator('.mm-detail .mm-detail-body').waitFor()
    await page.locator('[data-testid="detail-metadata"] summary').click()
    assert.match(await page.locator('[data-testid="detail-metadata"]').innerText(), /ss_network_module/)
    await page.click('[data-testid="detail-desc-edit-tab"]')
    await page.fill('[data-testid="detail-desc-input"]', '# On the NAS\n\nLinked, not copied.')
    await page.click('[data-testid="detail-desc-save"]')
    await page.locator('[data-testid="detail-desc-html"] h1').waitFor({ timeout: 15000 })
    const md = join(modelsDir, 'loras', 'nas-lora.md')
    assert.ok(lstatSync(md).isFile(), 'the description is a regular file next to the link')
    assert.deepEqual(digests(nas), before, 'nothing was written beside the target')
    await page.click('[data-testid="detail-delete"]')
    await page.locator('.p-confirmdialog').waitFor()
    assert.match(await page.locator('.p-confirmdialog').innerText(), /is a link to .*nas-lora\.safetensors.*Only the link/s)
    await shot('31-delete-link-confirm')
    await page.locator('.p-confirmdialog-accept-button').click()
    await page.locator('.mm-detail').waitFor({ state: 'detached', timeout: 15000 })
    assert.ok(!existsSync(join(modelsDir, 'loras', 'nas-lora.safetensors')) && !existsSync(md))
    assert.deepEqual(digests(nas), before, 'the link target is byte-identical')
  })

  it('deletes a model inside a linked folder for real, after saying so', async () => {
    await card('shelf-lora.safetensors').click()
    await page.locator('.mm-detail .mm-detail-body').waitFor()
    await page.click('[data-testid="detail-delete"]')
    await page.locator('.p-confirmdialog').waitFor()
    assert.match(await page.locator('.p-confirmdialog').innerText(), /inside a linked folder .*shelf.*deleted there/s)
    await shot('32-delete-in-linked-folder-confirm')
    await page.locator('.p-confirmdialog-accept-button').click()
    await page.locator('.mm-detail').waitFor({ state: 'detached', timeout: 15000 })
    assert.ok(!existsSync(join(nas, 'shelf', 'shelf-lora.safetensors')))
    assert.ok(existsSync(join(nas, 'shelf', 'keep-me.safetensors')) && lstatSync(join(modelsDir, 'loras', 'shelf')).isSymbolicLink())
  })

  it('names a duplicate pair and a truncated file in Health, and deletes the chosen copy', async () => {
    await scanAll()
    await page.click('[data-testid="tab-health"]')
    const group = page.locator('[data-testid="health-dup"]')
    await group.waitFor({ timeout: 15000 })
    assert.equal(await group.count(), 1)
    const paths = await group.locator('[data-testid="health-dup-copy"]').evaluateAll((els) => els.map((e) => e.dataset.path))
    assert.deepEqual(paths.sort(), ['checkpoints/old/twin-b.safetensors', 'checkpoints/twin-a.safetensors'])
    const cut = page.locator('[data-testid="health-broken-row"][data-path="loras/cut.safetensors"]')
    await cut.waitFor()
    assert.equal(await cut.getAttribute('data-kind'), 'truncated')
    assert.match(await page.locator('[data-testid="health-unused"]').innerText(), /twin-b/)
    await shot('33-health')
    // choosing both copies is refused in the UI
    await group.locator('[data-path="checkpoints/twin-a.safetensors"] input[type=checkbox]').click()
    await group.locator('[data-path="checkpoints/old/twin-b.safetensors"] input[type=checkbox]').click()
    assert.equal(await page.locator('[data-testid="health-dup-delete"]').isDisabled(), true)
    await group.locator('[data-path="checkpoints/twin-a.safetensors"] input[type=checkbox]').click()
    await page.click('[data-testid="health-dup-delete"]')
    const files = page.locator('[data-testid="health-confirm-files"]')
    await files.waitFor()
    assert.match(await files.innerText(), /checkpoints\/old\/twin-b\.safetensors/)
    assert.doesNotMatch(await files.innerText(), /twin-a/)
    assert.match(await page.locator('.p-dialog').innerText(), /Delete these 1 files\? .* will be freed/)
    await shot('34-health-confirm')
    await page.click('[data-testid="health-confirm-delete"]')
    await page.locator('[data-testid="health-dup"]').waitFor({ state: 'detached', timeout: 15000 })
    assert.ok(!existsSync(join(modelsDir, 'checkpoints', 'old', 'twin-b.safetensors')))
    assert.ok(existsSync(join(modelsDir, 'checkpoints', 'twin-a.safetensors')))
    await shot('35-health-after-cleanup')
  })
})
