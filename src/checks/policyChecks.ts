// IAM Access Analyzer's checks of the policies a run writes, as one on-demand chunk: the client
// (aws/policyClients.ts settings), ValidatePolicy and CheckNoNewAccess. src/main.ts starts loading
// it at once, so that it is ready when the read wave starts; a run with both checks off never
// loads it.
import { AccessAnalyzerClient } from '@aws-sdk/client-accessanalyzer'
import { nameFailingOperations, sharedClientConfig, type AwsClientOptions } from '../aws/clients.ts'
import type { CurrentState, DesiredState, FindingType, Plan } from '../common/model.ts'
import { checkNewAccess, type NewAccessAnswer } from './newAccess.ts'
import {
  validatePolicies,
  type PolicyValidationResult,
  type ValidationCache
} from './policyValidation.ts'

export interface PolicyChecks {
  validate(
    desired: DesiredState,
    findings: { ignoredFindings: string[]; blockingTypes: FindingType[] }
  ): Promise<PolicyValidationResult>
  newAccess(desired: DesiredState, current: CurrentState, plan: Plan): Promise<NewAccessAnswer[]>
}

export function policyChecks(options: AwsClientOptions): PolicyChecks {
  const analyzer = nameFailingOperations(
    new AccessAnalyzerClient(sharedClientConfig(options)),
    'Access Analyzer'
  )
  const cache: ValidationCache = new Map()
  return {
    validate: (desired, findings) => validatePolicies(analyzer, desired, { ...findings, cache }),
    newAccess: (desired, current, plan) => checkNewAccess(analyzer, desired, current, plan)
  }
}
