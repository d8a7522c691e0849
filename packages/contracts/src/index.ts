/** Event payloads shared between services, one schema per type and version (DESIGN 4). */
export { UserRegisteredV1 } from './events/user-registered.ts'
