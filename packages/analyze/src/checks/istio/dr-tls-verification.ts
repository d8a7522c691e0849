import type { Doc } from '../../doc.ts'
import { at, integer, list, record, text, type Path } from '../../json.ts'

export interface UnverifiedTls {
  dr: Doc
  path: Path
  mode: string
  host: string
  port: number | undefined
}

/**
 * TLS origination (SIMPLE or MUTUAL) with neither caCertificates nor a credentialName to check
 * the server's certificate against, nor an explicit insecureSkipVerify.
 */
export function unverifiedTls(rules: Doc[]): UnverifiedTls[] {
  return rules.flatMap((dr) => {
    const host = text(at(dr.body, 'spec', 'host')) ?? ''
    const found: UnverifiedTls[] = []
    const check = (tls: unknown, path: Path, port: number | undefined) => {
      const mode = text(record(tls)?.mode)
      if (mode !== 'SIMPLE' && mode !== 'MUTUAL') return
      if (text(record(tls)?.caCertificates) || text(record(tls)?.credentialName) || record(tls)?.insecureSkipVerify === true) return
      found.push({ dr, path: [...path, 'mode'], mode, host, port })
    }
    check(at(dr.body, 'spec', 'trafficPolicy', 'tls'), ['spec', 'trafficPolicy', 'tls'], undefined)
    list(at(dr.body, 'spec', 'trafficPolicy', 'portLevelSettings')).forEach((setting, i) => {
      check(at(setting, 'tls'), ['spec', 'trafficPolicy', 'portLevelSettings', i, 'tls'], integer(at(setting, 'port', 'number')))
    })
    return found
  })
}
