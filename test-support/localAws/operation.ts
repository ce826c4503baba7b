// What an IAM or STS operation handler receives, and what it returns.
import type { Caller, ContextValues } from './authorization.ts'
import type { Faults } from './faults.ts'
import type { GithubOidc } from './githubOidc.ts'
import type { QueryParams, XmlValue } from './queryProtocol.ts'
import type { IamStore } from './store.ts'

export interface OperationContext {
  params: QueryParams
  store: IamStore
  /** The authenticated caller; undefined only for STS's unsigned AssumeRoleWithWebIdentity. */
  caller?: Caller
  faults: Faults
  oidc: GithubOidc
  /** Authorizes the caller for `action` on `resourceArn`, or throws AccessDenied. */
  authorize(action: string, resourceArn: string, context?: ContextValues): Promise<void>
}

/** The `{Action}Result` element's content; undefined when AWS answers no Result element. */
export type Operation = (context: OperationContext) => Promise<Record<string, XmlValue> | undefined>
