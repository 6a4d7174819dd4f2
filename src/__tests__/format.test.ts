import { describe, expect, it } from 'vitest'

import { formatBytes, formatDuration, formatSpeed, taskFileName } from '@/utils/format'

describe('format', () => {
  it('bytes', () => {
    expect(formatBytes(0)).toBe('0 B')
    expect(formatBytes(1536)).toBe('1.5 KB')
    expect(formatBytes(5 * 1024 ** 3)).toBe('5.0 GB')
    expect(formatBytes(null)).toBe('?')
  })
  it('speed and duration', () => {
    expect(formatSpeed(0)).toBe('–')
    expect(formatSpeed(2048)).toBe('2.0 KB/s')
    expect(formatDuration(65)).toBe('1:05')
    expect(formatDuration(3725)).toBe('1:02:05')
    expect(formatDuration(null)).toBe('–')
  })
  it('file name falls back to the URL', () => {
    expect(taskFileName({ filename: null, url: 'https://h/x/my%20lora.safetensors?x=1' })).toBe('my lora.safetensors')
    expect(taskFileName({ filename: 'a', url: 'https://h/b' })).toBe('a')
  })
})
