// End-to-end: the real standalone server (`comfyui-model-manager serve`) driven in
// Debian's Chromium through playwright-core. Run with `node --test tests/e2e/`.
import { spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { fileURLToPath } from 'node:url'

import { chromium } from 'playwright-core'

const HERE = dirname(fileURLToPath(import.meta.url))
const ARTIFACTS = join(HERE, 'artifacts')
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const SERVER_CMD = process.env.MM_SERVER_CMD || 'comfyui-model-manager'
const FILE_NAME = 'e2e-lora.safetensors'

/** A real .safetensors file: u64 LE header length, JSON header, tensor bytes. */
function makeSafetensors(floats) {
  const data = randomBytes(floats * 4)
  const header = {
    __metadata__: { format: 'pt', 'ss_network_module': 'networks.lora' },
    'lora_unet_down.lora_down.weight': { dtype: 'F32', shape: [floats], data_offsets: [0, data.length] }
  }
  let json = JSON.stringify(header)
  json += ' '.repeat((8 - (json.length % 8)) % 8)
  const len = Buffer.alloc(8)
  len.writeBigUInt64LE(BigInt(Buffer.byteLength(json)))
  return Buffer.concat([len, Buffer.from(json), data])
}

/** Loopback file server honouring Range, throttled so that a pause is observable. */
function startFileServer(body, { chunk = 64 * 1024, everyMs = 100 } = {}) {
  const requests = []
  const server = http.createServer((req, res) => {
    requests.push({ url: req.url, range: req.headers.range ?? null })
    if (req.url !== `/files/${FILE_NAME}`) {
      res.writeHead(404).end('not found')
      return
    }
    let start = 0
    let end = body.length - 1
    const m = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '')
    const headers = { 'Content-Type': 'application/octet-stream', 'Accept-Ranges': 'bytes' }
    if (m) {
      start = Number(m[1])
      if (m[2]) end = Math.min(end, Number(m[2]))
      if (start > end) {
        res.writeHead(416, { 'Content-Range': `bytes */${body.length}` }).end()
        return
      }
      res.writeHead(206, { ...headers, 'Content-Length': end - start + 1, 'Content-Range': `bytes ${start}-${end}/${body.length}` })
    } else {
      res.writeHead(200, { ...headers, 'Content-Length': body.length })
    }
    if (req.method === 'HEAD') {
      res.end()
      return
    }
    let pos = start
    const timer = setInterval(() => {
      if (res.destroyed) return clearInterval(timer)
      const next = Math.min(end + 1, pos + chunk)
      res.write(body.subarray(pos, next))
      pos = next
      if (pos > end) {
        clearInterval(timer)
        res.end()
      }
    }, everyMs)
    res.on('close', () => clearInterval(timer))
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, requests, port: server.address().port })))
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })
}

async function waitForHttp(url, proc, ms = 30000) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (proc.exitCode !== null) throw new Error(`server exited with ${proc.exitCode}`)
    try {
      const r = await fetch(url)
      if (r.ok) return
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`${url} did not answer within ${ms} ms`)
}

describe('standalone UI against the real server', { timeout: 180000 }, () => {
  const body = makeSafetensors(768 * 1024) // ~3 MiB, ~5 s at 640 KiB/s
  let work, modelsDir, dataDir, files, server, serverLog = '', browser, page, base

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
    files = await startFileServer(body)
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    server = spawn(
      SERVER_CMD,
      ['serve', '--models-dir', modelsDir, '--data-dir', dataDir, '--port', String(port), '--allow-host', `127.0.0.1:${files.port}`],
      { stdio: ['ignore', 'pipe', 'pipe'] }
    )
    server.stdout.on('data', (d) => (serverLog += d))
    server.stderr.on('data', (d) => (serverLog += d))
    await waitForHttp(`${base}/model-manager/models`, server)
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    })
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
    if (process.env.MM_E2E_KEEP) console.log('kept', work)
    else if (work) rmSync(work, { recursive: true, force: true })
    if (process.exitCode) console.error(serverLog)
  })

  it('opens the page with an empty download list', async () => {
    await page.goto(`${base}/`)
    await page.locator('[data-testid="mm-root"]').waitFor()
    await page.locator('[data-testid="tasks-empty"]').waitFor()
    assert.equal(await page.locator('html').getAttribute('class').then((c) => c.includes('dark-theme')), true)
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
    assert.equal(createHash('sha256').update(got).digest('hex'), createHash('sha256').update(body).digest('hex'))
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
    await pick('models-folder', 'loras')
    await page
      .locator('[data-testid="model-row"], [data-testid="models-unavailable"], [data-testid="models-empty"]')
      .first()
      .waitFor({ timeout: 15000 })
    if (await page.locator('[data-testid="model-row"]').count()) {
      await page.fill('[data-testid="models-search"]', 'e2e-lora')
      assert.equal(await page.locator('[data-testid="model-row"]').count(), 1)
      await page.fill('[data-testid="models-search"]', 'zzz-no-such-model')
      await page.locator('[data-testid="models-empty"]').waitFor()
      await page.fill('[data-testid="models-search"]', '')
    }
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
})
