import { followNewsletterLink } from '../../../utils/newsletter-link'

export default defineEventHandler((event) => followNewsletterLink(event, 'unsubscribe'))
