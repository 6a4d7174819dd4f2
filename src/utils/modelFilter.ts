import type { Model, ModelRef } from '@/api/types'

/** Stable identity of a model file: folder / root index / relative path. */
export function modelKey(m: ModelRef): string {
  return `${m.folder}\u0000${m.pathIndex}\u0000${m.relativePath}`
}

export function displayName(m: Pick<Model, 'name' | 'extension'>): string {
  return m.extension && !m.name.endsWith(m.extension) ? m.name + m.extension : m.name
}

export type SortKey = 'name' | 'size' | 'date'
export type PreviewFilter = 'any' | 'yes' | 'no'

export interface ModelFilter {
  query: string
  baseModel: string | null
  architecture: string | null
  hasPreview: PreviewFilter
  /** Folder navigation: one model folder (null = all) ... */
  folder: string | null
  /** ... and a subfolder of it ('' = the whole folder; 'a/b' = a/b and below). */
  subfolder: string
}

export const emptyFilter = (): ModelFilter => ({
  query: '',
  baseModel: null,
  architecture: null,
  hasPreview: 'any',
  folder: null,
  subfolder: ''
})

/** Lower-cased text a search looks in: name, path, trigger words, base model. Cached per object. */
const searchCache = new WeakMap<Model, string>()
export function searchText(m: Model): string {
  let s = searchCache.get(m)
  if (s === undefined) {
    s = [m.name, m.relativePath, m.baseModel ?? '', ...(m.triggerWords ?? [])].join('\n').toLowerCase()
    searchCache.set(m, s)
  }
  return s
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })

/** A new array sorted by the key (ties by path, so the order is stable across reloads). */
export function sortModels(list: readonly Model[], key: SortKey, desc = false): Model[] {
  const dir = desc ? -1 : 1
  const byPath = (a: Model, b: Model) => collator.compare(a.relativePath, b.relativePath)
  let cmp: (a: Model, b: Model) => number
  if (key === 'size') cmp = (a, b) => (a.sizeBytes - b.sizeBytes) * dir || byPath(a, b)
  else if (key === 'date') cmp = (a, b) => (a.modifiedAt - b.modifiedAt) * dir || byPath(a, b)
  else cmp = (a, b) => collator.compare(a.name, b.name) * dir || byPath(a, b) || collator.compare(a.folder, b.folder)
  return [...list].sort(cmp)
}

/** Keep the models that match every search word and every set filter (order kept). */
export function filterModels(list: readonly Model[], f: ModelFilter): Model[] {
  const words = f.query.trim().toLowerCase().split(/\s+/).filter(Boolean)
  const { baseModel, architecture, hasPreview, folder } = f
  const prefix = folder && f.subfolder ? f.subfolder.replace(/\/+$/, '') + '/' : ''
  if (!words.length && !baseModel && !architecture && hasPreview === 'any' && !folder) return list as Model[]
  return list.filter((m) => {
    if (folder && m.folder !== folder) return false
    if (prefix && !m.relativePath.startsWith(prefix)) return false
    if (baseModel && (m.baseModel ?? '') !== baseModel) return false
    if (architecture && (m.architecture ?? '') !== architecture) return false
    if (hasPreview === 'yes' && !m.hasPreview) return false
    if (hasPreview === 'no' && m.hasPreview) return false
    if (words.length) {
      const text = searchText(m)
      for (const w of words) if (!text.includes(w)) return false
    }
    return true
  })
}

/** A node of the folder tree (PrimeVue Tree's TreeNode shape): `key` is "folder" or
 * "folder/sub/dir", `data` says where it points and how many models are at or below it. */
export interface FolderNode {
  key: string
  label: string
  data: { folder: string; subfolder: string; count: number }
  children?: FolderNode[]
}

/**
 * The subfolder tree of each model folder with counts (every model counts in its
 * directory and all above it). `folders` lists the folders to show even when empty,
 * in their order; children are sorted by name. One pass over the models.
 */
export function buildFolderTree(list: readonly Model[], folders: readonly string[] = []): FolderNode[] {
  type Acc = { node: FolderNode; kids: Map<string, Acc> }
  const roots = new Map<string, Acc>()
  const make = (key: string, label: string, folder: string, subfolder: string): Acc => ({
    node: { key, label, data: { folder, subfolder, count: 0 } },
    kids: new Map()
  })
  for (const f of folders) roots.set(f, make(f, f, f, ''))
  for (const m of list) {
    let acc: Acc | undefined = roots.get(m.folder)
    if (!acc) roots.set(m.folder, (acc = make(m.folder, m.folder, m.folder, '')))
    acc.node.data.count++
    const parts = m.relativePath.split('/')
    let sub = ''
    for (let i = 0; i < parts.length - 1; i++) {
      sub = sub ? sub + '/' + parts[i] : parts[i]
      let next: Acc | undefined = acc.kids.get(parts[i])
      if (!next) acc.kids.set(parts[i], (next = make(m.folder + '/' + sub, parts[i], m.folder, sub)))
      next.node.data.count++
      acc = next
    }
  }
  const finish = (acc: Acc): FolderNode => {
    if (acc.kids.size) {
      acc.node.children = [...acc.kids.values()]
        .sort((a, b) => collator.compare(a.node.label, b.node.label))
        .map(finish)
    }
    return acc.node
  }
  return [...roots.values()].map(finish)
}

/** Distinct non-empty values of a field, sorted. */
export function distinctValues(list: readonly Model[], field: 'baseModel' | 'architecture'): string[] {
  const set = new Set<string>()
  for (const m of list) {
    const v = m[field]
    if (v) set.add(v)
  }
  return [...set].sort((a, b) => collator.compare(a, b))
}

/** ComfyUI loader node and widget for a model folder (the host's own model-to-node table). */
export const LOADERS: Record<string, { node: string; widget: string }> = {
  checkpoints: { node: 'CheckpointLoaderSimple', widget: 'ckpt_name' },
  loras: { node: 'LoraLoader', widget: 'lora_name' },
  vae: { node: 'VAELoader', widget: 'vae_name' },
  text_encoders: { node: 'CLIPLoader', widget: 'clip_name' },
  clip: { node: 'CLIPLoader', widget: 'clip_name' },
  diffusion_models: { node: 'UNETLoader', widget: 'unet_name' },
  unet: { node: 'UNETLoader', widget: 'unet_name' },
  controlnet: { node: 'ControlNetLoader', widget: 'control_net_name' },
  upscale_models: { node: 'UpscaleModelLoader', widget: 'model_name' },
  clip_vision: { node: 'CLIPVisionLoader', widget: 'clip_name' },
  style_models: { node: 'StyleModelLoader', widget: 'style_model_name' },
  gligen: { node: 'GLIGENLoader', widget: 'gligen_name' },
  hypernetworks: { node: 'HypernetworkLoader', widget: 'hypernetwork_name' }
}
