import { ref } from 'vue'

import type { TokenKeeper } from '@/api/access'
import type { ApiClient } from '@/api/client'
import type { AccessInfo } from '@/api/types'

/** What this browser may do on the server, and the token: shown (machine itself) or kept / forgotten. */
export function createAccessStore(api: ApiClient, tokens: TokenKeeper) {
  const info = ref<AccessInfo | null>(null)
  /** The server's token, only when this browser runs on the server's machine. */
  const localToken = ref<string | null>(null)

  async function load() {
    try {
      info.value = await api.getAccess()
      localToken.value = info.value.local ? (await api.getAccessToken()).token : null
    } catch {
      localToken.value = null
    }
  }

  async function forget() {
    tokens.forget()
    await load()
  }

  /** Ask for the token now (Settings' "Enter token"); true when one was given. */
  async function enter(reason: string) {
    const token = await tokens.ask(reason)
    await load()
    return token !== null
  }

  return { info, localToken, kept: tokens.token, load, forget, enter }
}

export type AccessStore = ReturnType<typeof createAccessStore>
