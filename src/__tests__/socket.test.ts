import { describe, expect, it } from 'vitest'

import { defaultBackoff, ReconnectingSocket, type SocketLike } from '@/api/socket'

class FakeSocket implements SocketLike {
  onopen: ((ev: unknown) => void) | null = null
  onclose: ((ev: unknown) => void) | null = null
  onerror: ((ev: unknown) => void) | null = null
  onmessage: ((ev: { data: unknown }) => void) | null = null
  closed = false
  constructor(readonly url: string) {}
  close() {
    this.closed = true
  }
  open() {
    this.onopen?.({})
  }
  drop() {
    this.onclose?.({})
  }
  send(msg: unknown) {
    this.onmessage?.({ data: typeof msg === 'string' ? msg : JSON.stringify(msg) })
  }
}

function harness() {
  const sockets: FakeSocket[] = []
  const timers: Array<{ fn: () => void; ms: number; cleared: boolean }> = []
  const rs = new ReconnectingSocket({
    url: 'ws://h/ws?clientId=x',
    createSocket: (url) => {
      const s = new FakeSocket(url)
      sockets.push(s)
      return s
    },
    setTimer: (fn, ms) => {
      const t = { fn, ms, cleared: false }
      timers.push(t)
      return t
    },
    clearTimer: (h) => {
      ;(h as { cleared: boolean }).cleared = true
    }
  })
  const fire = () => {
    const t = timers.shift()!
    if (!t.cleared) t.fn()
    return t.ms
  }
  return { rs, sockets, timers, fire }
}

describe('ReconnectingSocket', () => {
  it('dispatches {type, data} messages to listeners of that type', () => {
    const { rs, sockets } = harness()
    const got: unknown[] = []
    rs.on('update_download_task', (d) => got.push(d))
    rs.start()
    sockets[0].open()
    sockets[0].send({ type: 'update_download_task', data: { taskId: 'a' } })
    sockets[0].send({ type: 'status', data: {} })
    sockets[0].send('not json')
    sockets[0].send({ data: 1 })
    expect(got).toEqual([{ taskId: 'a' }])
  })

  it('reconnects with growing delays and resets them after a successful open', () => {
    const { rs, sockets, timers, fire } = harness()
    let reconnects = 0
    rs.onReconnect(() => reconnects++)
    rs.start()
    sockets[0].open()
    expect(reconnects).toBe(0)
    sockets[0].drop()
    expect(fire()).toBe(500)
    sockets[1].drop() // failed attempt
    expect(fire()).toBe(1000)
    sockets[2].drop()
    expect(fire()).toBe(2000)
    sockets[3].open()
    expect(reconnects).toBe(1)
    sockets[3].drop()
    expect(fire()).toBe(500)
    expect(timers).toHaveLength(0)
  })

  it('stop() closes the socket and cancels a pending reconnect', () => {
    const { rs, sockets, timers } = harness()
    rs.start()
    sockets[0].open()
    sockets[0].drop()
    expect(timers).toHaveLength(1)
    rs.stop()
    expect(timers[0].cleared).toBe(true)
    expect(sockets).toHaveLength(1)
  })

  it('backoff is capped', () => {
    expect(defaultBackoff(0)).toBe(500)
    expect(defaultBackoff(3)).toBe(4000)
    expect(defaultBackoff(20)).toBe(15000)
  })
})
