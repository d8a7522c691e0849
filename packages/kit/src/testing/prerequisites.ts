/**
 * The one rule for whatever a test needs from the machine (a server, a browser): locally a
 * missing one skips the test with this reason; under CI=true it fails instead, because CI
 * promises it.
 */
export function missingPrerequisite(reason: string): string {
  if (process.env.CI === 'true') throw new Error(`${reason}; CI requires it`)
  return reason
}
