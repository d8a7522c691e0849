import { createServer, type AddressInfo, type Server } from 'node:net'

/**
 * A loopback port nobody listens on now: for a service whose URL must be known before it
 * starts, or for a connection that must be refused.
 */
export async function freePort(): Promise<number> {
  const [port] = await freePorts(1)
  return port!
}

/**
 * `count` distinct free loopback ports. All are held open until every one is chosen: ports taken
 * one after another may repeat, as a port closed is a port the next one may get.
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(Array.from({ length: count }, () => new Promise<Server>((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve(server))
  })))
  const ports = servers.map((server) => (server.address() as AddressInfo).port)
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
  return ports
}
