// End-to-end: the model browser on a real library — the real standalone server
// (`comfyui-model-manager serve`) in Debian's Chromium (playwright-core), a 950 px high
// window. The compact list, the folder tree with its counts, the wide view with
// multi-select, keyboard navigation and bulk delete / move on real files.
// Screenshots go to docs/screenshots/standalone-*.png. Run: node --test tests/e2e/browser.spec.mjs
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'

import { chromium } from 'playwright-core'

import { freePort, makePng, makeSafetensors, waitForHttp } from './helpers.mjs'

const HERE = dirname(fileURLToPath(import.meta.url))
const SHOTS = join(HERE, '..', '..', 'docs', 'screenshots')
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const SERVER_CMD = process.env.MM_SERVER_CMD || 'comfyui-model-manager'

/** loras/<dir>/<name>: 60 at the root, 30 in styles, 20 in styles/anime, 10 in characters. */
const LAYOUT = [['', 60], ['styles', 30], ['styles/anime', 20], ['characters', 10]]
const LORA = { tensors: ['lora_unet_down_blocks_0.lora_down.weight'], metadata: { ss_network_module: 'networks.lora', ss_base_model_version: 'sdxl_base_v1-0' } }

describe('model browser on a 120-model library (standalone)', { timeout: 240000 }, () => {
  let work, modelsDir, server, serverLog = '', browser, page, base
  const loras = () => join(modelsDir, 'loras')
  const rows = () => page.locator('[data-testid="model-row"]')
  const wide = () => page.locator('[data-testid="models-wide"]')
  const cards = () => wide().locator('[data-testid="model-card"]')
  const shot = async (name) => {
    await page.waitForTimeout(500)
    await page.screenshot({ path: join(SHOTS, `${name}.png`) })
  }
  /** The rows entirely inside the list's box and the window. */
  const visibleRows = () =>
    page.evaluate(() => {
      const list = document.querySelector('[data-testid="models-list"]').getBoundingClientRect()
      return [...document.querySelectorAll('[data-testid="model-row"]')].filter((r) => {
        const b = r.getBoundingClientRect()
        return b.height > 0 && b.top >= list.top - 1 && b.bottom <= Math.min(list.bottom, innerHeight) + 1
      }).length
    })

  before(async () => {
    mkdirSync(SHOTS, { recursive: true })
    work = mkdtempSync(join(tmpdir(), 'mm-e2e-browser-'))
    modelsDir = join(work, 'models')
    for (const d of ['checkpoints', 'vae']) mkdirSync(join(modelsDir, d), { recursive: true })
    let i = 0
    for (const [dir, n] of LAYOUT) {
      mkdirSync(join(loras(), dir), { recursive: true })
      for (let k = 0; k < n; k++, i++) {
        const name = `${['ink', 'neon', 'clay', 'paper'][i % 4]}-lora-${String(i).padStart(3, '0')}`
        writeFileSync(join(loras(), dir, `${name}.safetensors`), makeSafetensors(64 + i, LORA))
        if (i % 3 === 0) writeFileSync(join(loras(), dir, `${name}.preview.png`), makePng(48, 48))
      }
    }
    writeFileSync(join(loras(), 'clay-lora-002.md'), '# Clay\n\nA **test** LoRA.')
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    server = spawn(SERVER_CMD, ['serve', '--models-dir', modelsDir, '--data-dir', join(work, 'data'), '--port', String(port)], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    server.stdout.on('data', (d) => (serverLog += d))
    server.stderr.on('data', (d) => (serverLog += d))
    await waitForHttp(`${base}/model-manager/models`, server)
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    })
    page = await browser.newPage({ viewport: { width: 1280, height: 950 }, locale: 'en-US' })
    page.on('pageerror', (e) => console.error('[pageerror]', e.message))
    page.on('console', (m) => m.type() === 'error' && console.error('[console]', m.text()))
  })

  after(async () => {
    await browser?.close()
    if (server && server.exitCode === null) {
      server.kill('SIGTERM')
      await new Promise((r) => server.once('exit', r))
    }
    if (process.exitCode) console.error(serverLog)
    if (work) rmSync(work, { recursive: true, force: true })
  })

  it('shows a compact list by default: at least 12 models at 950 px, filters folded into one row', async () => {
    await page.goto(base + '/')
    await page.click('[data-testid="tab-models"]')
    await rows().first().waitFor({ timeout: 20000 })
    assert.match(await page.locator('[data-testid="models-count"]').innerText(), /120 models/)
    const n = await visibleRows()
    assert.ok(n >= 12, `rows fully visible: ${n}`)
    // One row of controls above the list: nothing of the filters until asked for.
    assert.equal(await page.locator('[data-testid="models-filters"]').count(), 0)
    const bar = await page.locator('.mm-models-bar').boundingBox()
    assert.ok(bar.height < 48, `controls fit one row: ${JSON.stringify(bar)}`)
    const first = rows().first()
    assert.match(await first.innerText(), /SDXL/)
    assert.match(await first.innerText(), /B|KB/)
    await page.click('[data-testid="models-filters-toggle"]')
    await page.locator('[data-testid="models-filters"]').waitFor()
    await page.click('[data-testid="models-filters-toggle"]')
    await shot('standalone-list')
  })

  it('navigates folders with a tree that counts every model at or below each folder', async () => {
    await page.click('[data-testid="models-tree-toggle"]')
    const node = (key) => page.locator(`[data-testid="folder-node"][data-key="${key}"]`)
    await node('loras').waitFor()
    assert.equal(await node('*').getAttribute('data-count'), '120')
    assert.equal(await node('loras').getAttribute('data-count'), '120')
    assert.equal(await node('checkpoints').getAttribute('data-count'), '0')
    await node('loras').locator('xpath=ancestor::*[contains(@class,"p-tree-node-content")]').locator('.p-tree-node-toggle-button').click()
    await node('loras/styles').waitFor()
    assert.equal(await node('loras/styles').getAttribute('data-count'), '50')
    assert.equal(await node('loras/characters').getAttribute('data-count'), '10')
    await node('loras/styles').click()
    await page.waitForFunction(() => /^50 models/.test(document.querySelector('[data-testid="models-count"]').innerText))
    assert.match(await page.locator('[data-testid="models-scope"]').innerText(), /loras\/styles/)
    const paths = await rows().evaluateAll((els) => els.map((e) => e.title))
    assert.ok(paths.length && paths.every((p) => p.startsWith('loras/styles/')), paths.join(' '))
    await shot('standalone-tree')
    await node('*').click()
    await page.waitForFunction(() => /^120 models/.test(document.querySelector('[data-testid="models-count"]').innerText))
    await page.click('[data-testid="models-tree-toggle"]')
  })

  it('opens wide: tree, grid and detail side by side; click, Ctrl+click and Shift+click select', async () => {
    await page.click('[data-testid="models-open-wide"]')
    await wide().waitFor()
    await cards().first().waitFor()
    // the dialog's enter transition scales it: measure the layout once it has run
    await page.waitForFunction(() => !document.getAnimations().some(
      (a) => a.playState === 'running' && Number.isFinite(a.effect?.getComputedTiming().endTime)))
    const [tree, grid, side] = await Promise.all(['.mm-wide-tree', '.mm-wide-grid', '.mm-wide-side'].map((s) => wide().locator(s).boundingBox()))
    assert.ok(tree.x + tree.width <= grid.x && grid.x + grid.width <= side.x, 'tree | grid | detail, side by side')
    assert.ok(grid.height > 600, `the grid takes the height: ${grid.height}`)
    await wide().locator('[data-testid="folder-node"][data-key="loras"]').click()
    await cards().nth(0).click()
    await cards().nth(2).click({ modifiers: ['Control'] })
    await cards().nth(5).click({ modifiers: ['Shift'] })
    assert.match(await wide().locator('[data-testid="wide-count"]').innerText(), /^4 selected/)
    const selected = await wide().locator('[data-testid="model-card"][data-selected="true"]').evaluateAll((els) => els.map((e) => e.dataset.name))
    assert.equal(selected.length, 4)
    await wide().locator('[data-testid="wide-side-multi"]').waitFor()
    await shot('standalone-wide')
  })

  it('moves the cursor with the arrow keys, shows its detail beside the grid, Enter opens the full detail', async () => {
    await wide().locator('[data-testid="wide-select-none"]').click()
    await wide().locator('[data-testid="wide-grid"]').focus()
    const names = await cards().evaluateAll((els) => els.map((e) => e.dataset.name))
    const cols = await wide().locator('.mm-grid-row').first().evaluate((r) => r.querySelectorAll('[data-testid="model-card"]').length)
    await page.keyboard.press('Home')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowDown')
    const want = names[1 + cols]
    await page.waitForFunction((n) => document.querySelector('[data-testid="wide-side-name"]')?.textContent.trim() === n, want)
    assert.deepEqual(await wide().locator('[data-testid="model-card"][data-selected="true"]').evaluateAll((els) => els.map((e) => e.dataset.name)), [want])
    await page.keyboard.press('Shift+ArrowLeft')
    assert.equal(await wide().locator('[data-testid="model-card"][data-selected="true"]').count(), 2)
    await page.keyboard.press('Enter')
    await page.locator('.mm-detail .mm-detail-body').waitFor()
    assert.equal(await page.locator('.mm-detail .p-dialog-title').innerText(), names[cols])
    await page.keyboard.press('Escape')
    await page.locator('.mm-detail').waitFor({ state: 'detached' })
    // Back on the grid: the keys still work.
    await page.keyboard.press('Home')
    await page.waitForFunction((n) => document.querySelector('[data-testid="wide-side-name"]')?.textContent.trim() === n, names[0])
    await wide().locator('[data-testid="wide-side-desc"]').waitFor() // clay-lora-002, the first by name, has a description
  })

  it('deletes the selection after one confirmation that lists every file; the files and their sidecars are gone', async () => {
    await wide().locator('[data-testid="folder-node"][data-key="loras/characters"]').click()
    await page.waitForFunction(() => /10 models/.test(document.querySelector('[data-testid="wide-count"]').innerText))
    await cards().nth(0).click()
    await cards().nth(2).click({ modifiers: ['Shift'] })
    const chosen = await wide().locator('[data-testid="model-card"][data-selected="true"]').evaluateAll((els) => els.map((e) => e.dataset.name))
    assert.equal(chosen.length, 3)
    await page.keyboard.press('Delete')
    const dialog = page.locator('[data-testid="bulk-delete-dialog"]')
    await dialog.waitFor()
    const listed = await dialog.locator('[data-testid="bulk-delete-file"]').evaluateAll((els) => els.map((e) => e.dataset.path))
    assert.deepEqual(listed.sort(), chosen.map((n) => `loras/characters/${n}`).sort())
    await shot('standalone-wide-delete-confirm')
    await dialog.locator('[data-testid="bulk-delete-confirm"]').click()
    await dialog.waitFor({ state: 'detached' })
    await page.waitForFunction(() => /^7 models/.test(document.querySelector('[data-testid="wide-count"]').innerText))
    for (const n of chosen) assert.equal(existsSync(join(loras(), 'characters', n)), false, n)
    const left = readdirSync(join(loras(), 'characters'))
    for (const n of chosen) assert.ok(!left.some((f) => f.startsWith(n.replace('.safetensors', '.'))), `no sidecar of ${n} left: ${left}`)
    assert.equal(left.filter((f) => f.endsWith('.safetensors')).length, 7)
    assert.equal(await wide().locator('[data-testid="folder-node"][data-key="loras/characters"]').getAttribute('data-count'), '7')
  })

  it('moves the selection into another folder (names kept, previews along)', async () => {
    await cards().nth(0).click()
    await page.keyboard.press('Shift+ArrowRight')
    const chosen = await wide().locator('[data-testid="model-card"][data-selected="true"]').evaluateAll((els) => els.map((e) => e.dataset.name))
    assert.equal(chosen.length, 2)
    await wide().locator('[data-testid="bulk-move"]').click()
    const dialog = page.locator('[data-testid="bulk-move-dialog"]')
    await dialog.waitFor()
    await dialog.locator('[data-testid="bulk-move-subfolder"]').fill('styles/moved')
    await dialog.locator('[data-testid="bulk-move-confirm"]').click()
    await dialog.waitFor({ state: 'detached' })
    await page.waitForFunction(() => /^5 models/.test(document.querySelector('[data-testid="wide-count"]').innerText))
    for (const n of chosen) {
      assert.ok(existsSync(join(loras(), 'styles', 'moved', n)), n)
      assert.ok(!existsSync(join(loras(), 'characters', n)), n)
    }
    assert.equal(await wide().locator('[data-testid="folder-node"][data-key="loras/styles"]').getAttribute('data-count'), '52')
    await page.keyboard.press('Escape')
    await wide().waitFor({ state: 'detached' })
  })
})
