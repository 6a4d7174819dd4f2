const UNITS = ['B', 'KB', 'MB', 'GB', 'TB']

/** 1536 → "1.5 KB" (binary multiples, the way file managers show sizes). */
export function formatBytes(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '?'
  let v = Math.max(0, n)
  let i = 0
  while (v >= 1024 && i < UNITS.length - 1) {
    v /= 1024
    i++
  }
  return `${i === 0 ? v.toFixed(0) : v.toFixed(v >= 100 ? 0 : 1)} ${UNITS[i]}`
}

export function formatSpeed(bps: number | null | undefined): string {
  if (!bps) return '–'
  return `${formatBytes(bps)}/s`
}

/** 3725 → "1:02:05", 65 → "1:05". */
export function formatDuration(sec: number | null | undefined): string {
  if (sec === null || sec === undefined || !Number.isFinite(sec) || sec < 0) return '–'
  const s = Math.round(sec)
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const r = s % 60
  const pad = (x: number) => String(x).padStart(2, '0')
  return h > 0 ? `${h}:${pad(m)}:${pad(r)}` : `${m}:${pad(r)}`
}

export function formatDate(epochSeconds: number | null | undefined, locale?: string): string {
  if (!epochSeconds) return '–'
  return new Date(epochSeconds * 1000).toLocaleString(locale)
}

export function taskFileName(t: { filename: string | null; url: string }): string {
  if (t.filename) return t.filename
  try {
    const last = new URL(t.url).pathname.split('/').filter(Boolean).pop()
    return last ? decodeURIComponent(last) : t.url
  } catch {
    return t.url
  }
}
