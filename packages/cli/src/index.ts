export { startPlatform, type Platform, type PlatformOptions } from './platform/platform.ts'
export { isReady, startDistributedPlatform, type DistributedPlatform, type DistributedOptions, type ServiceProcess } from './distributed/distributed-platform.ts'
