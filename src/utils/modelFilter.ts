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
}

export const emptyFilter = (): ModelFilter => ({ query: '', baseModel: null, architecture: null, hasPreview: 'any' })

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
  const { baseModel, architecture, hasPreview } = f
  if (!words.length && !baseModel && !architecture && hasPreview === 'any') return list as Model[]
  return list.filter((m) => {
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
