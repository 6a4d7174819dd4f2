export type Severity = 'success' | 'info' | 'warn' | 'error'

export interface ToastMessage {
  severity: Severity
  summary: string
  detail?: string
  life?: number
}

export type ToastSink = (msg: ToastMessage) => void

/** Toasts go to the host UI when it offers one, else to our own PrimeVue Toast. */
export function createNotifier(hostSink: ToastSink | null = null) {
  let fallback: ToastSink | null = null
  return {
    get usesHost() {
      return hostSink !== null
    },
    setFallback(sink: ToastSink) {
      fallback = sink
    },
    add(msg: ToastMessage) {
      const m = { life: msg.severity === 'error' ? 6000 : 3000, ...msg }
      if (hostSink) hostSink(m)
      else fallback?.(m)
    }
  }
}

export type Notifier = ReturnType<typeof createNotifier>
