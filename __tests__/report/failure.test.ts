import { describe, expect, it } from '@jest/globals'
import { ActionError, InputError } from '../../src/common/errors.ts'
import { describeFailure } from '../../src/report/failure.ts'

function awsError(name: string, message: string, attempts: number): Error {
  return Object.assign(new Error(message), {
    name,
    $metadata: { httpStatusCode: 400, requestId: 'req-1', attempts }
  })
}

describe('describeFailure', () => {
  it('keeps the wording of input and action errors', () => {
    expect(describeFailure(new InputError('Input mode: "x" is not one of apply.'))).toBe(
      'Input mode: "x" is not one of apply.'
    )
    expect(describeFailure(new ActionError('line one\nline two'))).toBe('line one\nline two')
  })

  it('names the code, the attempts, the request id and the fix of an AWS error', () => {
    expect(describeFailure(awsError('AccessDenied', 'not allowed', 1))).toBe(
      'AWS AccessDenied: not allowed (request id req-1). The identity this step runs as lacks that permission: add it to the policy of the role the workflow assumes (see the README, "IAM permissions the caller needs").'
    )
  })

  it('does not blame IAM alone for throttling, which STS answers too', () => {
    const message = describeFailure(awsError('ThrottlingException', 'Rate exceeded', 12))
    expect(message).toMatch(
      /^AWS Throttling after 12 attempts: Rate exceeded \(request id req-1\)\. /
    )
    expect(message).toContain('lower the number of parallel jobs that call IAM and STS')
    expect(message).not.toContain('IAM kept throttling')
  })

  it('shows other errors by their message', () => {
    expect(describeFailure(new Error('socket hang up'))).toBe('socket hang up')
    expect(describeFailure('plain')).toBe('plain')
  })
})
