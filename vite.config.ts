import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath, URL } from 'node:url'

import vue from '@vitejs/plugin-vue'
import { defineConfig, type Plugin } from 'vite'
import cssInjectedByJs from 'vite-plugin-css-injected-by-js'

const require = createRequire(import.meta.url)

/** ComfyUI's own modules: imported at run time, relative to /extensions/<folder>/. */
const HOST_MODULES = ['../../scripts/app.js', '../../scripts/api.js']

/**
 * `virtual:mm-primeicons` exports primeicons' CSS as a string with only the woff2
 * font inlined (the full package CSS would inline five font formats, ~850 kB).
 * Injected only in standalone mode: inside ComfyUI the host already loads it.
 */
function primeiconsInline(): Plugin {
  const id = 'virtual:mm-primeicons'
  return {
    name: 'mm-primeicons-inline',
    resolveId: (source) => (source === id ? '\0' + id : null),
    load(resolved) {
      if (resolved !== '\0' + id) return null
      const cssPath = require.resolve('primeicons/primeicons.css')
      const fontPath = require.resolve('primeicons/fonts/primeicons.woff2')
      const css = readFileSync(cssPath, 'utf8').replace(/@font-face\s*{[^}]*}/, '')
      const font = readFileSync(fontPath).toString('base64')
      const face =
        "@font-face{font-family:'primeicons';font-display:block;font-weight:normal;font-style:normal;" +
        `src:url(data:font/woff2;base64,${font}) format('woff2')}`
      return `export default ${JSON.stringify(face + css)}`
    }
  }
}

/**
 * The host ComfyUI frontend bundles its own PrimeVue, which keeps one
 * <style data-primevue-style-id="NAME"> per component in <head>. Our copy would
 * find those tags by the same attribute and overwrite them with its own CSS.
 * Renaming the attribute in our copy keeps the two sets of style tags apart.
 */
function isolatePrimeVueStyles(): Plugin {
  return {
    name: 'mm-isolate-primevue-styles',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]@prime(vue|uix)[\\/]/.test(id)) return null
      if (!code.includes('data-primevue-style-id')) return null
      return { code: code.replaceAll('data-primevue-style-id', 'data-mm-style-id'), map: null }
    }
  }
}

const SCOPE_MODULE = fileURLToPath(new URL('./src/styles/scope.ts', import.meta.url))

/**
 * Fence our PrimeVue in (see src/styles/scope.ts for why): its style tags go through
 * `scopeCss` and are appended after the host's stylesheets (PrimeVue prepends the
 * layer-order tag, which would put our layer below every host layer), and its
 * overlays teleport into our `overlayRoot()` instead of <body>. Each edit must find
 * its spot: a PrimeVue upgrade that moves the code fails the build here.
 */
function scopePrimeVue(): Plugin {
  const edits: Array<{ file: RegExp; from: string; to: string }> = [
    {
      file: /[\\/]@primevue[\\/]core[\\/]usestyle[\\/]index\.mjs$/,
      from: 'styleRef.value.textContent = value;',
      to: 'styleRef.value.textContent = __mmScope.scopeCss(value, _name);'
    },
    {
      file: /[\\/]@primevue[\\/]core[\\/]usestyle[\\/]index\.mjs$/,
      from: 'first ? document.head.prepend(styleRef.value) : document.head.appendChild(styleRef.value);',
      to: 'document.head.appendChild(styleRef.value);'
    },
    {
      file: /[\\/]primevue[\\/]portal[\\/]index\.mjs$/,
      from: 'to: $props.appendTo',
      to: "to: $props.appendTo === 'body' ? __mmScope.overlayRoot() : $props.appendTo"
    },
    {
      file: /[\\/]primevue[\\/]tooltip[\\/]index\.mjs$/,
      from: 'document.body.appendChild(container);',
      to: '__mmScope.overlayRoot().appendChild(container);'
    },
    {
      file: /[\\/]primevue[\\/]tooltip[\\/]index\.mjs$/,
      from: 'document.body.removeChild(tooltipElement);',
      to: 'tooltipElement.remove();'
    }
  ]
  return {
    name: 'mm-scope-primevue',
    enforce: 'pre',
    transform(code, id) {
      const mine = edits.filter((e) => e.file.test(id))
      if (!mine.length) return null
      for (const e of mine) {
        if (!code.includes(e.from)) throw new Error(`mm-scope-primevue: "${e.from}" not found in ${id}`)
        code = code.replace(e.from, e.to)
      }
      return { code: `import * as __mmScope from ${JSON.stringify(SCOPE_MODULE)};\n${code}`, map: null }
    }
  }
}

export default defineConfig({
  plugins: [vue(), cssInjectedByJs(), primeiconsInline(), isolatePrimeVueStyles(), scopePrimeVue()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) }
  },
  define: {
    'process.env.NODE_ENV': JSON.stringify('production'),
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    __INTLIFY_JIT_COMPILATION__: 'true',
    __INTLIFY_DROP_MESSAGE_COMPILER__: 'false'
  },
  build: {
    outDir: 'web',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    minify: true,
    cssCodeSplit: false,
    copyPublicDir: false,
    lib: {
      entry: fileURLToPath(new URL('./src/main.ts', import.meta.url)),
      formats: ['es'],
      fileName: () => 'model-manager.js'
    },
    rollupOptions: {
      external: HOST_MODULES,
      output: { codeSplitting: false, minify: true }
    }
  }
})
