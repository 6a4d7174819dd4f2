import { describe, expect, it } from 'vitest'

import { validateDownloadForm, validateFilename, validateSha256, validateSubfolder, validateUrl } from '@/utils/validation'

const base = { url: 'https://example.com/a.safetensors', folder: 'loras', subfolder: '', filename: '', sha256: '' }

describe('download form validation', () => {
  it('accepts a plain valid form', () => {
    expect(validateDownloadForm(base)).toEqual({})
  })
  it.each([
    ['', 'urlRequired'],
    ['   ', 'urlRequired'],
    ['not a url', 'urlInvalid'],
    ['ftp://example.com/a', 'urlScheme'],
    ['file:///etc/passwd', 'urlScheme'],
    ['javascript:alert(1)', 'urlScheme'],
    ['http://127.0.0.1:8000/a.safetensors', null],
    ['https://huggingface.co/x/y/resolve/main/z.safetensors?download=true', null]
  ])('url %j → %s', (url, expected) => {
    expect(validateUrl(url)).toBe(expected)
  })
  it.each([
    ['', null],
    ['model.safetensors', null],
    ['a/b.safetensors', 'filenameSeparator'],
    ['a\\b.safetensors', 'filenameSeparator'],
    ['..', 'filenameDots'],
    ['x..y', 'filenameDots']
  ])('filename %j → %s', (name, expected) => {
    expect(validateFilename(name)).toBe(expected)
  })
  it.each([
    ['', null],
    ['sdxl/styles', null],
    ['/abs', 'subfolderAbsolute'],
    ['\\abs', 'subfolderAbsolute'],
    ['C:/x', 'subfolderAbsolute'],
    ['a/../b', 'subfolderDots'],
    ['..', 'subfolderDots']
  ])('subfolder %j → %s', (sub, expected) => {
    expect(validateSubfolder(sub)).toBe(expected)
  })
  it('checks sha256 shape', () => {
    expect(validateSha256('')).toBeNull()
    expect(validateSha256('a'.repeat(64))).toBeNull()
    expect(validateSha256('A'.repeat(64))).toBeNull()
    expect(validateSha256('g'.repeat(64))).toBe('sha256Invalid')
    expect(validateSha256('abc')).toBe('sha256Invalid')
  })
  it('requires a folder and reports every bad field at once', () => {
    expect(validateDownloadForm({ url: 'ftp://x', folder: null, subfolder: '../x', filename: 'a/b', sha256: 'zz' })).toEqual({
      url: 'urlScheme',
      folder: 'folderRequired',
      subfolder: 'subfolderDots',
      filename: 'filenameSeparator',
      sha256: 'sha256Invalid'
    })
  })
})
