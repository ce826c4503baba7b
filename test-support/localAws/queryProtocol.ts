// The AWS query protocol as IAM and STS speak it: form-encoded requests, XML responses and
// <ErrorResponse> errors with the HTTP status each error code carries on AWS.
import { randomUUID } from 'node:crypto'

export type AwsService = 'iam' | 'sts'

export const XML_NAMESPACES: Record<AwsService, string> = {
  iam: 'https://iam.amazonaws.com/doc/2010-05-08/',
  sts: 'https://sts.amazonaws.com/doc/2011-06-15/'
}

const HTTP_STATUS_BY_CODE: Record<string, number> = {
  NoSuchEntity: 404,
  EntityAlreadyExists: 409,
  MalformedPolicyDocument: 400,
  LimitExceeded: 409,
  Throttling: 400,
  AccessDenied: 403,
  ValidationError: 400,
  InvalidInput: 400,
  InvalidAction: 400,
  InvalidIdentityToken: 400,
  ExpiredToken: 400,
  ExpiredTokenException: 400,
  DeleteConflict: 409,
  InvalidClientTokenId: 403,
  SignatureDoesNotMatch: 403,
  MissingAuthenticationToken: 403,
  ServiceFailure: 500,
  ServiceUnavailable: 503
}

/** An error answered in AWS's <ErrorResponse> form; `type` is Receiver for server faults. */
export class AwsError extends Error {
  readonly code: string
  readonly status: number
  readonly type: 'Sender' | 'Receiver'

  constructor(code: string, message: string) {
    super(message)
    this.name = code
    this.code = code
    this.status = HTTP_STATUS_BY_CODE[code] ?? 400
    this.type = this.status >= 500 ? 'Receiver' : 'Sender'
  }
}

/** The query parameters of one request: `Action`, `Version` and the operation's members. */
export type QueryParams = Map<string, string>

export function parseQueryBody(body: string): QueryParams {
  return new Map(new URLSearchParams(body))
}

export function requiredParam(params: QueryParams, name: string): string {
  const value = params.get(name)
  if (value === undefined || value === '') {
    throw new AwsError(
      'ValidationError',
      `1 validation error detected: Value null at '${lowerFirst(name)}' failed to satisfy constraint: Member must not be null`
    )
  }
  return value
}

/** A query list (`Name.member.1`, `Name.member.2`, ...) in member order. */
export function listParam(params: QueryParams, name: string): string[] {
  const values: string[] = []
  for (let index = 1; params.has(`${name}.member.${index}`); index++) {
    values.push(params.get(`${name}.member.${index}`) as string)
  }
  return values
}

/** A query list of structures (`Tags.member.1.Key`, ...), each as a record of its members. */
export function structureListParam(params: QueryParams, name: string): Map<string, string>[] {
  const items: Map<string, string>[] = []
  for (let index = 1; ; index++) {
    const prefix = `${name}.member.${index}.`
    const item = new Map<string, string>()
    for (const [key, value] of params) {
      if (key.startsWith(prefix)) item.set(key.slice(prefix.length), value)
    }
    if (item.size === 0) return items
    items.push(item)
  }
}

export function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1)
}

/**
 * A response value: objects become nested elements in key order, arrays become `<member>` lists,
 * undefined members are left out (as AWS leaves out absent optional members).
 */
export type XmlValue =
  string | number | boolean | undefined | XmlValue[] | { [name: string]: XmlValue }

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

function renderElement(name: string, value: XmlValue): string {
  if (value === undefined) return ''
  if (Array.isArray(value)) {
    return `<${name}>${value.map((item) => renderElement('member', item)).join('')}</${name}>`
  }
  if (typeof value === 'object') {
    const children = Object.entries(value)
      .map(([childName, child]) => renderElement(childName, child))
      .join('')
    return `<${name}>${children}</${name}>`
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`
}

export function newRequestId(): string {
  return randomUUID()
}

/** `<{Action}Response><{Action}Result>…</{Action}Result><ResponseMetadata>…` as IAM and STS send it. */
export function successXml(
  service: AwsService,
  action: string,
  result: Record<string, XmlValue> | undefined,
  requestId: string
): string {
  const resultElement = result === undefined ? '' : renderElement(`${action}Result`, result)
  return (
    `<${action}Response xmlns="${XML_NAMESPACES[service]}">${resultElement}` +
    `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>\n`
  )
}

export function errorXml(service: AwsService, error: AwsError, requestId: string): string {
  return (
    `<ErrorResponse xmlns="${XML_NAMESPACES[service]}"><Error><Type>${error.type}</Type>` +
    `<Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message></Error>` +
    `<RequestId>${requestId}</RequestId></ErrorResponse>\n`
  )
}

/** IAM's date form: ISO 8601 in UTC without milliseconds. */
export function isoDate(time: number): string {
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** IAM returns policy documents URL-encoded per RFC 3986 (only unreserved characters kept). */
export function encodePolicyDocument(document: string): string {
  return encodeURIComponent(document).replace(
    /[!'()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`
  )
}

/** Opaque pagination markers, as IAM's List* operations hand out with IsTruncated. */
export function paginate<T>(
  items: T[],
  params: QueryParams
): { page: T[]; isTruncated: boolean; marker?: string } {
  const maxItemsParam = params.get('MaxItems')
  const maxItems = maxItemsParam === undefined ? 100 : Number(maxItemsParam)
  if (!Number.isInteger(maxItems) || maxItems < 1 || maxItems > 1000) {
    throw new AwsError(
      'ValidationError',
      `1 validation error detected: Value '${maxItemsParam}' at 'maxItems' failed to satisfy constraint: Member must have value between 1 and 1000`
    )
  }
  const markerParam = params.get('Marker')
  const start = markerParam === undefined ? 0 : decodeMarker(markerParam)
  const page = items.slice(start, start + maxItems)
  const end = start + page.length
  return end < items.length
    ? { page, isTruncated: true, marker: Buffer.from(`offset:${end}`).toString('base64') }
    : { page, isTruncated: false }
}

function decodeMarker(marker: string): number {
  const match = /^offset:(\d+)$/.exec(Buffer.from(marker, 'base64').toString('utf8'))
  if (!match) throw new AwsError('InvalidInput', 'Invalid Marker.')
  return Number(match[1])
}
