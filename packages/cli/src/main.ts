import { startCommand } from './commands/start.ts'
import { serveCommand } from './commands/serve.ts'
import { topologyCommand } from './commands/topology.ts'
import { docsCommand } from './commands/docs.ts'
import { apiTypesCommand } from './commands/api-types.ts'
import { renderCommand } from './commands/render.ts'
import { analyzeCommand } from './commands/analyze.ts'
import { dlqCommand } from './commands/dlq.ts'
import type { Command } from './commands/command.ts'

const commands: Record<string, Command> = {
  start: startCommand,
  serve: serveCommand,
  topology: topologyCommand,
  docs: docsCommand,
  'api-types': apiTypesCommand,
  render: renderCommand,
  analyze: analyzeCommand,
  dlq: dlqCommand,
}

function help(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length))
  return [
    'bazaar: run and describe the Bazaar platform',
    '',
    'Usage: bazaar <command> [options]',
    '',
    'Commands:',
    ...Object.entries(commands).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`),
    '',
    'Run `bazaar <command> --help` for a command\'s options.',
  ].join('\n')
}

/** Answers the exit code; errors a user can act on are printed plainly, never as a stack trace. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(help())
    return 0
  }
  const command = commands[name]
  if (!command) {
    console.error(`bazaar: unknown command "${name}"\n\n${help()}`)
    return 2
  }
  if (args.includes('--help') || args.includes('-h')) {
    console.log(`${command.summary}\n\nUsage: ${command.usage}`)
    return 0
  }
  try {
    return await command.run(args)
  } catch (error) {
    console.error(`bazaar ${name}: ${(error as Error).message}`)
    return 1
  }
}
