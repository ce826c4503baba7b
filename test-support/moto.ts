// A second IAM and STS implementation that nobody here wrote: moto (moto_server, Apache-2.0, in the
// machine's Python), for interoperability tests. It runs on 127.0.0.1 behind a recording proxy
// that counts the AWS query-protocol operations the action sends (moto itself counts nothing), and
// the action reaches it through AWS_ENDPOINT_URL_IAM / AWS_ENDPOINT_URL_STS as it would any
// AWS-compatible endpoint. Seeding goes through the real AWS SDK client, against moto directly.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { IAMClient } from '@aws-sdk/client-iam'

export const MOTO_ACCOUNT = '111122223333'

/** IAM operations that change something (STS's AssumeRole* and reads change nothing). */
const WRITE = /^(Create|Put|Update|Tag|Untag|Attach|Detach|Delete|Add|Remove|Set|Upload|Change)/

export interface Moto {
  /** The proxy's URL: what the action is pointed at. */
  url: string
  /** An IAM client on moto itself, for seeding and reading back. */
  iam: IAMClient
  calls: { all(): string[]; writes(): string[]; reset(): void; count(operation: string): number }
  close(): Promise<void>
}

/** moto's server command, or a clear failure: the interoperability tests must not skip. */
function motoCommand(): string {
  const probe = spawnSync('moto_server', ['--help'], { encoding: 'utf8' })
  if (probe.status !== 0) {
    throw new Error(
      'moto_server is not on PATH: the interoperability tests need moto (python3 -m pip install "moto[server]")'
    )
  }
  return 'moto_server'
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

async function waitUntilUp(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`moto_server exited: ${output()}`)
    const up = await fetch(`${url}/moto-api/`).then(
      (response) => response.ok,
      () => false
    )
    if (up) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`moto_server did not answer within 30 s: ${output()}`)
}

/** The recording proxy: every request forwarded as it is, its `Action` noted. */
function recordingProxy(target: URL, calls: string[]): Server {
  return createServer((incoming, outgoing) => {
    const chunks: Buffer[] = []
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
    incoming.on('end', () => {
      const body = Buffer.concat(chunks)
      const action = new URLSearchParams(body.toString('utf8')).get('Action')
      if (action) calls.push(action)
      const forward = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          method: incoming.method,
          path: incoming.url,
          headers: incoming.headers
        },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(outgoing)
        }
      )
      forward.on('error', (error) => outgoing.destroy(error))
      forward.end(body)
    })
  })
}

export async function startMoto(): Promise<Moto> {
  const command = motoCommand()
  const port = await freePort()
  let output = ''
  const child = spawn(command, ['-H', '127.0.0.1', '-p', String(port)], {
    env: { ...process.env, MOTO_ACCOUNT_ID: MOTO_ACCOUNT },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-2000)))
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-2000)))
  const motoUrl = `http://127.0.0.1:${port}`
  try {
    await waitUntilUp(motoUrl, child, () => output)
  } catch (error) {
    child.kill('SIGKILL')
    throw error
  }
  const calls: string[] = []
  const proxy = recordingProxy(new URL(motoUrl), calls)
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  const { port: proxyPort } = proxy.address() as AddressInfo
  const iam = new IAMClient({
    region: 'us-east-1',
    endpoint: motoUrl,
    credentials: { accessKeyId: 'AKIAMOTOSEED00000000', secretAccessKey: 'seed' }
  })
  return {
    url: `http://127.0.0.1:${proxyPort}`,
    iam,
    calls: {
      all: () => [...calls],
      writes: () => calls.filter((call) => WRITE.test(call)),
      reset: () => void calls.splice(0),
      count: (operation) => calls.filter((call) => call === operation).length
    },
    close: async () => {
      iam.destroy()
      await new Promise<void>((resolve) => proxy.close(() => resolve()))
      child.kill('SIGTERM')
      await new Promise((resolve) =>
        child.exitCode !== null ? resolve(null) : child.on('exit', resolve)
      )
    }
  }
}
