// What agentcore.json declares for the runtime roles, read once before any AWS call: each value the
// roles rely on is checked and refused in one line naming the key; what the action does not know is
// listed, never skipped.
import { parseProject } from '../../src/deployTools/agentcoreCli/projectFile.ts'
import { cliRuntimeNeeds } from '../../src/deployTools/agentcoreCli/runtimeNeeds.ts'
import { NO_DEPLOYED_RESOURCES } from '../../src/deployTools/agentcoreCli/deployedState.ts'

const PATH = 'agentcore/agentcore.json'
const runtime = (extra: Record<string, unknown> = {}) => ({
  name: 'agent',
  build: 'CodeZip',
  entrypoint: 'main.py',
  codeLocation: 'app/agent/',
  protocol: 'HTTP',
  ...extra
})
const parse = (spec: Record<string, unknown>) =>
  parseProject(PATH, JSON.stringify({ name: 'Demo', version: 1, runtimes: [runtime()], ...spec }))
    .project
const ctx = {
  partition: 'aws' as const,
  region: 'us-east-1',
  accountId: '111122223333',
  project: 'Demo',
  deployed: NO_DEPLOYED_RESOURCES
}
const needsOf = (spec: Record<string, unknown>) => {
  const project = parse(spec)
  return cliRuntimeNeeds(project.runtimes[0]!, project.primitives, 'demo/agent', ctx)
}

describe('reading the primitives', () => {
  it('refuses a value the roles rely on, in one line naming its key', () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ memories: 'facts' }, 'memories is not a list'],
      [{ memories: [{ name: 7 }] }, 'memories[0].name is not a string'],
      [
        { agentCoreGateways: [{ name: 'gw', authorizerType: 'OPEN' }] },
        'agentCoreGateways[gw].authorizerType is none of NONE, AWS_IAM, CUSTOM_JWT'
      ],
      [
        { runtimes: [runtime({ connections: [{ to: { type: 'memory', arn: '*' } }] })] },
        'runtimes[agent].connections[0].to.arn is not a memory ARN'
      ],
      [
        {
          runtimes: [
            runtime({
              connections: [
                {
                  to: {
                    type: 'gateway',
                    arn: 'arn:aws:bedrock-agentcore:us-east-1:111122223333:gateway/g-abcdefghij',
                    outboundAuth: { oauth: { providerArn: 'arn:aws:iam::111122223333:role/x' } }
                  }
                }
              ]
            })
          ]
        },
        'providerArn is not an AgentCore Identity provider ARN'
      ],
      [
        {
          runtimes: [
            runtime({
              filesystemConfigurations: [{ efsAccessPoint: { accessPointArn: 'arn:aws:s3:::x' } }]
            })
          ]
        },
        'runtimes[agent].filesystemConfigurations[0].efsAccessPoint.accessPointArn is not an access point ARN'
      ]
    ]
    for (const [spec, message] of cases) {
      expect(() => parse(spec)).toThrow(`config-file ${PATH}: `)
      expect(() => parse(spec)).toThrow(message)
    }
  })

  it('lists what it does not know, and skips none of it', () => {
    const needs = needsOf({
      futurePrimitive: [{ name: 'x' }],
      emptyFuture: [],
      runtimes: [
        runtime({
          additionalPolicies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
          futureRuntimeKey: true,
          connections: [{ id: 'bucket', to: { type: 's3', arn: 'arn:aws:s3:::b' } }]
        })
      ]
    })
    expect(needs.unhandled).toEqual([
      'futurePrimitive (a key this action does not know)',
      'runtimes[agent].connections[0].to.type `s3`',
      'runtimes[agent].additionalPolicies',
      'runtimes[agent].futureRuntimeKey'
    ])
  })

  it('wires payments into Python HTTP runtimes only, as the vended app does', () => {
    const payments = [{ name: 'wallet', connectors: [] }]
    const kinds = (extra: Record<string, unknown>) =>
      needsOf({ payments, runtimes: [runtime(extra)] }).needs.map((need) => need.kind)
    expect(kinds({})).toContain('payment')
    expect(kinds({ protocol: 'MCP' })).not.toContain('payment')
    expect(kinds({ entrypoint: 'main.ts' })).not.toContain('payment')
  })

  it('makes MCP runtime tools only in a project with a gateway, as the vended app does', () => {
    const mcpRuntimeTools = [
      {
        name: 'calc',
        compute: { host: 'AgentCoreRuntime', runtime: { name: 'calc' } },
        bindings: [{ runtimeName: 'agent', envVarName: 'CALC' }]
      }
    ]
    expect(needsOf({ mcpRuntimeTools }).needs).toEqual([])
    expect(
      needsOf({ mcpRuntimeTools, agentCoreGateways: [{ name: 'g', targets: [] }] }).needs
    ).toEqual([
      {
        kind: 'runtime-invoke',
        from: 'MCP runtime tool calc',
        arn: 'arn:aws:bedrock-agentcore:us-east-1:111122223333:runtime/Demo_calc-??????????',
        exec: false
      }
    ])
  })
})
