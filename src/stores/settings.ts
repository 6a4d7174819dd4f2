import { ref } from 'vue'

import { ApiError, type ApiClient } from '@/api/client'
import type { SettingKey, Settings } from '@/api/types'

export function createSettingsStore(api: ApiClient) {
  const settings = ref<Settings | null>(null)
  const error = ref<string | null>(null)
  /** The last load answered 401: another machine without the token (no question asked on load). */
  const needsToken = ref(false)

  /** `ask`: on a 401 ask for the token (the user asked for the settings) instead of failing. */
  async function load(ask = false) {
    try {
      settings.value = (await api.initDownloads({ ask })).settings
      error.value = null
      needsToken.value = false
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
      needsToken.value = e instanceof ApiError && e.status === 401
    }
  }

  async function set(key: SettingKey, value: unknown) {
    settings.value = await api.setSetting(key, value)
  }

  return { settings, error, needsToken, load, set }
}

export type SettingsStore = ReturnType<typeof createSettingsStore>
