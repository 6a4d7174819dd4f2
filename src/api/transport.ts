/**
 * How requests and server events travel. ComfyUI mode goes through the host's
 * `api` object (it prefixes /api and owns the WebSocket); standalone mode uses
 * plain fetch plus our own reconnecting WebSocket.
 */
export type EventHandler = (data: unknown) => void

export interface Transport {
  readonly mode: 'comfyui' | 'standalone'
  fetch(path: string, init?: RequestInit): Promise<Response>
  /** The URL a route has in this host (for <img src>): ComfyUI prefixes its api base. */
  url(path: string): string
  /** Subscribe to a server event; returns an unsubscribe function. */
  on(event: string, handler: EventHandler): () => void
  /** Subscribe to (re)connection of the event stream (after a gap, state may be stale). */
  onReconnect(handler: () => void): () => void
}

/** The subset of ComfyUI's `api` (scripts/api.js) we use. */
export interface ComfyApiLike {
  fetchApi(route: string, options?: RequestInit): Promise<Response>
  apiURL?(route: string): string
  addEventListener(type: string, cb: (e: CustomEvent) => void): void
  removeEventListener(type: string, cb: (e: CustomEvent) => void): void
}

export function comfyTransport(api: ComfyApiLike): Transport {
  return {
    mode: 'comfyui',
    fetch: (path, init) => api.fetchApi(path, init),
    url: (path) => (typeof api.apiURL === 'function' ? api.apiURL(path) : '/api' + path),
    on(event, handler) {
      const cb = (e: CustomEvent) => handler(e.detail)
      api.addEventListener(event, cb)
      return () => api.removeEventListener(event, cb)
    },
    onReconnect(handler) {
      // ComfyUI's api emits "reconnected" after its socket comes back.
      const cb = () => handler()
      api.addEventListener('reconnected', cb)
      return () => api.removeEventListener('reconnected', cb)
    }
  }
}
