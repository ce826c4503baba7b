// Two kinds of failure a user can act on, so main can report them without a stack trace.

/**
 * An input is invalid. One line: names the input, says what is wrong and how to fix it.
 * Thrown while parsing inputs, before any AWS call.
 */
export class InputError extends Error {
  override name = 'InputError'
}

/**
 * A failure the user can fix (permissions, trust policy, account guard...). The first line stands
 * alone (it becomes the annotation title); further lines explain and show what to change.
 */
export class ActionError extends Error {
  override name = 'ActionError'
}

/** The AWS operation an error came from, e.g. "IAM GetRole" (set by src/awsClients.ts). */
export function operationOf(error: unknown): string | undefined {
  const operation = (error as { $operation?: unknown } | null)?.$operation
  return typeof operation === 'string' ? operation : undefined
}
