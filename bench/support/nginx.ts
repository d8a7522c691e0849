import type { ChildProcess } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnTracked, stopChild } from './children.ts'
import { freePort } from '@bazaar/kit/testing'
import { waitForHttp } from './wait-for-http.ts'

export interface NginxOptions {
  /** Path to the nginx binary. */
  binary: string
  /** `1` to match the gateway's one Node process; `auto` is one per core. */
  workers: number | 'auto'
  /** Where the echo upstream listens: `127.0.0.1:PORT`. */
  upstream: string
}

export interface RunningNginx {
  /** Where nginx listens, with the gateway's routes: /api/echo/... goes to the upstream's /echo/.... */
  readonly url: string
  /** The master's: its workers are its children. */
  readonly pid: number | undefined
  stop(): Promise<void>
}

/**
 * A reverse proxy as close to the gateway's job as nginx gets: kept-alive connections to the
 * upstream, the same /api prefix rewritten away, no access log. keepalive_requests is raised on
 * both sides so nginx, like Node, never closes a busy connection (it otherwise does every 1000).
 */
export function nginxConfig(directory: string, port: number, options: NginxOptions): string {
  return `daemon off;
worker_processes ${options.workers};
pid ${join(directory, 'nginx.pid')};
error_log ${join(directory, 'error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${join(directory, 'client_body')};
  proxy_temp_path ${join(directory, 'proxy')};
  fastcgi_temp_path ${join(directory, 'fastcgi')};
  uwsgi_temp_path ${join(directory, 'uwsgi')};
  scgi_temp_path ${join(directory, 'scgi')};
  keepalive_requests 1000000;
  upstream echo {
    server ${options.upstream};
    keepalive 64;
    keepalive_requests 1000000;
  }
  server {
    listen 127.0.0.1:${port};
    location /api/echo/ {
      proxy_pass http://echo/echo/;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
}
`
}

/** nginx in the foreground (daemon off) as a child of the bench, with its files in a temp dir. */
export async function startNginx(options: NginxOptions): Promise<RunningNginx> {
  const directory = await mkdtemp(join(tmpdir(), 'bazaar-bench-nginx-'))
  const port = await freePort()
  const config = join(directory, 'nginx.conf')
  await writeFile(config, nginxConfig(directory, port, options))
  // -e: the error log before the config is read, which would otherwise be /var/log/nginx's.
  const child: ChildProcess = spawnTracked(options.binary, ['-c', config, '-p', `${directory}/`, '-e', join(directory, 'error.log')], {
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const url = `http://127.0.0.1:${port}`
  try {
    await waitForHttp(`${url}/api/echo/ready`, child)
  } catch (error) {
    await stopChild(child)
    await rm(directory, { recursive: true, force: true })
    throw error
  }
  return {
    url,
    pid: child.pid,
    async stop() {
      await stopChild(child)
      await rm(directory, { recursive: true, force: true })
    },
  }
}
