import { createServer } from 'node:net'

/**
 * A port nobody listens on now. The kit's services listen on the port their settings give, and
 * a service's URL must be known before it starts (the gateway is told where the users service is).
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}
