// Turns whatever stopped the run into the message a person acts on.
import { ActionError, InputError, operationOf } from '../common/errors.ts'
import { oneLine } from '../common/text.ts'

interface AwsServiceError extends Error {
  $metadata?: { httpStatusCode?: number; requestId?: string; attempts?: number }
  $fault?: 'client' | 'server'
}

/** Input and action errors carry their own wording; AWS errors get the operation and the fix. */
export function describeFailure(error: unknown): string {
  if (error instanceof InputError || error instanceof ActionError) return error.message
  if (isAwsServiceError(error)) return describeAwsError(error)
  if (error instanceof Error) return error.message
  return String(error)
}

/** SDK errors: service answers carry $metadata; a timeout or a dropped connection, our $operation. */
function isAwsServiceError(error: unknown): error is AwsServiceError {
  return error instanceof Error && ('$metadata' in error || operationOf(error) !== undefined)
}

const TIMEOUT_HINT =
  'AWS did not answer in time, although the action tried again; check that the AWS endpoint is reachable from the runner (proxy, VPC endpoint, AWS_ENDPOINT_URL_*) and retry the job.'

function describeAwsError(error: AwsServiceError): string {
  const attempts = error.$metadata?.attempts ?? 1
  const requestId = error.$metadata?.requestId ? ` (request id ${error.$metadata.requestId})` : ''
  const code = error.name.replace(/Exception$/, '')
  const retried = attempts > 1 ? ` after ${attempts} attempts` : ''
  const hint = (code === 'TimeoutError' ? TIMEOUT_HINT : AWS_ERROR_HINTS[code]) ?? ''
  const operation = operationOf(error)
  const where = operation ? ` in ${operation}` : ''
  return `AWS ${code}${retried}${where}: ${oneLine(error.message)}${requestId}${hint ? `. ${hint}` : ''}`
}

const AWS_ERROR_HINTS: Record<string, string> = {
  AccessDenied:
    'The identity this step runs as lacks that permission: add it to the policy of the role the workflow assumes (see the README, "IAM permissions the caller needs").',
  Throttling:
    'AWS kept throttling the requests although the action retried with backoff. Retry the job later or lower the number of parallel jobs that call IAM and STS.',
  InvalidClientTokenId:
    'The AWS credentials in the environment are not valid: check the earlier credentials step or set role-to-assume.',
  ExpiredToken:
    'The AWS credentials in the environment have expired: refresh them in an earlier step or set role-to-assume.',
  SignatureDoesNotMatch:
    'The AWS secret access key in the environment does not match its access key id.',
  LimitExceeded: 'An IAM quota was reached (roles per account, policy size or tags per role).',
  MalformedPolicyDocument:
    'IAM rejected a policy document: check extra-policy, or report a bug if it came from the action itself.'
}
