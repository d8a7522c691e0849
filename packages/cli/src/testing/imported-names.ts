/** The names an import or export list brings in: `{ a, type B, c as d }` gives a, B and c. */
export function importedNames(list: string): string[] {
  return list.split(',').map((part) => part.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]?.trim() ?? '').filter(Boolean)
}
