import { ref } from 'vue'

import type { ApiClient } from '@/api/client'
import type { SettingKey, Settings } from '@/api/types'

export function createSettingsStore(api: ApiClient) {
  const settings = ref<Settings | null>(null)
  const error = ref<string | null>(null)

  async function load() {
    try {
      settings.value = (await api.initDownloads()).settings
      error.value = null
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
    }
  }

  async function set(key: SettingKey, value: unknown) {
    settings.value = await api.setSetting(key, value)
  }

  return { settings, error, load, set }
}

export type SettingsStore = ReturnType<typeof createSettingsStore>
