// AWS Signature Version 4, checked the way AWS checks it: the request is canonicalised from
// what arrived, signed again with the key's secret, and compared with the signature sent.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

export interface SignedRequestAuth {
  accessKeyId: string
  date: string
  region: string
  service: string
  signedHeaders: string[]
  signature: string
}

const AUTHORIZATION_PATTERN =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request,\s*SignedHeaders=([^,]+),\s*Signature=([0-9a-f]{64})$/

/** The parts of a SigV4 Authorization header, or undefined when it is not one. */
export function parseAuthorization(header: string | undefined): SignedRequestAuth | undefined {
  const match = header === undefined ? null : AUTHORIZATION_PATTERN.exec(header.trim())
  if (!match) return undefined
  const [, accessKeyId, date, region, service, signedHeaders, signature] =
    match as unknown as string[]
  return {
    accessKeyId: accessKeyId as string,
    date: date as string,
    region: region as string,
    service: service as string,
    signedHeaders: (signedHeaders as string).split(';'),
    signature: signature as string
  }
}

function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}

function hmac(key: Buffer | string, data: string): Buffer {
  return createHmac('sha256', key).update(data).digest()
}

function encodeRfc3986(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`
  )
}

function canonicalQuery(search: URLSearchParams): string {
  return [...search]
    .map(([key, value]) => [encodeRfc3986(key), encodeRfc3986(value)] as const)
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : 1) : a < b ? -1 : 1))
    .map(([key, value]) => `${key}=${value}`)
    .join('&')
}

function headerValue(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name]
  const joined = Array.isArray(value) ? value.join(',') : (value ?? '')
  return joined.trim().replace(/\s+/g, ' ')
}

export function signatureMatches(
  auth: SignedRequestAuth,
  secretAccessKey: string,
  request: { method: string; url: string; headers: IncomingHttpHeaders; body: Buffer }
): boolean {
  const url = new URL(request.url, 'http://localhost')
  const amzDate = headerValue(request.headers, 'x-amz-date')
  const payloadHash =
    headerValue(request.headers, 'x-amz-content-sha256') || sha256Hex(request.body)
  const canonicalRequest = [
    request.method,
    url.pathname
      .split('/')
      // Every segment encoded twice, as SigV4 wants for every service but S3.
      .map((segment) => encodeRfc3986(encodeRfc3986(decodeURIComponent(segment))))
      .join('/'),
    canonicalQuery(url.searchParams),
    auth.signedHeaders.map((name) => `${name}:${headerValue(request.headers, name)}\n`).join(''),
    auth.signedHeaders.join(';'),
    payloadHash
  ].join('\n')
  const scope = `${auth.date}/${auth.region}/${auth.service}/aws4_request`
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n')
  let key = hmac(`AWS4${secretAccessKey}`, auth.date)
  for (const part of [auth.region, auth.service, 'aws4_request']) key = hmac(key, part)
  const expected = Buffer.from(hmac(key, stringToSign).toString('hex'))
  const received = Buffer.from(auth.signature)
  return expected.length === received.length && timingSafeEqual(expected, received)
}
