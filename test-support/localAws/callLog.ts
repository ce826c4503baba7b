// Every request the endpoint answered, for assertions (how many GetRole calls, which writes)
// and for benchmarks (concurrency reached, sequential round trips).
import { performance } from 'node:perf_hooks'

export type CallService =
  'iam' | 'sts' | 'oidc' | 'access-analyzer' | 'bedrock' | 'bedrock-agentcore'

export interface CallRecord {
  id: number
  service: CallService
  operation: string
  /** ARN of the authenticated caller, when the request was signed by a known key. */
  caller?: string
  /** Milliseconds since the epoch, sub-millisecond precision. */
  startedAt: number
  endedAt?: number
  status?: number
  errorCode?: string
  write: boolean
}

const WRITE_OPERATION = /^(Create|Update|Put|Tag|Untag|Delete|Attach|Detach)/

export function isWriteOperation(operation: string): boolean {
  return WRITE_OPERATION.test(operation)
}

function now(): number {
  return performance.timeOrigin + performance.now()
}

export class CallLog {
  private records: CallRecord[] = []
  private inFlight = 0
  private peakInFlight = 0
  private nextId = 1

  begin(service: CallService, operation: string): CallRecord {
    const record: CallRecord = {
      id: this.nextId++,
      service,
      operation,
      startedAt: now(),
      write: (service === 'iam' || service === 'sts') && isWriteOperation(operation)
    }
    this.records.push(record)
    this.inFlight++
    this.peakInFlight = Math.max(this.peakInFlight, this.inFlight)
    return record
  }

  end(record: CallRecord, status: number, errorCode?: string): void {
    record.endedAt = now()
    record.status = status
    record.errorCode = errorCode
    this.inFlight--
  }

  /** All requests in arrival order. */
  all(): readonly CallRecord[] {
    return this.records
  }

  /** Requests of one operation (e.g. 'GetRole'), or all requests. */
  count(operation?: string): number {
    return operation === undefined
      ? this.records.length
      : this.records.filter((record) => record.operation === operation).length
  }

  /** Mutating IAM/STS calls (Create*, Update*, Put*, Tag*, Untag*, Delete*, Attach*, Detach*), failed ones included. */
  writes(): CallRecord[] {
    return this.records.filter((record) => record.write)
  }

  /** The most requests that were in flight at the same time since the last reset. */
  get maxInFlight(): number {
    return this.peakInFlight
  }

  /**
   * The longest chain of requests each sent after the previous one was answered: the number of
   * round trips a client spent waiting in sequence.
   */
  sequentialRoundTrips(records: readonly CallRecord[] = this.records): number {
    return this.criticalPath(records).length
  }

  /** The requests of that longest chain, in order: which calls waited on which. */
  criticalPath(records: readonly CallRecord[] = this.records): CallRecord[] {
    const done = records
      .filter((record) => record.endedAt !== undefined)
      .sort((a, b) => a.startedAt - b.startedAt)
    const chainLength: number[] = []
    const previousInChain: (number | undefined)[] = []
    done.forEach((record, index) => {
      let longestBefore = 0
      let previous: number | undefined
      for (let before = 0; before < index; before++) {
        const length = chainLength[before] as number
        if ((done[before]?.endedAt as number) <= record.startedAt && length > longestBefore) {
          longestBefore = length
          previous = before
        }
      }
      chainLength.push(longestBefore + 1)
      previousInChain.push(previous)
    })
    if (done.length === 0) return []
    let last: number | undefined = chainLength.indexOf(Math.max(...chainLength))
    const path: CallRecord[] = []
    while (last !== undefined) {
      path.unshift(done[last] as CallRecord)
      last = previousInChain[last]
    }
    return path
  }

  reset(): void {
    this.records = []
    this.peakInFlight = this.inFlight
  }
}
