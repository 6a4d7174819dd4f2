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

import { DARK_CLASS } from '@/styles/scope'

/**
 * Living beside the host's styles without changing them, and without them changing ours
 * (src/styles/scope.ts has the details and the why):
 * - our style tags carry data-mm-style-id (isolatePrimeVueStyles in vite.config.ts), so
 *   they never replace the host's PrimeVue tags (frontend 1.32 has its own PrimeVue);
 * - our design tokens are --mm-* variables, declared on our scope elements only;
 * - our component rules live in the CSS layer `mm`, declared after the host's layers
 *   (1.58's Tailwind `theme, base, components, utilities`; 1.32's `primevue`), with
 *   every selector fenced into `.mm-scope`: inside our panel ours win, outside it they
 *   match nothing. Our own .vue styles stay unlayered and win over PrimeVue's;
 * - dark mode is `.mm-dark` on our scope elements, kept in step with the host's palette
 *   (1.32's `.dark-theme` class, 1.58's `color-scheme` on <html>); the standalone page
 *   is dark.
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
    primary: auraBase.primitive.blue,
    colorScheme: {
      // Aura's light primary (blue-500) on white is 3.7:1: text in it (the active tab,
      // text buttons) needs the 600 shade to reach 4.5:1 (5.2:1); white on it too.
      light: {
        primary: { color: '{primary.600}', contrastColor: '#ffffff', hoverColor: '{primary.700}', activeColor: '{primary.800}' }
      }
    }
  }
})

export function installPrimeVue(app: App) {
  app.use(PrimeVue, {
    theme: {
      preset: ModelManagerPreset,
      options: {
        prefix: 'mm',
        cssLayer: { name: 'mm', order: 'mm' },
        darkModeSelector: `.${DARK_CLASS}`
      }
    }
  })
  app.use(ToastService)
  app.use(ConfirmationService)
  app.directive('tooltip', Tooltip)
}
