/**
 * Our PrimeVue, fenced in: whatever the host page is (ComfyUI frontend 1.32 with its
 * own PrimeVue, 1.58 with Tailwind 4 layers and no PrimeVue, the standalone page),
 * our widgets look the same and nothing of ours reaches the host's elements.
 *
 * Why (seen in frontend 1.58.1): PrimeVue's CSS lived in the first-declared layer, so
 * the host's Tailwind `base` layer (`button { color: inherit; font: inherit }`) beat
 * every rule of ours; our dark palette hung on the host's `.dark-theme` class, which
 * 1.58 no longer sets (it writes `color-scheme` on <html>); and our `:root` rules
 * (`color-scheme`, variables) and `@keyframes p-*` were global.
 *
 * So (vite.config.ts wires these into our copy of PrimeVue at build time):
 * - every style tag our PrimeVue writes goes through `scopeCss`: each selector gets
 *   `:where(.mm-scope)` in front (no extra specificity), `:root` / `:host` become
 *   `:where(.mm-scope)` (our tokens live on our elements only), keyframes are renamed
 *   `mm-p-*`; the tags are appended after the host's stylesheets, so our layer `mm`
 *   comes after the host's layers and wins over them on our elements;
 * - overlays (dialogs, selects, toasts, tooltips) teleport into `overlayRoot()`, a
 *   `.mm-scope` element at the end of <body>, instead of <body> itself;
 * - `markScope(el)` puts `.mm-scope` on a mount element and keeps `.mm-dark` on every
 *   scope element in step with the host's palette (`hostIsDark`).
 */

export const SCOPE_CLASS = 'mm-scope'
export const DARK_CLASS = 'mm-dark'
const SCOPE = `:where(.${SCOPE_CLASS})`
const OVERLAY_ID = 'mm-overlays'

/** Split a selector list at its top-level commas (not those inside `:is(a, b)` or `[x="a,b"]`). */
export function splitSelectors(list: string): string[] {
  const out: string[] = []
  let depth = 0
  let quote: string | null = null
  let cur = ''
  for (let i = 0; i < list.length; i++) {
    const c = list[i]
    if (quote) {
      if (c === quote && list[i - 1] !== '\\') quote = null
    } else if (c === '"' || c === "'") quote = c
    else if (c === '(' || c === '[') depth++
    else if (c === ')' || c === ']') depth--
    else if (c === ',' && depth === 0) {
      out.push(cur.trim())
      cur = ''
      continue
    }
    cur += c
  }
  if (cur.trim()) out.push(cur.trim())
  return out
}

/** One selector, fenced into our scope. */
export function scopeSelector(sel: string): string {
  if (/^(:root|:host|html|body)$/i.test(sel)) return SCOPE
  if (sel.startsWith('.mm-')) return sel // ours already (.mm-dark, the scope itself)
  // `:root.x` / `html .x`: the page root's part becomes the scope's
  const m = /^(:root|:host|html|body)(\s*)(.*)$/i.exec(sel)
  if (m && m[3] && !/^[\w-]/.test(m[3])) return m[2] ? `${SCOPE} ${m[3]}` : `${SCOPE}${m[3]}`
  return `${SCOPE} ${sel}`
}

const renameAnimation = (value: string) =>
  value
    .split(',')
    .map((n) => (/^\s*p-[\w-]+\s*$/.test(n) ? `mm-${n.trim()}` : n.trim()))
    .join(', ')

function rewriteRules(rules: CSSRuleList) {
  for (const rule of Array.from(rules)) {
    if (rule instanceof CSSStyleRule) {
      rule.selectorText = splitSelectors(rule.selectorText).map(scopeSelector).join(', ')
      const anim = rule.style.getPropertyValue('animation-name')
      if (anim && /\bp-/.test(anim)) rule.style.setProperty('animation-name', renameAnimation(anim))
    } else if (typeof CSSKeyframesRule !== 'undefined' && rule instanceof CSSKeyframesRule) {
      if (rule.name.startsWith('p-')) rule.name = `mm-${rule.name}`
    } else if ('cssRules' in rule && (rule as CSSGroupingRule).cssRules) {
      rewriteRules((rule as CSSGroupingRule).cssRules) // @layer, @media, @supports, @container
    }
  }
}

/**
 * The CSS of one of our PrimeVue style tags, fenced into `.mm-scope` (see above).
 * `name` is PrimeVue's style id (`button-style`, `semantic-variables`, `layer-order`, ...).
 * Without a CSSOM (unit tests in jsdom) the CSS is returned as it is.
 */
export function scopeCss(css: string, name = ''): string {
  if (!css || name === 'layer-order' || typeof CSSStyleSheet === 'undefined') return css
  let sheet: CSSStyleSheet
  try {
    sheet = new CSSStyleSheet()
    sheet.replaceSync(css)
  } catch {
    return css
  }
  rewriteRules(sheet.cssRules)
  return Array.from(sheet.cssRules, (r) => r.cssText).join('\n')
}

/**
 * Whether the host page is dark: ComfyUI frontend 1.32 puts `.dark-theme` on <body>;
 * 1.58 writes the palette's `color-scheme` inline on <html>; otherwise the page's
 * computed color scheme.
 */
export function hostIsDark(doc: Document = document): boolean {
  if (doc.body?.classList.contains('dark-theme') || doc.documentElement.classList.contains('dark-theme')) return true
  const inline = doc.documentElement.style.colorScheme
  if (inline) return /\bdark\b/.test(inline) && !/\blight\b/.test(inline)
  try {
    const cs = getComputedStyle(doc.body ?? doc.documentElement).colorScheme
    return /^dark\b/.test(cs ?? '')
  } catch {
    return false
  }
}

const scopes = new Set<HTMLElement>()
let darkSource: () => boolean = () => hostIsDark()
let observer: MutationObserver | null = null

function applyDark() {
  const dark = darkSource()
  for (const el of scopes) el.classList.toggle(DARK_CLASS, dark)
}

function watchHost() {
  if (observer || typeof MutationObserver === 'undefined') return
  observer = new MutationObserver(applyDark)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'style'] })
  if (document.body) observer.observe(document.body, { attributes: true, attributeFilter: ['class'] })
}

/** Decide dark / light some other way (the standalone page is always dark). */
export function setDarkSource(source: () => boolean) {
  darkSource = source
  applyDark()
}

/** Make `el` a scope of ours: `.mm-scope`, and `.mm-dark` while the host is dark. Returns the undo. */
export function markScope(el: HTMLElement): () => void {
  el.classList.add(SCOPE_CLASS)
  scopes.add(el)
  watchHost()
  applyDark()
  return () => {
    scopes.delete(el)
    el.classList.remove(SCOPE_CLASS, DARK_CLASS)
  }
}

/** The element our overlays teleport into: a scope of ours, last in <body>. */
export function overlayRoot(): HTMLElement {
  let el = document.getElementById(OVERLAY_ID)
  if (!el) {
    el = document.createElement('div')
    el.id = OVERLAY_ID
    el.setAttribute('data-mm', 'overlays')
    document.body.appendChild(el)
    markScope(el)
  }
  return el
}
