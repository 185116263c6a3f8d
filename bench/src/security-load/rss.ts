import { readFileSync } from 'node:fs'

/** Resident memory of one process in MB, from Linux's /proc; 0 once it has gone. */
export function readRssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Math.round(Number(match[1]) / 102.4) / 10 : 0
  } catch {
    return 0
  }
}
