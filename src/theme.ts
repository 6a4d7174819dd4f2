import { definePreset } from '@primeuix/themes'
import auraBase from '@primeuix/themes/aura/base'
import auraBadge from '@primeuix/themes/aura/badge'
import auraButton from '@primeuix/themes/aura/button'
import auraConfirmdialog from '@primeuix/themes/aura/confirmdialog'
import auraDialog from '@primeuix/themes/aura/dialog'
import auraIconfield from '@primeuix/themes/aura/iconfield'
import auraInputnumber from '@primeuix/themes/aura/inputnumber'
import auraInputtext from '@primeuix/themes/aura/inputtext'
import auraMessage from '@primeuix/themes/aura/message'
import auraPassword from '@primeuix/themes/aura/password'
import auraProgressbar from '@primeuix/themes/aura/progressbar'
import auraProgressspinner from '@primeuix/themes/aura/progressspinner'
import auraSelect from '@primeuix/themes/aura/select'
import auraSelectbutton from '@primeuix/themes/aura/selectbutton'
import auraTextarea from '@primeuix/themes/aura/textarea'
import auraTogglebutton from '@primeuix/themes/aura/togglebutton'
import auraTabs from '@primeuix/themes/aura/tabs'
import auraTag from '@primeuix/themes/aura/tag'
import auraToast from '@primeuix/themes/aura/toast'
import auraToggleswitch from '@primeuix/themes/aura/toggleswitch'
import auraTooltip from '@primeuix/themes/aura/tooltip'
import auraTree from '@primeuix/themes/aura/tree'
import auraVirtualscroller from '@primeuix/themes/aura/virtualscroller'
import auraCss from '@primeuix/themes/aura/css'
import ConfirmationService from 'primevue/confirmationservice'
import PrimeVue from 'primevue/config'
import ToastService from 'primevue/toastservice'
import Tooltip from 'primevue/tooltip'
import type { App } from 'vue'

/**
 * Living beside the host's own PrimeVue without changing how the host looks:
 * - our style tags carry data-mm-style-id (see isolatePrimeVueStyles in
 *   vite.config.ts), so they never replace the host's tags;
 * - our design tokens are --mm-* variables, so they never redefine the host's --p-*;
 * - our component rules live in the CSS layer `theme.mm`, below the host's
 *   `primevue` layer: where the host has styled a component, its rules (and its
 *   theme, light or dark) win for our widgets too, so we look native; where it has
 *   not, ours apply. Standalone there is no host and ours are all there is.
 * Dark mode follows the host's `.dark-theme` class; the standalone page sets it.
 */
/* Aura, limited to the components we render (the full preset is ~200 kB). */
const Aura = {
  ...auraBase,
  components: {
    badge: auraBadge,
    button: auraButton,
    confirmdialog: auraConfirmdialog,
    dialog: auraDialog,
    iconfield: auraIconfield,
    inputnumber: auraInputnumber,
    inputtext: auraInputtext,
    message: auraMessage,
    password: auraPassword,
    progressbar: auraProgressbar,
    progressspinner: auraProgressspinner,
    select: auraSelect,
    selectbutton: auraSelectbutton,
    textarea: auraTextarea,
    togglebutton: auraTogglebutton,
    tabs: auraTabs,
    tag: auraTag,
    toast: auraToast,
    toggleswitch: auraToggleswitch,
    tooltip: auraTooltip,
    tree: auraTree,
    virtualscroller: auraVirtualscroller,
  },
  css: auraCss as unknown as string
}

const ModelManagerPreset = definePreset(Aura, {
  semantic: {
    primary: auraBase.primitive.blue
  }
})

export function installPrimeVue(app: App) {
  app.use(PrimeVue, {
    theme: {
      preset: ModelManagerPreset,
      options: {
        prefix: 'mm',
        cssLayer: { name: 'theme.mm', order: 'theme.mm' },
        darkModeSelector: '.dark-theme,:root:has(.dark-theme){[CSS]}'
      }
    }
  })
  app.use(ToastService)
  app.use(ConfirmationService)
  app.directive('tooltip', Tooltip)
}
