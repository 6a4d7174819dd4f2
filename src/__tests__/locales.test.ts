import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { resolveLocale } from '@/i18n'

const root = join(__dirname, '..', '..', 'locales')
const load = (lang: string) => JSON.parse(readFileSync(join(root, lang, 'main.json'), 'utf8'))

function keys(obj: unknown, prefix = ''): string[] {
  if (obj === null || typeof obj !== 'object') return [prefix]
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

describe('locales', () => {
  const langs = readdirSync(root)
  const en = keys(load('en')).sort()

  it('has en and zh with our strings under "modelManager"', () => {
    expect(langs).toEqual(expect.arrayContaining(['en', 'zh']))
    expect(Object.keys(load('en'))).toEqual(['modelManager'])
  })

  it.each(langs.filter((l) => l !== 'en'))('%s has exactly the keys of en', (lang) => {
    const other = keys(load(lang)).sort()
    expect(other.filter((k) => !en.includes(k)), `keys in ${lang} but not en`).toEqual([])
    expect(en.filter((k) => !other.includes(k)), `keys in en but not ${lang}`).toEqual([])
  })

  it('has no empty message', () => {
    for (const lang of langs) {
      const flat = (o: unknown): unknown[] => (o && typeof o === 'object' ? Object.values(o).flatMap(flat) : [o])
      for (const v of flat(load(lang))) expect(typeof v === 'string' && v.trim().length > 0).toBe(true)
    }
  })

  it('every key used in the source exists in en', () => {
    const src = join(__dirname, '..')
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|vue)$/.test(f))
    const used = new Set<string>()
    for (const f of files) {
      for (const m of readFileSync(join(src, f), 'utf8').matchAll(/'(modelManager\.[A-Za-z0-9_.]+[A-Za-z0-9_])'/g)) used.add(m[1])
    }
    expect(used.size).toBeGreaterThan(20)
    const enSet = new Set(en)
    const prefixes = new Set(en.flatMap((k) => k.split('.').map((_, i, a) => a.slice(0, i + 1).join('.'))))
    // 'modelManager.status.' + x style keys are prefixes; literal keys must exist.
    expect([...used].filter((k) => !enSet.has(k) && !prefixes.has(k))).toEqual([])
  })

  it('maps browser / host locale names', () => {
    expect(resolveLocale('zh-CN')).toBe('zh')
    expect(resolveLocale('zh_TW')).toBe('zh')
    expect(resolveLocale('en-US')).toBe('en')
    expect(resolveLocale('fr')).toBe('en')
    expect(resolveLocale(undefined)).toBe('en')
  })
})
