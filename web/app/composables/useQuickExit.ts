/**
 * Where quick exit goes: a neutral site. The leaving itself (`location.replace`, so the back
 * button does not return here) is public/quick-exit.js, which reads this address from the link.
 */
export const QUICK_EXIT_URL = 'https://www.wikipedia.org/'
