// Every request the endpoint answered, for assertions (how many GetRole calls, which writes)
// and for benchmarks (concurrency reached, sequential round trips).
import { performance } from 'node:perf_hooks'

export type CallService = 'iam' | 'sts' | 'oidc'

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
      write: service !== 'oidc' && isWriteOperation(operation)
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
    const done = records
      .filter((record) => record.endedAt !== undefined)
      .sort((a, b) => a.startedAt - b.startedAt)
    const chainEndingAt: number[] = []
    done.forEach((record, index) => {
      let longestBefore = 0
      for (let before = 0; before < index; before++) {
        if ((done[before]?.endedAt as number) <= record.startedAt) {
          longestBefore = Math.max(longestBefore, chainEndingAt[before] as number)
        }
      }
      chainEndingAt.push(longestBefore + 1)
    })
    return Math.max(0, ...chainEndingAt)
  }

  reset(): void {
    this.records = []
    this.peakInFlight = this.inFlight
  }
}
