import type { CheckInfo } from '../finding.ts'

/** Not a check: what the analyzer reports when one of its checks throws (a bug). */
export const internalError: CheckInfo = {
  code: 'BZ0001',
  level: 'error',
  ist: 'IST0001',
  name: 'InternalError',
  title: 'A check failed on input it did not expect; this is a bug in the analyzer.',
  help: 'Report it with the document that triggers it. The other checks still ran.',
}
