// What every benchmark measures of a run: its AWS calls, split into the OIDC token fetch and the
// IAM/STS calls after it, and the chain of those calls that had to wait on one another.
import type { CallRecord } from '../test-support/localAws/callLog.ts'
import type { LocalAws } from '../test-support/localAws/server.ts'

export interface CallProfile {
  /** IAM and STS requests (retries included); the OIDC token fetch is not one of them. */
  awsCalls: number
  tokenFetches: number
  writes: number
  throttled: number
  serverErrors: number
  /** Longest chain of IAM/STS requests each sent after the previous one was answered. */
  sequentialRoundTrips: number
  /** That chain's operations, e.g. AssumeRoleWithWebIdentity -> GetRole -> ... */
  criticalPath: string[]
  /**
   * Client-side time spent between the chain's requests (answer received -> next request sent):
   * where a fixed sleep or a slow computation between waves would show.
   */
  gapsOnPathMs: number
  /** From the first request (the token fetch) to the last answer: the run minus Node's start-up. */
  spanMs: number
}

export function profileCalls(aws: LocalAws, records: readonly CallRecord[]): CallProfile {
  const awsRecords = records.filter((record) => record.service !== 'oidc')
  const path = aws.calls.criticalPath(awsRecords)
  let gaps = 0
  for (let index = 1; index < path.length; index++) {
    gaps += (path[index] as CallRecord).startedAt - ((path[index - 1] as CallRecord).endedAt ?? 0)
  }
  return {
    awsCalls: awsRecords.length,
    tokenFetches: records.length - awsRecords.length,
    writes: awsRecords.filter((record) => record.write).length,
    throttled: awsRecords.filter((record) => record.errorCode === 'Throttling').length,
    serverErrors: awsRecords.filter((record) => (record.status ?? 0) >= 500).length,
    sequentialRoundTrips: path.length,
    criticalPath: path.map((record) => record.operation),
    gapsOnPathMs: gaps,
    spanMs:
      records.length === 0
        ? 0
        : Math.max(...records.map((record) => record.endedAt ?? record.startedAt)) -
          Math.min(...records.map((record) => record.startedAt))
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1] as number
}

/** A plain-text table: a header row, then rows, columns padded to their widest cell. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((row) => row.map(String))]
  const widths = header.map((_, column) =>
    Math.max(...cells.map((row) => (row[column] ?? '').length))
  )
  const line = (row: string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] as number))
      .join('  ')
      .trimEnd()
  return [
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...cells.slice(1).map(line)
  ].join('\n')
}

export const ms = (value: number): string => `${Math.round(value)} ms`
export const ratio = (value: number): string => `${value.toFixed(2)}x`
