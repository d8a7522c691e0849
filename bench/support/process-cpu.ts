import { readdir, readFile } from 'node:fs/promises'

/** Linux's USER_HZ: /proc counts CPU time in these ticks on every architecture it runs on. */
const ticksPerSecond = 100

interface Stat {
  pid: number
  parent: number
  /** utime + stime, in ticks. */
  ticks: number
}

async function stat(pid: string): Promise<Stat | undefined> {
  let text: string
  try {
    text = await readFile(`/proc/${pid}/stat`, 'utf8')
  } catch {
    return undefined // exited meanwhile
  }
  // The command name, field 2, is in parentheses and may hold spaces: count fields after it.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
  return { pid: Number(pid), parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) }
}

/**
 * CPU seconds used so far by `root` and its direct children (nginx's master and its workers),
 * from /proc; undefined where there is no /proc.
 */
export async function treeCpuSeconds(root: number): Promise<number | undefined> {
  let entries: string[]
  try {
    entries = await readdir('/proc')
  } catch {
    return undefined
  }
  const stats = await Promise.all(entries.filter((entry) => /^\d+$/.test(entry)).map(stat))
  const ticks = stats.reduce((sum, entry) => (entry && (entry.pid === root || entry.parent === root) ? sum + entry.ticks : sum), 0)
  return ticks / ticksPerSecond
}
