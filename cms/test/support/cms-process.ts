import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

export interface CmsProcess {
  url: string
  child: ChildProcess
  /** Everything the process printed, for failure messages. */
  output(): string
  /** A clean shutdown (SIGTERM), waiting for the process to end. */
  stop(): Promise<void>
  /** kill -9: no shutdown, no flush, as a crash or an OOM killer would end it. */
  kill(): Promise<void>
}

const childEntry = path.resolve(import.meta.dirname, 'cms-child.mts')

/**
 * Starts the CMS in a separate Node process with the given environment on top of this one
 * (database, port 0, no seeding by default) and waits until it listens.
 */
export async function startCmsProcess(env: Record<string, string | undefined>, timeoutMs = 240_000): Promise<CmsProcess> {
  const child = spawn(process.execPath, [childEntry], {
    env: { ...process.env, NODE_ENV: 'test', CMS_HOST: '127.0.0.1', CMS_PORT: '0', SEED_DEMO_CONTENT: 'false', CRON_ENABLED: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The CMS did not start within ${timeoutMs} ms:\n${output.slice(-3000)}`)), timeoutMs)
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      const found = /CMS_URL (\S+)/.exec(output)
      if (found) { clearTimeout(timer); resolve(found[1]!) }
    }
    child.stdout!.on('data', read)
    child.stderr!.on('data', (chunk: Buffer) => { output += chunk.toString() })
    child.once('exit', (code, signal) => { clearTimeout(timer); reject(new Error(`The CMS exited (${code ?? signal}) before listening:\n${output.slice(-3000)}`)) })
  })
  return {
    url,
    child,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      await exited
    },
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGKILL')
      await exited
    },
  }
}
