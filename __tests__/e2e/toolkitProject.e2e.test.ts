// The roles follow the toolkit project, end to end through dist/index.js: a three-agent
// `.bedrock_agentcore.yaml` as `agentcore configure` leaves it (memory on by default, identity,
// direct code deploy with A2A, a project's own ECR repository), each agent's roles exactly what
// its entry needs; convergence once the deploy has written the memory id; zero writes after the
// toolkit's own identity writes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PolicyDocument, PolicyStatement } from '../../src/common/model.ts'
import { codebuildRoleName, runtimeRoleName } from '../../src/deployTools/starterToolkit/naming.ts'
import { runnerCommands } from '../../test-support/runnerCommands.ts'
import { startScenario, type Scenario } from '../../test-support/scenario.ts'

const ACCOUNT = '111122223333'
const REGION = 'us-east-1'
const PROVIDER = `arn:aws:bedrock-agentcore:${REGION}:${ACCOUNT}:token-vault/default/oauth2credentialprovider/github`
const MEMORY_ID = 'ltm_agent_mem-Ab12Cd34Ef'

/** Three agents, as `agentcore configure` writes them (keys the action does not read trimmed). */
const PROJECT = `default_agent: chat_agent
agents:
  chat_agent:
    name: chat_agent
    entrypoint: chat.py
    deployment_type: container
    aws:
      execution_role: null
      execution_role_auto_create: true
      account: '${ACCOUNT}'
      region: ${REGION}
      ecr_repository: null
      protocol_configuration:
        server_protocol: HTTP
    memory:
      mode: STM_ONLY
      memory_id: null
      memory_name: chat_agent_mem
    identity:
      credential_providers:
      - name: github
        arn: ${PROVIDER}
        type: github
  peer_agent:
    name: peer_agent
    entrypoint: peer.py
    deployment_type: direct_code_deploy
    aws:
      account: '${ACCOUNT}'
      region: ${REGION}
      protocol_configuration:
        server_protocol: A2A
    memory:
      mode: NO_MEMORY
  ltm_agent:
    name: ltm_agent
    entrypoint: ltm.py
    deployment_type: container
    aws:
      account: '${ACCOUNT}'
      region: ${REGION}
      ecr_repository: ${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/team/ltm-images
    memory:
      mode: STM_AND_LTM
      memory_id: ${MEMORY_ID}
      memory_name: ltm_agent_mem
`

let scenario: Scenario
let workspace: string
beforeEach(async () => {
  scenario = await startScenario()
  workspace = mkdtempSync(join(tmpdir(), 'toolkit-project-'))
  writeFileSync(join(workspace, '.bedrock_agentcore.yaml'), PROJECT)
})
afterEach(async () => {
  await scenario.close()
  rmSync(workspace, { recursive: true, force: true })
})

const run = (inputs: Record<string, string> = {}) =>
  scenario.run(
    { 'agent-name': '*', 'config-file': '.bedrock_agentcore.yaml', ...inputs },
    { workspace }
  )
const runtimePolicy = (agent: string): PolicyDocument =>
  scenario.aws.getRole(runtimeRoleName(REGION, agent))?.inlinePolicies[
    `BedrockAgentCoreRuntimeExecutionPolicy-${agent}`
  ] as PolicyDocument
const statement = (agent: string, sid: string): PolicyStatement | undefined =>
  runtimePolicy(agent).Statement.find((s) => s.Sid === sid)
const actionsOf = (document: PolicyDocument) =>
  document.Statement.flatMap((s) => [s.Action ?? []].flat())

it('gives each agent exactly what its entry needs', async () => {
  const first = await run()
  expect(first.exitCode).toBe(0)

  // STM_ONLY without an id: the memory the deploy creates for this agent, not memory/*.
  expect(statement('chat_agent', 'BedrockAgentCoreMemory')?.Resource).toEqual([
    `arn:aws:bedrock-agentcore:${REGION}:${ACCOUNT}:memory/chat_agent_mem-??????????`
  ])
  // Its credential provider: what the toolkit's deploy would add, up front.
  expect(statement('chat_agent', 'ResourceOAuth2TokenAccess')?.Resource).toEqual([
    `arn:aws:bedrock-agentcore:${REGION}:${ACCOUNT}:token-vault/default`,
    PROVIDER
  ])
  expect(statement('chat_agent', 'CredentialProviderSecrets')?.Resource).toEqual([
    `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:bedrock-agentcore-identity!default/oauth2/github*`
  ])
  expect(statement('chat_agent', 'BedrockAgentCoreRuntime')).toBeUndefined()

  // direct_code_deploy + A2A + NO_MEMORY: no ECR, no memory, runtime invocation, no CodeBuild role.
  expect(actionsOf(runtimePolicy('peer_agent')).filter((a) => a.startsWith('ecr:'))).toEqual([])
  expect(statement('peer_agent', 'BedrockAgentCoreMemory')).toBeUndefined()
  expect(statement('peer_agent', 'BedrockAgentCoreRuntime')?.Resource).toEqual([
    `arn:aws:bedrock-agentcore:${REGION}:${ACCOUNT}:runtime/*`
  ])
  expect(scenario.aws.getRole(codebuildRoleName(REGION, 'peer_agent'))).toBeUndefined()

  // LTM with an id and its own ECR repository.
  expect(statement('ltm_agent', 'BedrockAgentCoreMemory')?.Resource).toEqual([
    `arn:aws:bedrock-agentcore:${REGION}:${ACCOUNT}:memory/${MEMORY_ID}`
  ])
  expect(statement('ltm_agent', 'ECRImageAccess')?.Resource).toEqual([
    `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/team/ltm-images`
  ])
  const build = scenario.aws.getRole(codebuildRoleName(REGION, 'ltm_agent'))
  expect(JSON.stringify(build?.inlinePolicies)).toContain('repository/team/ltm-images')

  // Five roles, not six: two per container agent, one for the direct-code agent.
  expect(
    scenario.aws.listRoles().filter((role) => role.name.includes('BedrockAgentCoreSDK'))
  ).toHaveLength(5)

  // A rerun changes nothing.
  scenario.aws.calls.reset()
  expect((await run({ mode: 'verify' })).exitCode).toBe(0)
  expect(scenario.aws.calls.writes()).toEqual([])
})

it('converges after the deploy writes the memory id, and after its identity writes', async () => {
  expect((await run()).exitCode).toBe(0)
  const file = join(workspace, '.bedrock_agentcore.yaml')
  // What `agentcore deploy` leaves: the memory it created, its id in the file.
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(
      '      memory_id: null\n      memory_name: chat_agent_mem',
      '      memory_id: chat_agent_mem-Zx98Yw76Vu\n      memory_name: chat_agent_mem'
    )
  )
  // And its identity writes to the role: the trust without Sid, and AgentCoreIdentityAccess.
  const role = runtimeRoleName(REGION, 'chat_agent')
  const trust = scenario.aws.getRole(role)?.trustPolicy as PolicyDocument
  scenario.aws.updateAssumeRolePolicy(role, {
    ...trust,
    Statement: trust.Statement.map(({ Sid: _sid, ...rest }) => rest)
  })
  scenario.aws.putRolePolicy(role, 'AgentCoreIdentityAccess', {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ResourceOAuth2TokenAccess',
        Effect: 'Allow',
        Action: ['bedrock-agentcore:GetResourceOauth2Token', 'bedrock-agentcore:GetResourceApiKey'],
        Resource: [`arn:aws:bedrock-agentcore:${REGION}:${ACCOUNT}:token-vault/default`, PROVIDER]
      }
    ]
  })
  scenario.aws.calls.reset()
  const verify = await run({ mode: 'verify' })
  expect(verify.exitCode).toBe(0)
  scenario.aws.calls.reset()
  const apply = await run()
  expect(apply.exitCode).toBe(0)
  expect(scenario.aws.calls.writes().filter((call) => call.service === 'iam')).toEqual([])
  expect(scenario.aws.getRole(role)?.inlinePolicies['AgentCoreIdentityAccess']).toBeDefined()
})

it('an input that contradicts the file is refused before any AWS call', async () => {
  const refused = await run({
    'agent-name': 'peer_agent',
    'deployment-type': 'container',
    protocol: 'MCP'
  })
  expect(refused.exitCode).toBe(1)
  expect(scenario.aws.calls.all()).toEqual([])
  const errors = runnerCommands(refused.stdout).filter((c) => c.command === 'error')
  expect(errors.map((c) => c.data)).toEqual([
    'Input protocol: "MCP", but config-file .bedrock_agentcore.yaml says agents.peer_agent.aws.protocol_configuration.server_protocol: "A2A"; remove the input (the file is what the toolkit deploys) or change the file.'
  ])
})

it("check-deploy-permissions includes the toolkit's own writes to the role of an agent with identity", async () => {
  expect((await run({ 'agent-name': 'chat_agent' })).exitCode).toBe(0)
  scenario.aws.putRolePolicy('github-deployer', 'NoTrustWrites', {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Deny', Action: 'iam:UpdateAssumeRolePolicy', Resource: '*' }]
  })
  const checked = await run({ 'agent-name': 'chat_agent', 'check-deploy-permissions': 'true' })
  expect(checked.exitCode).toBe(1)
  const role = `arn:aws:iam::${ACCOUNT}:role/${runtimeRoleName(REGION, 'chat_agent')}`
  expect(checked.summary).toContain(
    `iam:UpdateAssumeRolePolicy on ${role} (the toolkit's own writes to the runtime role at deploy (identity, AWS JWT)): explicitDeny`
  )
  // An agent without identity or AWS JWT: the toolkit writes nothing to its role.
  const plain = await run({ 'agent-name': 'ltm_agent', 'check-deploy-permissions': 'true' })
  expect(plain.summary).toContain('### Deploy permissions')
  expect(plain.summary).not.toContain("the toolkit's own writes to the runtime role")
})
