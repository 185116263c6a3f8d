import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'

/** A free port on loopback, chosen by the kernel. */
export const freePort = () => new Promise<number>((resolve, reject) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const address = server.address()
    server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))))
  })
})

const children = new Set<ChildProcess>()
const groupLeaders = new WeakSet<ChildProcess>()

/** Starts a child that the bench stops again, whatever happens (see stopAll). */
export function start(command: string, args: string[], options: SpawnOptions & { quiet?: boolean; silent?: boolean }): ChildProcess {
  // quiet: no standard output (errors still show); silent: neither.
  const child = spawn(command, args, { ...options, stdio: ['ignore', options.quiet || options.silent ? 'ignore' : 'inherit', options.silent ? 'ignore' : 'inherit'] })
  children.add(child)
  if (options.detached) groupLeaders.add(child)
  child.once('exit', () => children.delete(child))
  return child
}

export async function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  // A detached child leads its own process group: stop the whole group (npm start → bash → node).
  const signalAll = (name: NodeJS.Signals) => {
    if (groupLeaders.has(child) && child.pid) {
      try { process.kill(-child.pid, name); return } catch { /* group already gone */ }
    }
    child.kill(name)
  }
  signalAll(signal)
  const timer = setTimeout(() => signalAll('SIGKILL'), 15_000)
  await exited
  clearTimeout(timer)
}

export async function stopAll(): Promise<void> {
  await Promise.all([...children].map((child) => stop(child)))
}

/** Runs a command to its end; rejects with its exit code. */
export function run(command: string, args: string[], options: SpawnOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options })
    // Tracked like started children, so an interrupted bench stops it too (e.g. the generator).
    children.add(child)
    child.once('exit', () => children.delete(child))
    child.once('error', reject)
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))))
  })
}

/** Waits until `url` answers below 500, or fails when the process exits or time runs out. */
export async function waitFor(url: string, child: ChildProcess, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The process for ${url} exited with ${child.exitCode} during start-up.`)
    const answered = await fetch(url).then((response) => response.status < 500, () => false)
    if (answered) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${url} did not answer within ${seconds} s.`)
}

/** Resident memory of a process and all its descendants, in MB (Linux /proc). */
export function treeRssMb(pid: number): number {
  const parents = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]))
    } catch { /* exited meanwhile */ }
  }
  const tree = [pid]
  for (let i = 0; i < tree.length; i += 1) for (const [child, parent] of parents) if (parent === tree[i]) tree.push(child)
  let kb = 0
  for (const member of tree) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${member}/status`, 'utf8'))
      kb += Number(match?.[1] ?? 0)
    } catch { /* exited meanwhile */ }
  }
  return kb / 1024
}
