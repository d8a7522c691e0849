import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { cycles, importGraph, importSpecifiers } from '../../src/testing/index.ts'

const repo = fileURLToPath(new URL('../../../../', import.meta.url))

test('no module imports itself, directly or through others, type-only imports included', async () => {
  const graph = await importGraph(repo, ['packages', 'services', 'web', 'bench', 'test'])
  const found = cycles(graph)
  assert.deepEqual(found, [], `modules that import each other, one cycle a line:\n${found.map((cycle) => `  ${cycle.join(', ')}`).join('\n')}`)
})

test('every kind of import and re-export is read, and commented-out ones are not', () => {
  const source = [
    "import { a } from './a.ts'",
    'import type {',
    '  B,',
    '  C as D,',
    "} from './b.ts'",
    "import * as e from 'e'",
    "import './side-effect.ts'",
    "export { f } from './f.ts'",
    "export type * from './g.ts'",
    "const h = await import('./h.ts')",
    "type I = typeof import('./i.ts')",
    "// import { j } from './j.ts'",
    " * import { k } from './k.ts'",
    "export const l = 'from'",
    "const m = import.meta.resolve('./m.ts')",
  ].join('\n')
  assert.deepEqual(importSpecifiers(source).sort(), ['./a.ts', './b.ts', './f.ts', './g.ts', './h.ts', './i.ts', './side-effect.ts', 'e'])
})

test('a cycle is reported with all its members, a self-import too, and a chain is not', () => {
  const graph = new Map([
    ['a', ['b']], ['b', ['c']], ['c', ['a', 'd']], ['d', []],
    ['e', ['e']],
    ['f', ['g']], ['g', ['d']],
  ])
  assert.deepEqual(cycles(graph), [['a', 'b', 'c'], ['e']])
  assert.deepEqual(cycles(new Map([['f', ['g']], ['g', []]])), [])
})

test('imports resolve to tracked files: extensions, index files and workspace packages by their exports', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'import-graph-'))
  t.after(() => rm(dir, { recursive: true, force: true }))
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ workspaces: ['packages/*'] }),
    'packages/kit/package.json': JSON.stringify({ name: '@bazaar/kit', exports: { '.': './src/index.ts', './testing': './src/testing/index.ts' } }),
    'packages/kit/src/index.ts': "export { b } from './b'",
    'packages/kit/src/b.ts': "import { a } from './a/index.ts'",
    'packages/kit/src/a/index.ts': "import type { Kit } from '@bazaar/kit'\nimport { free } from '@bazaar/kit/testing'\nimport 'fastify'",
    'packages/kit/src/testing/index.ts': "import { missing } from '../missing.ts'",
    'packages/kit/src/untracked.ts': "import { b } from './b.ts'",
  }
  for (const [file, text] of Object.entries(files)) {
    await mkdir(join(dir, dirname(file)), { recursive: true })
    await writeFile(join(dir, file), text)
  }
  const git = (...args: string[]) => promisify(execFile)('git', args, { cwd: dir })
  await git('init', '-q')
  await git('add', ...Object.keys(files).filter((file) => !file.includes('untracked')))

  const graph = await importGraph(dir, ['packages'])

  assert.deepEqual(Object.fromEntries(graph), {
    'packages/kit/src/index.ts': ['packages/kit/src/b.ts'],
    'packages/kit/src/b.ts': ['packages/kit/src/a/index.ts'],
    'packages/kit/src/a/index.ts': ['packages/kit/src/index.ts', 'packages/kit/src/testing/index.ts'],
    'packages/kit/src/testing/index.ts': [],
  })
  assert.deepEqual(cycles(graph), [['packages/kit/src/a/index.ts', 'packages/kit/src/b.ts', 'packages/kit/src/index.ts']])
})
