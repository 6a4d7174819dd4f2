import { standaloneTransport } from '@/api/standalone'
import App from '@/components/App.vue'
import { announceTaskEvents, announceUpdates, createContext, watchLibrary } from '@/context'
import { messages, resolveLocale, updatesToastLabel } from '@/i18n'
import { createMMApp, mountMMApp } from '@/setupApp'
import { setDarkSource } from '@/styles/scope'
import primeicons from 'virtual:mm-primeicons'

export function startStandalone() {
  // The host page has no PrimeIcons and no theme: bring both, dark.
  const style = document.createElement('style')
  style.setAttribute('data-mm', 'primeicons')
  style.textContent = primeicons
  document.head.appendChild(style)
  document.documentElement.classList.add('mm-page')
  setDarkSource(() => true)

  let root = document.getElementById('model-manager-root')
  if (!root) {
    root = document.createElement('div')
    root.id = 'model-manager-root'
    document.body.appendChild(root)
  }
  const ctx = createContext(standaloneTransport())
  const locale = resolveLocale(navigator.language)
  announceTaskEvents(ctx, (key) => messages[locale].modelManager.downloads[key])
  announceUpdates(ctx, updatesToastLabel(() => locale))
  watchLibrary(ctx)
  const app = createMMApp(App, ctx, locale, { standalone: true })
  return mountMMApp(app, root)
}
