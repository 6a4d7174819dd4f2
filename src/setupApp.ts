import { createApp, type Component } from 'vue'

import { MM_CONTEXT, type MMContext } from '@/context'
import { makeI18n, type AppLocale } from '@/i18n'
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
