export const QUICK_EXIT_URL = 'https://www.wikipedia.org/'

/**
 * Leaves at once for a neutral site. `replace` swaps this page out of the history, so the
 * back button does not return to it; earlier pages of the platform in the same tab are
 * overwritten in place as far as browsers allow.
 */
export function quickExit() {
  try {
    history.replaceState(null, '', '/')
  } catch {
    // a sandboxed frame may refuse; leaving still works
  }
  window.location.replace(QUICK_EXIT_URL)
}
