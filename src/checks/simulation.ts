// IAM's SimulatePrincipalPolicy, read the same way by every check: every page of results, the
// statements that decided, and those statements in words.
import {
  SimulatePrincipalPolicyCommand,
  type EvaluationResult,
  type IAMClient
} from '@aws-sdk/client-iam'
import { collectPages } from '../aws/iamResponses.ts'
import type { MatchedPolicyStatement } from '../common/model.ts'

/**
 * The answers of one run: a run with several agents asks some questions once per agent (may the
 * caller pass toolkit-named roles?), and IAM needs to answer each only once.
 */
export type SimulationAnswers = Map<string, Promise<EvaluationResult[]>>

/** Every page of SimulatePrincipalPolicy's answer; with `answers`, the same question is sent once. */
export function simulatePrincipalPolicy(
  iam: IAMClient,
  principalArn: string,
  actionNames: string[],
  resourceArns: string[],
  context: Record<string, string> = {},
  answers?: SimulationAnswers
): Promise<EvaluationResult[]> {
  const key = JSON.stringify([principalArn, actionNames, resourceArns, context])
  const known = answers?.get(key)
  if (known) return known
  const answer = simulateAllPages(iam, principalArn, actionNames, resourceArns, context)
  answers?.set(key, answer)
  // A failed answer is not kept: the next asker tries again.
  answer.catch(() => answers?.delete(key))
  return answer
}

async function simulateAllPages(
  iam: IAMClient,
  principalArn: string,
  actionNames: string[],
  resourceArns: string[],
  context: Record<string, string>
): Promise<EvaluationResult[]> {
  const request = {
    PolicySourceArn: principalArn,
    ActionNames: actionNames,
    ResourceArns: resourceArns,
    ContextEntries: Object.entries(context).map(([name, value]) => ({
      ContextKeyName: name,
      ContextKeyType: 'string' as const,
      ContextKeyValues: [value]
    }))
  }
  return collectPages(
    (Marker) => iam.send(new SimulatePrincipalPolicyCommand({ ...request, Marker })),
    (page) => page.EvaluationResults
  )
}

export function matchedStatements(result: EvaluationResult | undefined): MatchedPolicyStatement[] {
  const statements = result?.MatchedStatements?.length
    ? result.MatchedStatements
    : (result?.ResourceSpecificResults?.flatMap((specific) => specific.MatchedStatements ?? []) ??
      [])
  return statements.map((statement) => ({
    sourcePolicyId: statement.SourcePolicyId ?? 'unnamed policy',
    ...(statement.SourcePolicyType ? { sourcePolicyType: statement.SourcePolicyType } : {}),
    ...(statement.StartPosition?.Line !== undefined
      ? { startLine: statement.StartPosition.Line }
      : {}),
    ...(statement.StartPosition?.Column !== undefined
      ? { startColumn: statement.StartPosition.Column }
      : {})
  }))
}

export function describeStatement(statement: MatchedPolicyStatement): string {
  const type = statement.sourcePolicyType ? `${statement.sourcePolicyType} policy ` : 'policy '
  const where =
    statement.sid !== undefined
      ? ` statement ${statement.sid}`
      : statement.statementIndex !== undefined
        ? ` statement #${statement.statementIndex + 1}`
        : statement.startLine !== undefined
          ? ` line ${statement.startLine}${statement.startColumn !== undefined ? `, column ${statement.startColumn}` : ''}`
          : ''
  return `${type}${statement.sourcePolicyId}${where}`
}
