import './styles/page.css'

declare global {
  interface Window {
    MODEL_MANAGER_STANDALONE?: boolean
  }
}

async function main() {
  if (window.MODEL_MANAGER_STANDALONE === true) {
    const { startStandalone } = await import('./host/standalone')
    startStandalone()
  } else {
    const { startComfy } = await import('./host/comfy')
    await startComfy()
  }
}

main().catch((e) => console.error('[ModelManager] failed to start', e))
