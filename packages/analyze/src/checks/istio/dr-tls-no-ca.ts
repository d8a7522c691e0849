import { report, type Check } from '../../finding.ts'
import { istioNetworking } from '../../groups.ts'
import type { Index } from '../../cluster-index.ts'
import { unverifiedTls } from './dr-tls-verification.ts'

export const drTlsNoCa: Check<Index> = {
  code: 'BZ2012',
  level: 'warning',
  ist: 'IST0128',
  name: 'NoServerCertificateVerificationDestinationLevel',
  title: 'A DestinationRule originates TLS (SIMPLE or MUTUAL) without caCertificates, so the server\'s certificate is not verified.',
  help: 'Set `caCertificates` (or a `credentialName` holding the CA) under trafficPolicy.tls; set `insecureSkipVerify: true` only if skipping verification is intended.',
  run: (index) => unverifiedTls(index.of(istioNetworking, 'DestinationRule')).filter((u) => u.port === undefined).map((u) =>
    report(drTlsNoCa, u.dr, u.path, `DestinationRule ${u.dr.name} in namespace ${u.dr.namespace} has TLS mode set to ${u.mode} but no caCertificates are set to validate server identity for host: ${u.host}`)),
}
