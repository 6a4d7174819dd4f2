import { createApp, type Component } from 'vue'

import { MM_CONTEXT, type MMContext } from '@/context'
import { makeI18n, type AppLocale } from '@/i18n'
import { markScope } from '@/styles/scope'
import { installPrimeVue } from '@/theme'

export function createMMApp(
  root: Component,
  ctx: MMContext,
  locale: AppLocale,
  props: Record<string, unknown> = {}
) {
  const app = createApp(root, props)
  installPrimeVue(app)
  app.use(makeI18n(locale))
  app.provide(MM_CONTEXT, ctx)
  return app
}

/**
 * Mount one of our apps into `el` (the host's sidebar element, our own container):
 * `el` becomes a scope of ours (see src/styles/scope.ts) until the app unmounts.
 */
export function mountMMApp(app: ReturnType<typeof createApp>, el: HTMLElement) {
  const unmark = markScope(el)
  const unmount = app.unmount.bind(app)
  app.unmount = () => {
    unmount()
    unmark()
  }
  app.mount(el)
  return app
}
