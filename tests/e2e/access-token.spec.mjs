// End-to-end: the access token in Debian's Chromium. The real standalone server, reached
// (a) through a tunnel on this machine — a small reverse proxy that adds X-Forwarded-For,
// as cloudflared / ngrok do, so the server counts the browser as another machine — and
// (b) directly on loopback. A change answers 401 → the UI asks for the token → retries;
// the token is kept per server, "Forget this token" drops it; on loopback Settings shows it.
// Run with `node --test tests/e2e/access-token.spec.mjs`.
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import net from 'node:net'
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

/** A reverse proxy on 127.0.0.1 adding X-Forwarded-For (WebSocket upgrades piped through). */
function startTunnel(targetPort) {
  const seen = []
  const server = http.createServer((req, res) => {
    seen.push({ method: req.method, url: req.url, auth: req.headers.authorization ?? null })
    const up = http.request(
      { host: '127.0.0.1', port: targetPort, method: req.method, path: req.url, headers: { ...req.headers, 'x-forwarded-for': '198.51.100.7' } },
      (r) => {
        res.writeHead(r.statusCode, r.headers)
        r.pipe(res)
      }
    )
    up.on('error', () => res.destroy())
    req.pipe(up)
  })
  server.on('upgrade', (req, sock, head) => {
    const up = net.connect(targetPort, '127.0.0.1', () => {
      const lines = [`${req.method} ${req.url} HTTP/1.1`]
      for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`)
      lines.push('X-Forwarded-For: 198.51.100.7', '', '')
      up.write(lines.join('\r\n'))
      up.write(head)
      sock.pipe(up).pipe(sock)
    })
    up.on('error', () => sock.destroy())
    sock.on('error', () => up.destroy())
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: server.address().port, seen })))
}

describe('access token in the UI (401 → ask → retry)', { timeout: 180000 }, () => {
  let work, modelsDir, dataDir, server, serverLog = '', tunnel, browser, context, page, direct, remote, token

  const shot = async (name) => {
    await page.waitForTimeout(400)
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true })
  }
  const api = async (path, init) => (await fetch(`${direct}${path}`, init)).json()

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true })
    work = mkdtempSync(join(tmpdir(), 'mm-e2e-token-'))
    modelsDir = join(work, 'models')
    dataDir = join(work, 'data')
    mkdirSync(join(modelsDir, 'loras'), { recursive: true })
    writeFileSync(join(modelsDir, 'loras', 'tunnel-lora.safetensors'), makeSafetensors(2048))
    const port = await freePort()
    direct = `http://127.0.0.1:${port}`
    server = spawn(SERVER_CMD, ['serve', '--models-dir', modelsDir, '--data-dir', dataDir, '--port', String(port)], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    server.stdout.on('data', (d) => (serverLog += d))
    server.stderr.on('data', (d) => (serverLog += d))
    await waitForHttp(`${direct}/model-manager/models`, server)
    token = readFileSync(join(dataDir, 'access-token'), 'utf8').trim()
    await api('/model-manager/download/setting', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ key: 'autoScan', value: false })
    })
    tunnel = await startTunnel(port)
    remote = `http://127.0.0.1:${tunnel.port}`
    browser = await launchChromium(chromium)
    context = await browser.newContext({ viewport: { width: 1100, height: 800 }, locale: 'en-US' })
    page = await context.newPage()
    page.on('pageerror', (e) => console.error('[pageerror]', e.message))
  })

  after(async () => {
    await browser?.close()
    tunnel?.server.closeAllConnections?.()
    tunnel?.server.close()
    if (server && server.exitCode === null) {
      server.kill('SIGTERM')
      await new Promise((r) => server.once('exit', r))
    }
    if (process.env.MM_E2E_KEEP) console.log('kept', work)
    else if (work) rmSync(work, { recursive: true, force: true })
    if (process.exitCode) console.error(serverLog)
  })

  it('browses through the tunnel without a token and without being asked', async () => {
    await page.goto(`${remote}/`)
    await page.locator('[data-testid="mm-root"]').waitFor()
    await page.click('[data-testid="tab-settings"]')
    await page.locator('[data-testid="settings-need-token"]').waitFor()
    assert.equal(await page.locator('[data-testid="token-dialog"]').count(), 0, 'loading asked for the token')
    await page.locator('[data-testid="access-not-kept"]').waitFor()
    assert.match(await page.locator('[data-testid="access-command"]').innerText(), /token --data-dir/)
    assert.equal(await page.locator('[data-testid="access-token"]').count(), 0, 'the token was shown to another machine')
    await shot('token-01-remote-settings')
  })

  it('a scan answers 401, the dialog asks, a wrong token asks again, the right one retries and the scan runs', async () => {
    await page.click('[data-testid="tab-scan"]')
    await page.click('[data-testid="scan-start"]')
    const dialog = page.locator('[data-testid="token-dialog"]')
    await dialog.waitFor()
    assert.match(await dialog.innerText(), /comfyui-model-manager token/)
    assert.match(await dialog.innerText(), /shown in Settings on the machine the server runs on/)
    assert.match(await page.locator('[data-testid="token-reason"]').innerText(), /need the access token/)
    await shot('token-02-asked')
    await page.fill('#mm-token-input', 'not-the-token-' + 'x'.repeat(30))
    await page.click('[data-testid="token-submit"]')
    await page.waitForFunction(() => /wrong/.test(document.querySelector('[data-testid="token-reason"]')?.textContent ?? ''))
    await page.fill('#mm-token-input', token)
    await page.click('[data-testid="token-submit"]')
    await page.locator('[data-testid="token-dialog"]').waitFor({ state: 'detached' })
    await page.waitForFunction(() => document.querySelector('[data-testid="scan-task"]')?.getAttribute('data-status') === 'completed', null, { timeout: 60000 })
    const scans = tunnel.seen.filter((r) => r.method === 'POST' && r.url === '/model-manager/scan')
    assert.deepEqual(scans.map((r) => r.auth), [null, 'Bearer not-the-token-' + 'x'.repeat(30), `Bearer ${token}`])
    const kept = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('model-manager.token:')))
    assert.deepEqual(kept, [[`model-manager.token:${remote}/model-manager/`, token]])
    await shot('token-03-scan-done')
  })

  it('keeps the token after a reload, sends it, and forgets it from Settings', async () => {
    await page.reload()
    await page.locator('[data-testid="mm-root"]').waitFor()
    await page.click('[data-testid="tab-settings"]')
    await page.locator('[data-testid="setting-concurrency"]').waitFor() // settings read with the kept token
    await page.locator('[data-testid="access-kept"]').waitFor()
    assert.match(await page.locator('[data-testid="access-kept"]').innerText(), /kept in this browser/)
    await shot('token-04-kept')
    await page.click('[data-testid="access-forget"]')
    await page.locator('[data-testid="access-not-kept"]').waitFor()
    assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('model-manager.token:')).length), 0)
  })

  it('cancelling the question changes nothing', async () => {
    const before = (await api('/model-manager/scan')).data.taskId
    await page.click('[data-testid="tab-scan"]')
    await page.click('[data-testid="scan-start"]')
    await page.locator('[data-testid="token-dialog"]').waitFor()
    await page.click('[data-testid="token-cancel"]')
    await page.locator('[data-testid="scan-error"]').waitFor()
    assert.equal((await api('/model-manager/scan')).data.taskId, before)
  })

  it('on the machine itself, Settings shows the token with a copy button', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: direct })
    const local = await context.newPage()
    page = local
    await local.goto(`${direct}/`)
    await local.locator('[data-testid="mm-root"]').waitFor()
    await local.click('[data-testid="tab-settings"]')
    await local.locator('[data-testid="access-token"]').waitFor()
    assert.equal(await local.locator('[data-testid="access-token"]').inputValue(), token)
    await local.click('[data-testid="access-token-copy"]')
    assert.equal(await local.evaluate(() => navigator.clipboard.readText()), token)
    await local.locator('[data-testid="setting-remoteAccess"]').waitFor()
    await shot('token-05-local-settings')
  })
})
