/** One problem in a topology file, located at the line and column a reader should look at. */
export interface TopologyIssue {
  file: string
  line: number
  column: number
  /** The field, such as `services.users.port`; empty for YAML syntax errors and the document itself. */
  path: string
  message: string
}

/** A topology file that cannot be used: every issue found, one per line, in file order. */
export class TopologyError extends Error {
  readonly issues: readonly TopologyIssue[]

  constructor(issues: readonly TopologyIssue[]) {
    super(issues.map(formatIssue).join('\n'))
    this.name = 'TopologyError'
    this.issues = issues
  }
}

/** `topology.yaml:14:11 services.users.port: expected ..., got "abc"`: the form editors link. */
export function formatIssue(issue: TopologyIssue): string {
  const where = `${issue.file}:${issue.line}:${issue.column}`
  return issue.path === '' ? `${where} ${issue.message}` : `${where} ${issue.path}: ${issue.message}`
}
