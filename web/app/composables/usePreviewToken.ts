/**
 * The preview token of an editor's "Open preview" link (`?preview=`), or undefined. The CMS
 * checks it; the page is then rendered from drafts, marked as a preview, never cached or indexed.
 */
export function usePreviewToken(): string | undefined {
  const token = useRoute().query.preview
  return typeof token === 'string' && token.length > 0 && token.length <= 512 ? token : undefined
}
