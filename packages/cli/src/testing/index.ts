export { killStrays, startPlatformProcess, workspace, type PlatformProcess } from './platform-process.ts'
export { startTestPlatform, type TestPlatform, type TestPlatformOptions } from './test-platform.ts'
