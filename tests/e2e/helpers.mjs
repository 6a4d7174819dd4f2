// Helpers shared by the e2e specs: real model and image files, a loopback file
// server, the Civitai stand-in, a free port, waiting for a server, Chromium. Not a test file (the specs are listed by name).
import { spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import http from 'node:http'
import net from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'

const HERE = dirname(fileURLToPath(import.meta.url))
const ROOT = join(HERE, '..', '..')

export const sha256 = (buf) => createHash('sha256').update(buf).digest('hex')

/** A real .safetensors file: u64 LE header length, JSON header, F32 tensor bytes. */
export function makeSafetensors(floats, { tensors = ['lora_unet_down.lora_down.weight'], metadata = { format: 'pt', ss_network_module: 'networks.lora' } } = {}) {
  const per = Math.max(1, Math.floor(floats / tensors.length))
  const data = randomBytes(per * 4 * tensors.length)
  const header = { __metadata__: metadata }
  tensors.forEach((name, i) => {
    header[name] = { dtype: 'F32', shape: [per], data_offsets: [i * per * 4, (i + 1) * per * 4] }
  })
  let json = JSON.stringify(header)
  json += ' '.repeat((8 - (json.length % 8)) % 8)
  const len = Buffer.alloc(8)
  len.writeBigUInt64LE(BigInt(Buffer.byteLength(json)))
  return Buffer.concat([len, Buffer.from(json), data])
}

/** A valid RGB PNG of w × h pixels (a diagonal gradient), built by hand. */
/** A real PNG; `text` ({keyword: string}) adds tEXt chunks, as ComfyUI's SaveImage writes `workflow` / `prompt`. */
export function makePng(w = 64, h = 64, text = {}) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (buf) => {
    let c = 0xffffffff
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4)
    len.writeUInt32BE(data.length)
    const td = Buffer.concat([Buffer.from(type), data])
    const c = Buffer.alloc(4)
    c.writeUInt32BE(crc(td))
    return Buffer.concat([len, td, c])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(w, 0)
  ihdr.writeUInt32BE(h, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 2 // RGB
  const raw = Buffer.alloc((w * 3 + 1) * h)
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0
    for (let x = 0; x < w; x++) {
      const o = y * (w * 3 + 1) + 1 + x * 3
      raw[o] = (x * 255) / w
      raw[o + 1] = (y * 255) / h
      raw[o + 2] = 200
    }
  }
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  const texts = Object.entries(text).map(([k, v]) => chunk('tEXt', Buffer.concat([Buffer.from(k, 'latin1'), Buffer.from([0]), Buffer.from(v, 'utf8')])))
  return Buffer.concat([sig, chunk('IHDR', ihdr), ...texts, chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))])
}

/** Loopback file server for `files` ({name: Buffer}) at <prefix><name> (default /files/),
 * on `port` (default: a free one), honouring Range, throttled (`chunk` bytes every
 * `everyMs`) so that progress and a pause mid-file are observable.
 * Resolves {server, requests: [{url, range}], port}. */
export function startFileServer(files, { chunk = 64 * 1024, everyMs = 100, port = 0, prefix = '/files/' } = {}) {
  const requests = []
  const server = http.createServer((req, res) => {
    requests.push({ url: req.url, range: req.headers.range ?? null })
    const body = req.url.startsWith(prefix) ? files[decodeURIComponent(req.url.slice(prefix.length))] : undefined
    if (!body) return res.writeHead(404).end('not found')
    let start = 0
    let end = body.length - 1
    const headers = { 'Content-Type': 'application/octet-stream', 'Accept-Ranges': 'bytes' }
    const m = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '')
    if (m) {
      start = Number(m[1])
      if (m[2]) end = Math.min(end, Number(m[2]))
      if (start > end) return res.writeHead(416, { 'Content-Range': `bytes */${body.length}` }).end()
      res.writeHead(206, { ...headers, 'Content-Length': end - start + 1, 'Content-Range': `bytes ${start}-${end}/${body.length}` })
    } else {
      res.writeHead(200, { ...headers, 'Content-Length': body.length })
    }
    if (req.method === 'HEAD') return res.end()
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
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve({ server, requests, port: server.address().port }))
  })
}

/** The repo's Civitai stand-in (tests/civitai_standin.py) in a child Python process, its
 * "CDN" on localhost. Resolves {proc, civitai, cdn, cdnPort, civitaiPort}. */
export function startCivitaiStandin(python = process.env.MM_PYTHON || 'python3') {
  const proc = spawn(python, [join(HERE, 'civitai_standin_server.py')], { stdio: ['ignore', 'pipe', 'pipe'] })
  let err = ''
  proc.stderr.on('data', (d) => (err += d))
  return new Promise((resolve, reject) => {
    let out = ''
    proc.once('exit', (code) => reject(new Error(`Civitai stand-in exited with ${code}: ${err}`)))
    proc.stdout.on('data', (d) => {
      out += d
      const nl = out.indexOf('\n')
      if (nl !== -1) resolve({ proc, ...JSON.parse(out.slice(0, nl)) })
    })
  })
}

/** A free loopback TCP port. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })
}

/** Wait until `url` answers 2xx (fails early when `proc` exits). */
export async function waitForHttp(url, proc, ms = 30000) {
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

/** Debian's Chromium (or CHROMIUM_PATH), headless, quiet. */
export function launchChromium(chromium) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
}

/** tests/comfyui/launch.py (a real ComfyUI with this extension): resolves {proc, url, base, log}
 * when ComfyUI answers. Preparing the environment from scratch installs ~1.5 GB (a few minutes). */
export function launchComfyUI(env = {}) {
  const LAUNCH_TIMEOUT = Number(process.env.MM_COMFYUI_LAUNCH_TIMEOUT || 20 * 60) * 1000
  const proc = spawn(process.env.MM_PYTHON || 'python3', [join(ROOT, 'tests', 'comfyui', 'launch.py')], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...env }
  })
  let err = ''
  proc.stderr.on('data', (d) => {
    err += d
    process.stderr.write(d)
  })
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`ComfyUI did not start within ${LAUNCH_TIMEOUT} ms:\n${err}`)), LAUNCH_TIMEOUT)
    proc.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`launch.py exited with ${code}:\n${err}`))
    })
    proc.stdout.on('data', (d) => {
      out += d
      // the JSON line (anything else on stdout is preparation noise)
      const line = out.split('\n').find((l, i, all) => i < all.length - 1 && l.startsWith('{'))
      if (line) {
        clearTimeout(timer)
        resolve({ proc, ...JSON.parse(line) })
      }
    })
  })
}

/** Stops what launchComfyUI started (launch.py stops ComfyUI when its stdin closes). */
export async function stopComfyUI(comfy) {
  if (!comfy?.proc || comfy.proc.exitCode !== null) return
  const exited = new Promise((r) => comfy.proc.once('exit', r))
  comfy.proc.stdin.end()
  await Promise.race([exited, new Promise((r) => setTimeout(r, 20000))])
  if (comfy.proc.exitCode === null) comfy.proc.kill('SIGTERM')
}

/**
 * Run in the page (`page.evaluate(contrastOf, selector)`): for each visible element
 * matching `selector` that holds text, the WCAG contrast ratio of its text colour
 * against the colour it is drawn on (its own and its ancestors' backgrounds, alpha
 * blended, over white). Resolves [{text, color, background, ratio}].
 */
export function contrastOf(selector) {
  const parse = (c) => {
    const m = /rgba?\(([^)]+)\)/.exec(c || '')
    if (!m) return null
    const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number)
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }
  }
  const over = (top, under) => ({
    r: top.r * top.a + under.r * (1 - top.a),
    g: top.g * top.a + under.g * (1 - top.a),
    b: top.b * top.a + under.b * (1 - top.a),
    a: 1
  })
  const lum = ({ r, g, b }) => {
    const f = (v) => {
      v /= 255
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
    }
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b)
  }
  const backdrop = (el) => {
    const layers = []
    for (let e = el; e; e = e.parentElement) {
      const bg = parse(getComputedStyle(e).backgroundColor)
      if (bg && bg.a > 0) layers.push(bg)
      if (bg && bg.a >= 1) break
    }
    return layers.reverse().reduce((acc, l) => over(l, acc), { r: 255, g: 255, b: 255, a: 1 })
  }
  return [...document.querySelectorAll(selector)]
    .filter((el) => el.getClientRects().length && el.innerText?.trim())
    .map((el) => {
      const bg = backdrop(el)
      const fg0 = parse(getComputedStyle(el).color)
      const fg = over({ ...fg0, a: fg0.a * Number(getComputedStyle(el).opacity || 1) }, bg)
      const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a)
      const round = (c) => `rgb(${Math.round(c.r)}, ${Math.round(c.g)}, ${Math.round(c.b)})`
      return { text: el.innerText.trim().slice(0, 40), color: round(fg), background: round(bg), ratio: Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100 }
    })
}
