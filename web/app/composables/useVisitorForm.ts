import type { FieldErrors } from '@sparks/shared/forms'

export type FormName = 'newsletter' | 'contact' | 'join'
export type FormStatus = 'idle' | 'sending' | 'sent' | 'failed' | 'rateLimited' | 'tooLarge'

interface Schema {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> } }
}

/** "email:invalidEmail,consent:consentRequired", as the server sends back to browsers without JavaScript. */
function errorsFromQuery(value: unknown): FieldErrors {
  const errors: FieldErrors = {}
  if (typeof value !== 'string') return errors
  for (const pair of value.split(',').slice(0, 20)) {
    const [field, key] = pair.split(':')
    if (field && key && /^[\w.]{1,40}$/.test(field) && /^\w{1,40}$/.test(key)) errors[field] = [key]
  }
  return errors
}

function issuesToErrors(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of issues) {
    // Errors on one entry of a list (interests.0) belong to the list's field.
    const field = issue.path.length ? String(issue.path[0]) : '_form'
    ;(errors[field] ??= []).push(issue.message)
  }
  return errors
}

/**
 * A visitor form: checks the values with the shared schema in the browser, sends them to the
 * site's server (which checks again), and keeps per-field errors and the outcome. Without
 * JavaScript the same form posts natively and the outcome comes back in the URL.
 */
export function useVisitorForm<Values extends Record<string, unknown>>(form: FormName, schema: Schema, initial: Values) {
  const route = useRoute()
  const { locale } = useI18n()
  const values = reactive({ ...initial }) as Values
  const errors = ref<FieldErrors>(errorsFromQuery(route.query.invalid))
  const status = ref<FormStatus>(route.query.sent ? 'sent' : route.query.failed ? 'failed' : 'idle')
  const action = computed(() => `/api/forms/${form}?locale=${locale.value}`)

  async function submit() {
    const checked = schema.safeParse(values)
    if (!checked.success) {
      errors.value = issuesToErrors(checked.error.issues)
      return
    }
    errors.value = {}
    status.value = 'sending'
    const response = await $fetch.raw<{ fields?: FieldErrors }>(action.value, { method: 'POST', body: values, ignoreResponseError: true }).catch(() => null)
    const code = response?.status ?? 0
    if (code === 202) status.value = 'sent'
    else if (code === 400 && response?._data?.fields) {
      errors.value = Object.fromEntries(Object.entries(response._data.fields).map(([field, keys]) => [field.split('.')[0]!, keys]))
      status.value = 'idle'
    } else status.value = code === 429 ? 'rateLimited' : code === 413 ? 'tooLarge' : 'failed'
  }

  return { values, errors, status, action, submit }
}

/** The visitor's-language message for an error key from the shared schemas. */
export function useFormErrorText() {
  const { t, te } = useI18n()
  return (key: string) => (te(`forms.errors.${key}`) ? t(`forms.errors.${key}`) : t('forms.errors.invalid'))
}
