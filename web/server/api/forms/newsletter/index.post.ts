import { receiveVisitorForm } from '../../../utils/receive-visitor-form'

// The newsletter/ folder (confirm, unsubscribe) would hide /api/forms/newsletter from [form].post.ts.
export default defineEventHandler((event) => receiveVisitorForm(event, 'newsletter'))
