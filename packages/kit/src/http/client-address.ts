/**
 * The client's address, for rate limits and login throttling. Behind `trustedHops` proxies (an
 * ingress, a load balancer, the gateway) the connection comes from the nearest proxy, and the
 * client is the entry that many places from the right of X-Forwarded-For; entries further left
 * were written by the client and prove nothing. With no trusted proxy, the connection's own address.
 */
export function clientAddress(peerAddress: string, forwardedFor: string | string[] | undefined, trustedHops: number): string {
  if (trustedHops === 0 || forwardedFor === undefined) return peerAddress
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',')
  // A shorter chain than the trusted hops: its first entry was written by the outermost proxy.
  const entry = chain[Math.max(0, chain.length - trustedHops)]?.trim()
  return entry || peerAddress
}
