import { ReconnectingSocket } from './socket'
import type { Transport } from './transport'

function uuid(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID()
  return 'mm-' + Math.random().toString(36).slice(2) + Date.now().toString(36)
}

export function standaloneTransport(base: Location = window.location): Transport {
  const scheme = base.protocol === 'https:' ? 'wss:' : 'ws:'
  const socket = new ReconnectingSocket({ url: `${scheme}//${base.host}/ws?clientId=${uuid()}` })
  socket.start()
  return {
    mode: 'standalone',
    fetch: (path, init) => fetch(path, init),
    url: (path) => path,
    on: (event, handler) => socket.on(event, handler),
    onReconnect: (handler) => socket.onReconnect(handler)
  }
}
