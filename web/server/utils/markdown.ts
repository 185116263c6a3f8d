import MarkdownIt from 'markdown-it'
import { safeHref } from '../../shared/safe-href'

/** Editors write Markdown; raw HTML in it is shown as text, never run. */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true })

const defaultLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options))
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  const token = tokens[index]!
  const href = safeHref(String(token.attrGet('href') ?? ''))
  // A link with another scheme keeps its text and loses its target.
  if (href === undefined) token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'href')
  else if (/^https?:\/\//.test(href)) token.attrSet('rel', 'noopener noreferrer')
  return defaultLinkOpen(tokens, index, options, env, self)
}

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
