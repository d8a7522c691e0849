// Import and export declarations only appear at the top level, which this codebase always starts at
// a line's beginning; anchoring there keeps commented-out imports and most prose out. The clause
// between the keyword and `from` is limited to what a binding list can hold, so it may span lines.
const staticFrom = /^[ \t]*(?:import|export)\b[\w$\s{},*]*?\bfrom\s*(['"])([^'"\n]+)\1/gm
const sideEffect = /^[ \t]*import\s*(['"])([^'"\n]+)\1/gm
// `import('x')` may sit anywhere, also as a type: `typeof import('x')`.
const dynamic = /\bimport\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g

/** The module specifiers a TypeScript source imports or re-exports, `import type` included. */
export function importSpecifiers(source: string): string[] {
  const found = new Set<string>()
  for (const pattern of [staticFrom, sideEffect, dynamic]) {
    for (const match of source.matchAll(pattern)) found.add(match[2]!)
  }
  return [...found]
}
