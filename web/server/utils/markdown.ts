import MarkdownIt from 'markdown-it'
import { safeHref } from '../../shared/safe-href'

/** Editors write Markdown; raw HTML in it is shown as text, never run. */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true })

// A link whose target is not fit for an href (another scheme) keeps only its text: its opening
// and closing tags become empty text.
markdown.core.ruler.push('safe_links', (state) => {
  for (const block of state.tokens) {
    let inUnsafeLink = false
    for (const token of block.children ?? []) {
      if (token.type === 'link_open') {
        const href = safeHref(String(token.attrGet('href') ?? ''))
        inUnsafeLink = href === undefined
        if (inUnsafeLink) {
          Object.assign(token, { type: 'text', tag: '', content: '', attrs: null })
        } else if (/^https?:\/\//.test(href!)) {
          token.attrSet('rel', 'noopener noreferrer')
        }
      } else if (token.type === 'link_close' && inUnsafeLink) {
        Object.assign(token, { type: 'text', tag: '', content: '' })
        inUnsafeLink = false
      }
    }
  }
})

/** The rich-text fields of the content model. */
const MARKDOWN_FIELDS = new Set(['description', 'body', 'rationale', 'introduction'])

/**
 * Renders every rich-text field of a CMS answer to HTML on the server, so pages show it without
 * shipping a Markdown parser to the browser.
 */
export function renderMarkdownFields<T>(value: T): T {
  if (Array.isArray(value)) return value.map(renderMarkdownFields) as T
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [key, MARKDOWN_FIELDS.has(key) && typeof field === 'string' ? markdown.render(field) : renderMarkdownFields(field)]),
  ) as T
}
