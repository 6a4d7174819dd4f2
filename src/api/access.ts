import { ref } from 'vue'

/**
 * The access token a server wants from other machines (`Authorization: Bearer`),
 * kept per server in localStorage. A 401 asks the user once — concurrent
 * requests share one question — through the asker the UI registered (the token
 * dialog), or `window.prompt` when no dialog is mounted.
 */
export type TokenAsker = (reason: string) => Promise<string | null>

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/** The localStorage key of a server's token: one per server URL (origin + API base). */
export function tokenStorageKey(serverUrl: string): string {
  return `model-manager.token:${serverUrl}`
}

function defaultStorage(): KeyValueStore | null {
  try {
    return typeof localStorage !== 'undefined' ? localStorage : null
  } catch {
    return null // storage disabled: the token lives for this page only
  }
}

export class TokenKeeper {
  /** The kept token (reactive), null when none. */
  readonly token = ref<string | null>(null)
  private askers: TokenAsker[] = []
  private asking: Promise<string | null> | null = null

  constructor(
    readonly key: string,
    private readonly storage: KeyValueStore | null = defaultStorage()
  ) {
    try {
      this.token.value = storage?.getItem(key) || null
    } catch {
      this.token.value = null
    }
  }

  get(): string | null {
    return this.token.value
  }

  set(token: string) {
    this.token.value = token
    try {
      this.storage?.setItem(this.key, token)
    } catch {
      /* kept for this page only */
    }
  }

  forget() {
    this.token.value = null
    try {
      this.storage?.removeItem(this.key)
    } catch {
      /* nothing kept */
    }
  }

  /** Register the UI's asker (the last one registered asks); returns the unregister function. */
  useAsker(asker: TokenAsker): () => void {
    this.askers.push(asker)
    return () => {
      this.askers = this.askers.filter((a) => a !== asker)
    }
  }

  /** Ask for the token (one question at a time); a given token is kept. Null when the user declines. */
  ask(reason: string): Promise<string | null> {
    if (!this.asking) {
      const asker: TokenAsker =
        this.askers[this.askers.length - 1] ??
        (async (r) => (typeof window !== 'undefined' && typeof window.prompt === 'function' ? window.prompt(r) : null))
      this.asking = asker(reason)
        .then((t) => {
          const token = t?.trim() || null
          if (token) this.set(token)
          return token
        })
        .finally(() => {
          this.asking = null
        })
    }
    return this.asking
  }
}
