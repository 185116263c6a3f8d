import { lookup } from 'node:dns/promises'
import { BlockList, isIP } from 'node:net'

/**
 * Addresses a webhook must never be aimed at: this machine, the private network behind it and
 * cloud metadata services (169.254.169.254, fd00:ec2::254). An editor account (or a stolen one)
 * could otherwise make the CMS send requests into the network it runs in (SSRF).
 */
const forbidden = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24],
  ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) forbidden.addSubnet(network, prefix, 'ipv4')
for (const [network, prefix] of [
  ['::', 128], ['::1', 128], ['64:ff9b::', 96], ['100::', 64], ['2001:db8::', 32], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) forbidden.addSubnet(network, prefix, 'ipv6')
// IPv4-mapped IPv6 addresses (::ffff:127.0.0.1) are checked against the IPv4 rules by BlockList.

/** Names that reach metadata services or this machine without looking like an address. */
const FORBIDDEN_NAMES = /^(?:localhost|.*\.localhost|metadata|metadata\.google\.internal|.*\.internal|instance-data(?:\.ec2\.internal)?)\.?$/i

export function isForbiddenAddress(address: string): boolean {
  const family = isIP(address)
  if (family === 0) return true
  return forbidden.check(address, family === 4 ? 'ipv4' : 'ipv6')
}

/**
 * Why a webhook URL is refused, or undefined when it may be used. The site's own purge URL
 * (WEB_REVALIDATE_URL, set by whoever runs the platform, usually on loopback) is allowed exactly
 * as configured; every other target must be http(s) and resolve only to public addresses.
 */
export async function webhookTargetProblem(url: string, allowedExactly: string | undefined = process.env.WEB_REVALIDATE_URL): Promise<string | undefined> {
  if (allowedExactly && url === allowedExactly.trim()) return undefined
  let parsed: URL
  try { parsed = new URL(url) } catch { return 'it is not a valid URL' }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'only http and https are allowed'
  const host = parsed.hostname.replace(/^\[|\]$/g, '')
  if (FORBIDDEN_NAMES.test(host)) return `${host} is an internal name`
  let addresses: string[]
  if (isIP(host)) {
    addresses = [host]
  } else {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address)
    } catch {
      return `${host} does not resolve, so where it points cannot be checked`
    }
  }
  const internal = addresses.find(isForbiddenAddress)
  return internal ? `${host} points to ${internal}, a loopback, private, link-local or metadata address` : undefined
}
