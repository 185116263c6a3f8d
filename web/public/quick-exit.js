// Quick exit, on every page, with or without the site's framework: the red link, or Escape
// pressed twice within a second, replaces the page with a neutral site. A same-origin file
// (no inline script), so a Content-Security-Policy that allows 'self' or the page's nonce runs it.
// The neutral site is the link's own href (QUICK_EXIT_URL in app/composables/useQuickExit.ts).
;(function () {
  var FALLBACK = 'https://www.wikipedia.org/'
  var lastEscape = 0

  function leave() {
    var link = document.querySelector('[data-quick-exit]')
    var target = (link && link.href) || FALLBACK
    try {
      // Overwrite this page's entry, so the back button does not return to it.
      history.replaceState(null, '', '/')
    } catch (error) {
      // a sandboxed frame may refuse; leaving still works
    }
    window.location.replace(target)
  }

  document.addEventListener('click', function (event) {
    var target = event.target
    if (!(target instanceof Element) || !target.closest('[data-quick-exit]')) return
    event.preventDefault()
    leave()
  })

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return
    var now = Date.now()
    if (now - lastEscape < 1000) leave()
    lastEscape = now
  })
})()
