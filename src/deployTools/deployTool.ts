// The seam between the pipeline and the tool that deploys the agent. What differs between deploy
// tools lives behind this interface: which roles exist and what they must look like (names, trust,
// policies, the service each is passed to), the config file the tool reads the role ARNs from,
// and the command that runs next. The pipeline (src/main.ts) and the reporters know only this.
import type { ActionInputs, PolicyDocument, RoleKind } from '../common/model.ts'
import type { AgentNeeds } from './starterToolkit/agentNeeds.ts'
import type { ModelScope } from '../desired/modelScope.ts'

export type { DeployToolId } from '../common/model.ts'
import type { DeployToolId } from '../common/model.ts'

/** One role a deploy tool needs for an agent, as the tool itself would make it. */
export interface ToolRole {
  kind: RoleKind
  /** The input that names an existing role of this kind instead (execution-role, codebuild-role). */
  input: 'execution-role' | 'codebuild-role'
  /** The role named by that input (or by the tool's config file), if any: a name or an ARN. */
  given?: string
  /** Where `given` came from, for messages; default the input. */
  givenBy?: string
  /** The name the tool itself would give the role. */
  toolName: string
  description: string
  trustPolicy: PolicyDocument
  inlinePolicyName: string
  permissionsPolicy: PolicyDocument
  /** The least a role this action does not manage must grant (e.g. AWS's documented policy). */
  minimumPermissionsPolicy: PolicyDocument
  /** The service the role is passed to (iam:PassedToService). */
  passedToService: string
  /** Whether extra-policy statements belong to this role (the agent's runtime role). */
  takesExtraPolicy: boolean
  /** What each statement of the permissions policy is for, by Sid (a project's primitive). */
  purposes?: Record<string, string>
  /** What the tool's config declares for this role that the action does not turn into grants. */
  unhandled?: string[]
}

/** The role ARNs a config file is updated with. */
export interface ConfigRoles {
  agentName: string
  accountId: string
  region: string
  /** Role ARN by kind, for the roles the tool uses. */
  roleArns: Partial<Record<RoleKind, string>>
}

/** A planned config file change (read and validated; nothing written). */
export interface ConfigFileUpdate {
  /** The path as the user gave it (config-file input), for messages and the diff. */
  path: string
  /** Where the file is: `path` resolved against the workspace, links followed. */
  file: string
  changed: boolean
  before: string
  after: string
  /** Unified diff of before -> after; '' when unchanged. */
  diff: string
}

/** What the next step's commands are filled in from. */
export interface NextStepFacts {
  agentName: string
  region: string
  /** The deploy tool's name for the account and region to deploy to (the new CLI's target). */
  target?: string
  roles: Array<{ kind: RoleKind; arn: string }>
  /** True when a config file carries the role ARNs already. */
  configFile: boolean
}

export interface DeployTool {
  id: DeployToolId
  /**
   * Who passes the roles to their services: the workflow's caller (the starter toolkit calls
   * CreateAgentRuntime itself), or the CDK bootstrap's CloudFormation execution role (the new
   * CLI deploys a stack, and the caller assumes the bootstrap's roles).
   */
  passedBy: 'caller' | 'cdk-bootstrap'
  /** The CDK bootstrap qualifier the tool deploys with (passedBy 'cdk-bootstrap'). */
  cdkQualifier?: string
  /** The tool's name for where it deploys to in this account and region, if it has one. */
  deployTarget?(accountId: string, region: string): string | undefined
  /** The agents this run is for: the agent-name input's names, or every agent of the config file. */
  agents(inputs: ActionInputs): Promise<string[]>
  /** The roles the tool needs for one agent in this account. */
  roles(inputs: ActionInputs, agentName: string, accountId: string, models?: ModelScope): ToolRole[]
  /** The starter toolkit: what one agent needs (its config file and the inputs). */
  agentNeeds?(inputs: ActionInputs, agentName: string): AgentNeeds
  /** Reads and validates the config file and plans one update with every agent's roles; writes nothing. */
  planConfigFile(path: string, agents: ConfigRoles[]): Promise<ConfigFileUpdate>
  /** Mode delete: the config file with the deleted roles' ARNs taken out; writes nothing. */
  planConfigFileRemoval(
    path: string,
    removals: Array<{ agentName: string; arns: string[] }>
  ): Promise<ConfigFileUpdate>
  /** The agents the config file declares (for the orphan report), without failing on none. */
  declaredAgents?(): string[]
  /** The names the tool gives an agent's roles in a region, whatever the file says of it. */
  roleNames(agentName: string, region: string): string[]
  /** Writes a planned update (apply only). */
  writeConfigFile(update: ConfigFileUpdate): Promise<void>
  /** The commands that run next, role ARNs filled in. */
  nextStepCommands(facts: NextStepFacts): string[]
}
