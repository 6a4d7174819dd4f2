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
