import { createI18n } from 'vue-i18n'

import en from '../locales/en/main.json'
import zh from '../locales/zh/main.json'

export const SUPPORTED_LOCALES = ['en', 'zh'] as const
export type AppLocale = (typeof SUPPORTED_LOCALES)[number]

export const messages = { en, zh }

/** "zh-CN" / "zh_TW" / "zh" → "zh"; anything unknown → "en". */
export function resolveLocale(raw: string | null | undefined): AppLocale {
  const base = String(raw || '')
    .toLowerCase()
    .split(/[-_]/)[0]
  return (SUPPORTED_LOCALES as readonly string[]).includes(base) ? (base as AppLocale) : 'en'
}

export function makeI18n(locale: AppLocale) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages,
    missingWarn: false,
    fallbackWarn: false
  })
}

/** The `update_available` toast's text, outside any component. */
export function updatesToastLabel(locale: () => AppLocale) {
  return (n: number, names: string) => {
    const { t } = makeI18n(locale()).global
    return { summary: t('modelManager.updates.toastSummary', { n }, n), detail: names }
  }
}
