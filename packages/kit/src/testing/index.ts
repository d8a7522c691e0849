export { needServer, servers, type ServerName } from './servers.ts'
export { waitFor } from './wait-for.ts'
export { freePort } from './free-port.ts'
