import { createServer, connect, type AddressInfo, type Socket } from 'node:net'

/**
 * A TCP proxy in front of a real server, so a test can cut the network under a client
 * (drop every connection, refuse new ones) without any hook into the client.
 */
export async function tcpProxy(targetUrl: string) {
  const target = new URL(targetUrl)
  const sockets = new Set<Socket>()
  let refusing = false
  const server = createServer((client) => {
    if (refusing) return void client.destroy()
    const upstream = connect({ host: target.hostname, port: Number(target.port) })
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('error', () => {})
      socket.on('close', () => {
        sockets.delete(socket)
        client.destroy()
        upstream.destroy()
      })
    }
    client.pipe(upstream).pipe(client)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = new URL(targetUrl)
  url.hostname = '127.0.0.1'
  url.port = String((server.address() as AddressInfo).port)
  return {
    url: url.toString(),
    /** Cuts every open connection, as a network failure would. */
    drop(): void {
      for (const socket of sockets) socket.destroy()
    },
    /** While refusing, new connections are closed as soon as they open. */
    refuse(value: boolean): void {
      refusing = value
    },
    async close(): Promise<void> {
      this.drop()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

export type TcpProxy = Awaited<ReturnType<typeof tcpProxy>>
