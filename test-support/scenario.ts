// The common setting of end-to-end tests: a local AWS account with the OIDC role a workflow
// assumes, and a way to run the bundled action in it as a runner would.
import {
  startLocalAws,
  type GithubDeployerRoleOptions,
  type LocalAws,
  type LocalAwsOptions
} from './localAws/server.ts'
import { runAction, type ActionRun, type RunActionOptions } from './runAction.ts'

export interface Scenario {
  aws: LocalAws
  /** ARN of the role the workflow assumes with its OIDC token (input role-to-assume). */
  deployerArn: string
  /** Inputs of a typical workflow step for the agent, merged with `overrides`. */
  inputs(overrides?: Record<string, string>): Record<string, string>
  /** Runs dist/index.js under Node 24 against this account. */
  run(
    overrides?: Record<string, string>,
    options?: Omit<RunActionOptions, 'localAws' | 'inputs'>
  ): Promise<ActionRun>
  close(): Promise<void>
}

export interface ScenarioOptions extends LocalAwsOptions {
  agentName?: string
  region?: string
  deployer?: GithubDeployerRoleOptions
}

export async function startScenario(options: ScenarioOptions = {}): Promise<Scenario> {
  const aws = await startLocalAws(options)
  const deployer = aws.createGithubDeployerRole({ name: 'github-deployer', ...options.deployer })
  const base = {
    'agent-name': options.agentName ?? 'my_agent',
    'aws-region': options.region ?? (aws.partition === 'aws-cn' ? 'cn-north-1' : 'us-east-1'),
    'role-to-assume': deployer.arn
  }
  const inputs = (overrides: Record<string, string> = {}) => ({ ...base, ...overrides })
  return {
    aws,
    deployerArn: deployer.arn,
    inputs,
    run: (overrides = {}, runOptions = {}) =>
      runAction({ ...runOptions, localAws: aws, inputs: inputs(overrides) }),
    close: () => aws.close()
  }
}

/** Every value the action masked must appear nowhere but in its own ::add-mask:: command. */
export function leakedSecrets(run: ActionRun, secrets: string[]): string[] {
  const visible = [
    run.log
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n'),
    run.summary,
    JSON.stringify(run.outputs)
  ].join('\n')
  return secrets.filter((secret) => secret.length > 0 && visible.includes(secret))
}
