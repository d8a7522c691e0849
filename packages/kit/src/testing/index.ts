export { needServer, servers, type ServerName } from './servers.ts'
export { waitFor } from './wait-for.ts'
export { freePort } from './free-port.ts'
export { jsonClient, type JsonClient, type JsonReply, type RequestOptions, type As } from './json-client.ts'
