/** Generated parts of the README sit between `<!-- NAME:start -->` and `<!-- NAME:end -->`. */
export function markers(name: string): { start: string; end: string } {
  return { start: `<!-- ${name}:start -->`, end: `<!-- ${name}:end -->` }
}

export function section(name: string, body: string): string {
  const { start, end } = markers(name)
  return `${start}\n${body}\n${end}`
}

/** Replaces one generated section; fails when its markers are missing. */
export function withSection(readme: string, name: string, body: string): string {
  const { start, end } = markers(name)
  const from = readme.indexOf(start)
  const to = readme.indexOf(end)
  if (from < 0 || to < from) throw new Error(`the README has no ${start} ... ${end} section`)
  return readme.slice(0, from) + section(name, body) + readme.slice(to + end.length)
}
