/** Field → i18n key of the problem (under modelManager.validation). */
export type FormErrors = Partial<Record<'url' | 'folder' | 'subfolder' | 'filename' | 'sha256', string>>

export interface DownloadForm {
  url: string
  folder: string | null
  subfolder: string
  filename: string
  sha256: string
}

export function validateUrl(url: string): string | null {
  const v = url.trim()
  if (!v) return 'urlRequired'
  let parsed: URL
  try {
    parsed = new URL(v)
  } catch {
    return 'urlInvalid'
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'urlScheme'
  if (!parsed.hostname) return 'urlInvalid'
  return null
}

export function validateFilename(name: string): string | null {
  const v = name.trim()
  if (!v) return null // optional: the server picks one
  if (/[/\\]/.test(v)) return 'filenameSeparator'
  if (v.includes('..')) return 'filenameDots'
  if (v.includes('\0')) return 'filenameInvalid'
  return null
}

export function validateSubfolder(sub: string): string | null {
  const v = sub.trim()
  if (!v) return null
  if (v.startsWith('/') || v.startsWith('\\') || /^[a-zA-Z]:/.test(v)) return 'subfolderAbsolute'
  if (v.split(/[/\\]/).some((part) => part === '..')) return 'subfolderDots'
  if (v.includes('\0')) return 'subfolderInvalid'
  return null
}

export function validateSha256(sha: string): string | null {
  const v = sha.trim()
  if (!v) return null
  return /^[0-9a-fA-F]{64}$/.test(v) ? null : 'sha256Invalid'
}

export function validateDownloadForm(form: DownloadForm): FormErrors {
  const errors: FormErrors = {}
  const url = validateUrl(form.url)
  if (url) errors.url = url
  if (!form.folder) errors.folder = 'folderRequired'
  const sub = validateSubfolder(form.subfolder)
  if (sub) errors.subfolder = sub
  const fn = validateFilename(form.filename)
  if (fn) errors.filename = fn
  const sha = validateSha256(form.sha256)
  if (sha) errors.sha256 = sha
  return errors
}
