// The shared clients against a scripted loopback endpoint: what is retried, what fails at once,
// that standard AWS_* variables are honoured, and that connections are reused.
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  jest
} from '@jest/globals'
import { createServer } from 'node:http'
import type { IncomingMessage, Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { GetRoleCommand } from '@aws-sdk/client-iam'
import { AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts'
import {
  backoffDelayMs,
  createAwsClients,
  MAX_ATTEMPTS,
  THROTTLED_MAX_ATTEMPTS,
  throttledBackoffDelayMs,
  USER_AGENT_SUFFIX
} from '../../src/aws/clients.ts'

interface ScriptedResponse {
  status: number
  body: string
}

interface RecordedRequest {
  action: string
  headers: IncomingMessage['headers']
  socketId: number
}

const STS_XMLNS = 'https://sts.amazonaws.com/doc/2011-06-15/'
const IAM_XMLNS = 'https://iam.amazonaws.com/doc/2010-05-08/'
const ACCOUNT = '111122223333'

function errorResponse(status: number, code: string, xmlns = STS_XMLNS): ScriptedResponse {
  const type = status >= 500 ? 'Receiver' : 'Sender'
  return {
    status,
    body: `<ErrorResponse xmlns="${xmlns}"><Error><Type>${type}</Type><Code>${code}</Code><Message>${code} from test</Message></Error><RequestId>req-1</RequestId></ErrorResponse>`
  }
}

const callerIdentity: ScriptedResponse = {
  status: 200,
  body: `<GetCallerIdentityResponse xmlns="${STS_XMLNS}"><GetCallerIdentityResult><Arn>arn:aws:iam::${ACCOUNT}:user/ci</Arn><UserId>AIDAEXAMPLE</UserId><Account>${ACCOUNT}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>req-2</RequestId></ResponseMetadata></GetCallerIdentityResponse>`
}

const webIdentityCredentials: ScriptedResponse = {
  status: 200,
  body: `<AssumeRoleWithWebIdentityResponse xmlns="${STS_XMLNS}"><AssumeRoleWithWebIdentityResult><Credentials><AccessKeyId>ASIAEXAMPLE</AccessKeyId><SecretAccessKey>secret</SecretAccessKey><SessionToken>session</SessionToken><Expiration>2030-01-01T00:00:00Z</Expiration></Credentials><AssumedRoleUser><Arn>arn:aws:sts::${ACCOUNT}:assumed-role/deployer/s</Arn><AssumedRoleId>AROAEXAMPLE:s</AssumedRoleId></AssumedRoleUser><SubjectFromWebIdentityToken>repo:o/r:ref:refs/heads/main</SubjectFromWebIdentityToken></AssumeRoleWithWebIdentityResult><ResponseMetadata><RequestId>req-3</RequestId></ResponseMetadata></AssumeRoleWithWebIdentityResponse>`
}

let server: Server
let endpoint: string
let script: ScriptedResponse[] = []
let requests: RecordedRequest[] = []
const socketIds = new WeakMap<object, number>()
let nextSocketId = 0

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString()))
    request.on('end', () => {
      if (!socketIds.has(request.socket)) socketIds.set(request.socket, nextSocketId++)
      requests.push({
        action: new URLSearchParams(body).get('Action') ?? '',
        headers: request.headers,
        socketId: socketIds.get(request.socket) ?? -1
      })
      const next = script.length > 1 ? script.shift() : script[0]
      response.writeHead(next?.status ?? 500, { 'content-type': 'text/xml' })
      response.end(next?.body ?? '')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

const savedEnv = { ...process.env }

beforeEach(() => {
  script = []
  requests = []
  process.env.AWS_ENDPOINT_URL_STS = endpoint
  process.env.AWS_ENDPOINT_URL_IAM = endpoint
  process.env.AWS_CONFIG_FILE = '/nonexistent/config'
  process.env.AWS_SHARED_CREDENTIALS_FILE = '/nonexistent/credentials'
  delete process.env.AWS_PROFILE
  delete process.env.AWS_MAX_ATTEMPTS
  delete process.env.AWS_RETRY_MODE
  // Backoff waits become 0 ms, so a dozen retries take no time.
  jest.spyOn(Math, 'random').mockReturnValue(0)
})

afterEach(() => {
  process.env = { ...savedEnv }
  jest.restoreAllMocks()
})

const testCredentials = { accessKeyId: 'AKIATESTEXAMPLE', secretAccessKey: 'test-secret' }

describe('createAwsClients', () => {
  it('retries throttling and succeeds', async () => {
    script = [
      errorResponse(400, 'Throttling'),
      errorResponse(400, 'Throttling'),
      errorResponse(400, 'Throttling'),
      callerIdentity
    ]
    const { sts } = createAwsClients({ region: 'us-east-1', credentials: testCredentials })
    const identity = await sts.send(new GetCallerIdentityCommand({}))
    expect(identity.Account).toBe(ACCOUNT)
    expect(identity.$metadata.attempts).toBe(4)
    expect(requests).toHaveLength(4)
  })

  it('retries 5xx errors', async () => {
    script = [
      errorResponse(500, 'InternalFailure'),
      errorResponse(503, 'ServiceUnavailable'),
      callerIdentity
    ]
    const { sts } = createAwsClients({ region: 'us-east-1', credentials: testCredentials })
    await expect(sts.send(new GetCallerIdentityCommand({}))).resolves.toMatchObject({
      Account: ACCOUNT
    })
    expect(requests).toHaveLength(3)
  })

  it('gives up after THROTTLED_MAX_ATTEMPTS when throttling never stops', async () => {
    script = [errorResponse(400, 'Throttling')]
    const { sts } = createAwsClients({ region: 'us-east-1', credentials: testCredentials })
    await expect(sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({
      name: 'Throttling',
      $metadata: { attempts: THROTTLED_MAX_ATTEMPTS }
    })
    expect(requests).toHaveLength(THROTTLED_MAX_ATTEMPTS)
    expect(requests.at(-1)?.headers['amz-sdk-request']).toBe(
      `attempt=${THROTTLED_MAX_ATTEMPTS}; max=${THROTTLED_MAX_ATTEMPTS}`
    )
  })

  it('gives up after MAX_ATTEMPTS, fewer, when 5xx never stop', async () => {
    script = [errorResponse(503, 'ServiceUnavailable')]
    const { sts } = createAwsClients({ region: 'us-east-1', credentials: testCredentials })
    await expect(sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({
      name: 'ServiceUnavailable',
      $metadata: { attempts: MAX_ATTEMPTS }
    })
    expect(requests).toHaveLength(MAX_ATTEMPTS)
  })

  it('counts throttled attempts towards the 5xx budget: a 5xx on attempt MAX_ATTEMPTS ends the call', async () => {
    script = [
      ...Array.from({ length: MAX_ATTEMPTS - 1 }, () => errorResponse(400, 'Throttling')),
      errorResponse(500, 'InternalFailure'),
      callerIdentity
    ]
    const { sts } = createAwsClients({ region: 'us-east-1', credentials: testCredentials })
    await expect(sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({
      name: 'InternalFailure'
    })
    expect(requests).toHaveLength(MAX_ATTEMPTS)
  })

  it('does not retry IAM LimitExceeded, an account quota the SDK counts as throttling', async () => {
    script = [errorResponse(409, 'LimitExceeded', IAM_XMLNS)]
    const { iam } = createAwsClients({ region: 'us-east-1', credentials: testCredentials })
    await expect(iam.send(new GetRoleCommand({ RoleName: 'any' }))).rejects.toMatchObject({
      name: 'LimitExceededException'
    })
    expect(requests).toHaveLength(1)
  })

  it.each(['AccessDenied', 'InvalidClientTokenId', 'ValidationError'])(
    'fails at once on %s',
    async (code) => {
      script = [errorResponse(403, code), callerIdentity]
      const { sts } = createAwsClients({ region: 'us-east-1', credentials: testCredentials })
      await expect(sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({ name: code })
      expect(requests).toHaveLength(1)
    }
  )

  it('does not retry IAM NoSuchEntity', async () => {
    script = [errorResponse(404, 'NoSuchEntity', IAM_XMLNS)]
    const { iam } = createAwsClients({ region: 'us-east-1', credentials: testCredentials })
    await expect(iam.send(new GetRoleCommand({ RoleName: 'missing' }))).rejects.toMatchObject({
      name: 'NoSuchEntityException'
    })
    expect(requests).toHaveLength(1)
    expect(requests[0]?.action).toBe('GetRole')
  })

  it('retries IDPCommunicationError on AssumeRoleWithWebIdentity, unsigned, without any credentials', async () => {
    delete process.env.AWS_ACCESS_KEY_ID
    delete process.env.AWS_SECRET_ACCESS_KEY
    script = [
      errorResponse(400, 'IDPCommunicationError'),
      errorResponse(400, 'IDPCommunicationError'),
      webIdentityCredentials
    ]
    const { sts } = createAwsClients({ region: 'us-east-1' })
    const response = await sts.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: `arn:aws:iam::${ACCOUNT}:role/deployer`,
        RoleSessionName: 's',
        WebIdentityToken: 'a.b.c'
      })
    )
    expect(response.AssumedRoleUser?.Arn).toContain(ACCOUNT)
    expect(requests).toHaveLength(3)
    expect(requests.every((request) => request.headers.authorization === undefined)).toBe(true)
  })

  it.each(['InvalidIdentityToken', 'IDPRejectedClaim', 'ExpiredTokenException'])(
    'does not retry %s',
    async (code) => {
      script = [errorResponse(400, code), webIdentityCredentials]
      const { sts } = createAwsClients({ region: 'us-east-1' })
      await expect(
        sts.send(
          new AssumeRoleWithWebIdentityCommand({
            RoleArn: `arn:aws:iam::${ACCOUNT}:role/d`,
            RoleSessionName: 's',
            WebIdentityToken: 'a.b.c'
          })
        )
      ).rejects.toBeDefined()
      expect(requests).toHaveLength(1)
    }
  )

  it('uses ambient AWS_ACCESS_KEY_ID when no credentials are given, and the user agent suffix', async () => {
    process.env.AWS_ACCESS_KEY_ID = 'AKIAAMBIENTEXAMPLE'
    process.env.AWS_SECRET_ACCESS_KEY = 'ambient-secret'
    script = [callerIdentity]
    const { sts } = createAwsClients({ region: 'eu-west-1' })
    await sts.send(new GetCallerIdentityCommand({}))
    expect(requests[0]?.headers.authorization).toContain('Credential=AKIAAMBIENTEXAMPLE/')
    expect(requests[0]?.headers.authorization).toContain('/eu-west-1/sts/')
    expect(String(requests[0]?.headers['user-agent'])).toContain(USER_AGENT_SUFFIX)
  })

  it('reuses one keep-alive connection for sequential calls', async () => {
    script = [callerIdentity]
    const { sts } = createAwsClients({ region: 'us-east-1', credentials: testCredentials })
    for (let call = 0; call < 5; call++) await sts.send(new GetCallerIdentityCommand({}))
    expect(new Set(requests.map((request) => request.socketId)).size).toBe(1)
    expect(requests[0]?.headers.connection).toBe('keep-alive')
  })
})

describe('backoffDelayMs', () => {
  it('grows exponentially from 200 ms, capped at 3 s, with full jitter', () => {
    const longest = (attempt: number) => backoffDelayMs(attempt, () => 0.999999)
    expect([1, 2, 3, 4, 5, 11].map(longest)).toEqual([199, 399, 799, 1599, 2999, 2999])
    expect(backoffDelayMs(7, () => 0)).toBe(0)
  })

  it('bounds the waits of a call that never succeeds well under a minute', () => {
    let total = 0
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++)
      total += backoffDelayMs(attempt, () => 1)
    expect(total).toBe(24000)
  })

  it('makes a call that is throttled 30% of the time practically never fail across 1000 calls', () => {
    const failureProbabilityPerCall = 0.3 ** THROTTLED_MAX_ATTEMPTS
    expect(1 - (1 - failureProbabilityPerCall) ** 1000).toBeLessThan(1e-5)
  })
})

describe('throttledBackoffDelayMs', () => {
  it('grows exponentially from 1 s, capped at 10 s, with full jitter', () => {
    const longest = (attempt: number) => throttledBackoffDelayMs(attempt, () => 0.999999)
    expect([1, 2, 3, 4, 5, 15].map(longest)).toEqual([999, 1999, 3999, 7999, 9999, 9999])
    expect(throttledBackoffDelayMs(9, () => 0)).toBe(0)
  })

  it('bounds the waits of a call throttled on every attempt at about two minutes, one expected', () => {
    const total = (random: () => number) => {
      let sum = 0
      for (let attempt = 1; attempt < THROTTLED_MAX_ATTEMPTS; attempt++)
        sum += throttledBackoffDelayMs(attempt, random)
      return sum
    }
    expect(total(() => 1)).toBe(125_000)
    expect(total(() => 0.5)).toBe(62_500)
  })
})
