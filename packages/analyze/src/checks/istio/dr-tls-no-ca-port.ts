import { report, type Check } from '../../finding.ts'
import { istioNetworking } from '../../groups.ts'
import type { Index } from '../../cluster-index.ts'
import { unverifiedTls } from './dr-tls-verification.ts'

export const drTlsNoCaPort: Check<Index> = {
  code: 'BZ2013',
  level: 'warning',
  ist: 'IST0129',
  name: 'NoServerCertificateVerificationPortLevel',
  title: 'A DestinationRule originates TLS on a port (portLevelSettings) without caCertificates, so the server\'s certificate is not verified.',
  help: 'Set `caCertificates` (or a `credentialName`) in that port\'s tls settings; set `insecureSkipVerify: true` only if skipping verification is intended.',
  run: (index) => unverifiedTls(index.of(istioNetworking, 'DestinationRule')).filter((u) => u.port !== undefined).map((u) =>
    report(drTlsNoCaPort, u.dr, u.path, `DestinationRule ${u.dr.name} in namespace ${u.dr.namespace} has TLS mode set to ${u.mode} but no caCertificates are set to validate server identity for host: ${u.host} at port ${u.port}`)),
}
