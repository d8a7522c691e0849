import type { Check } from '../../finding.ts'
import type { Index } from '../../cluster-index.ts'

/** Reported while loading (src/load.ts); the check hands those findings on. */
export const invalidYaml: Check<Index> = {
  code: 'BZ1003',
  level: 'error',
  ist: null,
  name: 'InvalidYaml',
  title: 'A file is not readable YAML.',
  help: 'Fix the syntax at the line and column given: the message says what the parser expected there. Nothing else in that document is analyzed until it parses.',
  run: (index) => index.problems.filter((p) => p.finding.code === invalidYaml.code),
}
