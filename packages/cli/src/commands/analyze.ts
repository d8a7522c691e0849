import { parseArgs } from 'node:util'
import { analyze, atLeast, checks, formatJson, formatSarif, formatText, levels, readSources, type Analysis } from '@bazaar/analyze'
import cliPackage from '../../package.json' with { type: 'json' }
import type { Command } from './command.ts'

const outputs = ['text', 'json', 'sarif'] as const
type Output = (typeof outputs)[number]

export const analyzeCommand: Command = {
  summary: 'Check Kubernetes, Istio and Linkerd configuration offline: schemas, references, workload hygiene.',
  usage: [
    'bazaar analyze <file|dir>... [-o text|json|sarif] [--fail-on error|warning|info] [--suppress CODE[,CODE]]...',
    '',
    '  -o, --output  text (default): one line per finding and a summary; json: an array of findings;',
    '                sarif: SARIF 2.1.0 for code scanning',
    '  --fail-on     exit 1 when a finding is at this level or above (default: error)',
    '  --suppress    leave these codes out (repeatable); one resource silences codes for itself with',
    '                the annotation bazaar.dev/analyze-ignore: "BZ1001,BZ2003"',
    '',
    'Directories are walked for .yaml, .yml and .json files (Helm charts are skipped: analyze their',
    'rendered output). The codes are listed in packages/analyze/README.md.',
  ].join('\n'),
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o', default: 'text' },
        'fail-on': { type: 'string', default: 'error' },
        suppress: { type: 'string', multiple: true, default: [] },
      },
    })
    if (positionals.length === 0) throw new Error('name the files or directories to analyze, e.g. `bazaar analyze deploy/k8s deploy/istio`')
    const output = oneOf(outputs, values.output, '-o')
    const failOn = oneOf(levels, values['fail-on'], '--fail-on')
    const suppress = values.suppress.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean)
    const known = new Set(checks.map((c) => c.code))
    const unknown = suppress.filter((code) => !known.has(code))
    if (unknown.length > 0) throw new Error(`--suppress: unknown code ${unknown.join(', ')} (the codes are listed in packages/analyze/README.md)`)
    const result = await analyze(await readSources(positionals), { suppress })
    console.log(format(output, result))
    return result.findings.some((f) => atLeast(f.level, failOn)) ? 1 : 0
  },
}

function format(output: Output, result: Analysis): string {
  if (output === 'json') return formatJson(result)
  if (output === 'sarif') return formatSarif(result, checks, cliPackage.version)
  return formatText(result)
}

function oneOf<T extends string>(allowed: readonly T[], value: string, flag: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new Error(`${flag} must be one of ${allowed.join(', ')}; got "${value}"`)
  return value as T
}

