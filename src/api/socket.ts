import type { EventHandler } from './transport'

export interface SocketLike {
  onopen: ((ev: unknown) => void) | null
  onclose: ((ev: unknown) => void) | null
  onerror: ((ev: unknown) => void) | null
  onmessage: ((ev: { data: unknown }) => void) | null
  close(): void
}

export interface ReconnectOptions {
  url: string
  createSocket?: (url: string) => SocketLike
  /** Delay before reconnect attempt n (0-based). */
  backoff?: (attempt: number) => number
  setTimer?: (fn: () => void, ms: number) => unknown
  clearTimer?: (handle: unknown) => void
}

/** 0.5 s, 1 s, 2 s, ... capped at 15 s. */
export function defaultBackoff(attempt: number): number {
  return Math.min(15000, 500 * 2 ** attempt)
}

/**
 * A WebSocket that reconnects with exponential backoff and dispatches
 * `{"type": name, "data": payload}` JSON messages to listeners by type.
 */
export class ReconnectingSocket {
  private socket: SocketLike | null = null
  private attempt = 0
  private timer: unknown = null
  private stopped = false
  private everOpened = false
  private listeners = new Map<string, Set<EventHandler>>()
  private reconnectListeners = new Set<() => void>()
  private readonly opts: Required<ReconnectOptions>

  constructor(opts: ReconnectOptions) {
    this.opts = {
      createSocket: (url) => new WebSocket(url) as unknown as SocketLike,
      backoff: defaultBackoff,
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      ...opts
    }
  }

  get connected(): boolean {
    return this.socket !== null && this.attempt === 0 && this.everOpened
  }

  start(): void {
    this.stopped = false
    this.connect()
  }

  stop(): void {
    this.stopped = true
    if (this.timer !== null) this.opts.clearTimer(this.timer)
    this.timer = null
    const s = this.socket
    this.socket = null
    if (s) {
      s.onclose = null
      s.close()
    }
  }

  on(event: string, handler: EventHandler): () => void {
    let set = this.listeners.get(event)
    if (!set) this.listeners.set(event, (set = new Set()))
    set.add(handler)
    return () => set!.delete(handler)
  }

  onReconnect(handler: () => void): () => void {
    this.reconnectListeners.add(handler)
    return () => this.reconnectListeners.delete(handler)
  }

  private connect(): void {
    this.timer = null
    if (this.stopped) return
    let socket: SocketLike
    try {
      socket = this.opts.createSocket(this.opts.url)
    } catch {
      this.scheduleReconnect()
      return
    }
    this.socket = socket
    socket.onopen = () => {
      const wasReconnect = this.everOpened
      this.everOpened = true
      this.attempt = 0
      if (wasReconnect) this.reconnectListeners.forEach((h) => h())
    }
    socket.onmessage = (ev) => this.dispatch(ev.data)
    socket.onerror = () => {
      /* onclose follows */
    }
    socket.onclose = () => {
      if (this.socket !== socket) return
      this.socket = null
      this.scheduleReconnect()
    }
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.timer !== null) return
    const delay = this.opts.backoff(this.attempt)
    this.attempt += 1
    this.timer = this.opts.setTimer(() => this.connect(), delay)
  }

  private dispatch(raw: unknown): void {
    if (typeof raw !== 'string') return
    let msg: { type?: unknown; data?: unknown }
    try {
      msg = JSON.parse(raw)
    } catch {
      return
    }
    if (!msg || typeof msg.type !== 'string') return
    this.listeners.get(msg.type)?.forEach((h) => h(msg.data))
  }
}
