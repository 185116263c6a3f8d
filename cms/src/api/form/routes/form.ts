/** Visitor forms, for the site's server only (policy global::from-site); never public create permissions. */
const fromSite = { auth: false as const, policies: ['global::from-site'] }

export default {
  routes: [
    { method: 'POST', path: '/forms/newsletter', handler: 'form.newsletter', config: fromSite },
    { method: 'POST', path: '/forms/newsletter/confirm', handler: 'form.confirmNewsletter', config: fromSite },
    { method: 'POST', path: '/forms/newsletter/unsubscribe', handler: 'form.unsubscribeNewsletter', config: fromSite },
    { method: 'POST', path: '/forms/contact', handler: 'form.contact', config: fromSite },
    { method: 'POST', path: '/forms/join', handler: 'form.join', config: fromSite },
  ],
}
