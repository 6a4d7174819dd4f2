import { computed, ref, shallowRef, type Ref } from 'vue'

import type { Model } from '@/api/types'
import { modelKey } from '@/utils/modelFilter'

export interface ClickMods {
  ctrl?: boolean
  shift?: boolean
}

/**
 * Multi-selection over an ordered list (the wide browser's grid): a cursor (the
 * focused model, whose detail shows beside the grid), the selected set, and an
 * anchor for Shift ranges. Click = only this one; Ctrl/Cmd+click = toggle;
 * Shift+click = range from the anchor. Arrow moves go by `delta` (±1, ±columns).
 * Keys are modelKey()s, so a reload or re-sort keeps what is selected; what
 * counts is the selected models still in the list (deleted or filtered-out ones
 * drop out). Everything is computed lazily: while the wide view is closed, a
 * change of the list costs nothing here.
 */
export function createSelection(items: Ref<readonly Model[]>) {
  const selected = shallowRef<Set<string>>(new Set())
  const cursor = ref<string | null>(null)
  let anchor: string | null = null

  const index = computed(() => {
    const m = new Map<string, number>()
    items.value.forEach((it, i) => m.set(modelKey(it), i))
    return m
  })
  const cursorIndex = computed(() => (cursor.value === null ? -1 : (index.value.get(cursor.value) ?? -1)))
  const current = computed(() => (cursorIndex.value >= 0 ? items.value[cursorIndex.value] : null))
  const selectedModels = computed(() => items.value.filter((m) => selected.value.has(modelKey(m))))
  const count = computed(() => selectedModels.value.length)

  const isSelected = (m: Model) => selected.value.has(modelKey(m))

  function range(a: number, b: number): Set<string> {
    const [lo, hi] = a < b ? [a, b] : [b, a]
    return new Set(items.value.slice(lo, hi + 1).map(modelKey))
  }

  function click(m: Model, mods: ClickMods = {}) {
    const k = modelKey(m)
    const i = index.value.get(k) ?? -1
    if (mods.shift && anchor !== null && index.value.has(anchor)) {
      selected.value = range(index.value.get(anchor)!, i)
    } else if (mods.ctrl) {
      const next = new Set(selected.value)
      if (next.has(k)) next.delete(k)
      else next.add(k)
      selected.value = next
      anchor = k
    } else {
      selected.value = new Set([k])
      anchor = k
    }
    cursor.value = k
  }

  function toggle(m: Model) {
    click(m, { ctrl: true })
  }

  /** Move the cursor by `delta` (clamped); `extend` grows the range from the anchor. */
  function move(delta: number, extend = false): Model | null {
    const n = items.value.length
    if (!n) return null
    const from = cursorIndex.value
    const to = from < 0 ? 0 : Math.max(0, Math.min(n - 1, from + delta))
    const m = items.value[to]
    const k = modelKey(m)
    if (extend) {
      if (anchor === null || !index.value.has(anchor)) anchor = from < 0 ? k : modelKey(items.value[from])
      selected.value = range(index.value.get(anchor)!, to)
    } else {
      selected.value = new Set([k])
      anchor = k
    }
    cursor.value = k
    return m
  }

  function selectAll() {
    selected.value = new Set(items.value.map(modelKey))
  }

  function clear() {
    selected.value = new Set()
    anchor = null
  }

  return { selected, cursor, cursorIndex, current, selectedModels, count, isSelected, click, toggle, move, selectAll, clear }
}

export type Selection = ReturnType<typeof createSelection>
