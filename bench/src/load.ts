import autocannon from 'autocannon'
import { percentile, round } from './stats.ts'

export interface LoadOptions {
  url: string
  /** seconds */
  duration: number
  connections: number
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: string
  /** a different path for every request (e.g. to miss a cache); gets a running number */
  pathFor?: (index: number) => string
}

export interface LoadResult {
  requestsPerSecond: number
  p50: number
  p95: number
  requests: number
  /** non-2xx answers and socket errors; any is a failed measurement */
  failures: number
}

/**
 * Bounded load on loopback with autocannon. Latency percentiles come from every response's own
 * time (autocannon's summary has no p95), requests/s from the completed responses.
 */
export function load(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = []
  let index = 0
  return new Promise((resolve, reject) => {
    const instance = autocannon({
      url: options.url,
      duration: options.duration,
      connections: options.connections,
      method: options.method ?? 'GET',
      headers: options.headers ?? {},
      ...(options.body !== undefined ? { body: options.body } : {}),
      ...(options.pathFor ? { requests: [{ setupRequest: (request: autocannon.Request) => ({ ...request, path: options.pathFor!(index++) }) }] } : {}),
    }, (error: unknown, result: autocannon.Result) => {
      if (error) return reject(error instanceof Error ? error : new Error(String(error)))
      if (latencies.length === 0) return reject(new Error(`No response from ${options.url} in ${options.duration} s`))
      resolve({
        requestsPerSecond: round(latencies.length / options.duration, 1),
        p50: round(percentile(latencies, 50), 1),
        p95: round(percentile(latencies, 95), 1),
        requests: latencies.length,
        failures: result.non2xx + result.errors + result.timeouts,
      })
    })
    // autocannon passes the client first; its published types leave that argument out.
    ;(instance as unknown as NodeJS.EventEmitter).on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      latencies.push(responseTime)
    })
  })
}
