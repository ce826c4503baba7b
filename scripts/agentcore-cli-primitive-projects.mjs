// The projects scripts/refresh-agentcore-cli-fixtures.mjs synthesizes with the CLI's vended CDK
// app, one (or a few) per primitive of agentcore.json: what each adds to a runtime's execution role
// is read from the synthesized template, and the tests hold the action's role against it.
//
// Each project: `id`, the `primitive` it shows, `spec` (merged over BASE), optionally the CLI's
// `deployedState` for the target (what `agentcore deploy` records), and `files` the app needs.
export const ACCOUNT = '111122223333'
export const REGION = 'us-east-1'
export const PROJECT = 'Demo'
export const TARGET = 'default'

const arn = (service, resource, region = REGION, account = ACCOUNT) =>
  `arn:aws:${service}:${region}:${account}:${resource}`

/** A Python HTTP agent built as a container: the shape payments are wired to. */
export const agent = (name, extra = {}) => ({
  name,
  build: 'Container',
  entrypoint: 'main.py',
  codeLocation: `app/${name}/`,
  runtimeVersion: 'PYTHON_3_12',
  networkMode: 'PUBLIC',
  protocol: 'HTTP',
  ...extra
})

export const BASE = {
  $schema: 'https://schema.agentcore.aws.dev/v1/agentcore.json',
  name: PROJECT,
  version: 1,
  managedBy: 'CDK',
  runtimes: [agent('agent')],
  memories: [],
  credentials: []
}

const deployed = (resources) => ({ targets: { [TARGET]: { resources } } })
const OAUTH_PROVIDER = arn(
  'bedrock-agentcore',
  'token-vault/default/oauth2credentialprovider/tools-oauth'
)
const PAYMENT_CREDENTIAL = {
  authorizerType: 'PaymentCredentialProvider',
  name: 'coinbase',
  provider: 'CoinbaseCDP'
}
const PAYMENT_PROVIDER = arn(
  'bedrock-agentcore',
  'token-vault/default/paymentcredentialprovider/coinbase'
)
/** A payment manager whose connector uses the payment credential (MANUAL, as alpha.45 reads it). */
const PAYMENT_SPEC = {
  credentials: [PAYMENT_CREDENTIAL],
  payments: [
    {
      name: 'wallet',
      authorizerType: 'AWS_IAM',
      connectors: [{ name: 'cdp', provider: 'CoinbaseCDP', credentialName: 'coinbase' }],
      autoPayment: true,
      defaultSpendLimit: '10.00'
    }
  ]
}
const JWT = {
  customJwtAuthorizer: {
    discoveryUrl: 'https://idp.example.com/.well-known/openid-configuration',
    allowedClients: ['client-1']
  }
}

export const PROJECTS = [
  {
    id: 'memory',
    primitive: 'memories',
    about:
      'a long-term memory with namespaces, and a short-term one: every runtime reads and writes both',
    spec: {
      memories: [
        {
          name: 'facts',
          eventExpiryDuration: 30,
          strategies: [{ type: 'SEMANTIC', namespaces: ['/facts/{actorId}'] }]
        },
        { name: 'chat', eventExpiryDuration: 7, strategies: [] }
      ]
    }
  },
  {
    id: 'memory-deployed',
    primitive: 'memories',
    about: 'a memory already deployed: its ARN is in the deployed state',
    spec: { memories: [{ name: 'chat', eventExpiryDuration: 7, strategies: [] }] },
    deployedState: deployed({
      memories: {
        chat: {
          memoryId: 'Demo_chat-Ab12Cd34Ef',
          memoryArn: arn('bedrock-agentcore', 'memory/Demo_chat-Ab12Cd34Ef')
        }
      }
    })
  },
  {
    id: 'credential-api-key',
    primitive: 'credentials',
    about: 'an API key credential',
    spec: { credentials: [{ authorizerType: 'ApiKeyCredentialProvider', name: 'search-key' }] }
  },
  {
    id: 'credential-oauth',
    primitive: 'credentials',
    about: 'an OAuth credential',
    spec: {
      credentials: [
        {
          authorizerType: 'OAuthCredentialProvider',
          name: 'github',
          discoveryUrl: 'https://idp.example.com/.well-known/openid-configuration',
          scopes: ['repo'],
          vendor: 'CustomOauth2'
        }
      ]
    }
  },
  {
    id: 'credential-payment',
    primitive: 'credentials',
    about: 'a payment credential',
    spec: {
      credentials: [
        { authorizerType: 'PaymentCredentialProvider', name: 'coinbase', provider: 'CoinbaseCDP' }
      ]
    }
  },
  {
    id: 'gateway-aws-iam',
    primitive: 'agentCoreGateways',
    about: 'a gateway with AWS_IAM inbound authorization: InvokeGateway on it',
    spec: { agentCoreGateways: [{ name: 'tools', targets: [], authorizerType: 'AWS_IAM' }] }
  },
  {
    id: 'gateway-aws-iam-deployed',
    primitive: 'agentCoreGateways',
    about: 'an AWS_IAM gateway already deployed: its ARN is in the deployed state',
    spec: { agentCoreGateways: [{ name: 'tools', targets: [], authorizerType: 'AWS_IAM' }] },
    deployedState: deployed({
      mcp: {
        gateways: {
          tools: {
            gatewayId: 'demo-tools-k3j9x8w2qa',
            gatewayArn: arn('bedrock-agentcore', 'gateway/demo-tools-k3j9x8w2qa')
          }
        }
      }
    })
  },
  {
    id: 'gateway-custom-jwt',
    primitive: 'agentCoreGateways',
    about:
      'a CUSTOM_JWT gateway whose OAuth provider the CLI made before deploy (deployed state): token exchange for it',
    spec: {
      agentCoreGateways: [
        { name: 'tools', targets: [], authorizerType: 'CUSTOM_JWT', authorizerConfiguration: JWT }
      ]
    },
    deployedState: deployed({
      credentials: { 'tools-oauth': { credentialProviderArn: OAUTH_PROVIDER } }
    })
  },
  {
    id: 'gateway-none',
    primitive: 'agentCoreGateways',
    about: 'a gateway without inbound authorization: nothing on the runtime role',
    spec: { agentCoreGateways: [{ name: 'open', targets: [], authorizerType: 'NONE' }] }
  },
  {
    id: 'payment',
    primitive: 'payments',
    about:
      'a payment manager (its connector credential made by the CLI before deploy): a Python HTTP runtime may assume its ProcessPayment role and pay',
    deployedState: deployed({
      credentials: { coinbase: { credentialProviderArn: PAYMENT_PROVIDER } }
    }),
    spec: PAYMENT_SPEC
  },
  {
    id: 'payment-deployed',
    primitive: 'payments',
    about: 'a payment manager already deployed: its ARNs are in the deployed state',
    spec: PAYMENT_SPEC,
    deployedState: deployed({
      credentials: { coinbase: { credentialProviderArn: PAYMENT_PROVIDER } },
      payments: {
        wallet: {
          managerId: 'wallet-p4y8m3n7t2',
          managerArn: arn('bedrock-agentcore', 'payment-manager/wallet-p4y8m3n7t2'),
          connectors: {},
          processPaymentRoleArn: `arn:aws:iam::${ACCOUNT}:role/AgentCore-Demo-default-PaymentwalletProcessPay-Q1W2E3R4T5Y6`,
          resourceRetrievalRoleArn: `arn:aws:iam::${ACCOUNT}:role/AgentCore-Demo-default-PaymentwalletResourceRe-A1S2D3F4G5H6`
        }
      }
    })
  },
  {
    id: 'connections',
    primitive: 'runtimes[].connections',
    about:
      'connections to resources outside the project: memories (read, readwrite), gateways (awsIam, oauth, none), a runtime, browsers and code interpreters',
    spec: {
      runtimes: [
        agent('agent', {
          connections: [
            {
              id: 'shared',
              to: {
                type: 'memory',
                arn: arn('bedrock-agentcore', 'memory/Shared-Zx98Yw76Vu'),
                namespaces: ['/users/{actorId}']
              },
              access: 'readwrite'
            },
            {
              id: 'archive',
              to: { type: 'memory', arn: arn('bedrock-agentcore', 'memory/Archive-Qa12Ws34Ed') }
            },
            {
              id: 'corp',
              to: {
                type: 'gateway',
                arn: arn('bedrock-agentcore', 'gateway/corp-tools-a1b2c3d4e5')
              }
            },
            {
              id: 'partner',
              to: {
                type: 'gateway',
                arn: arn('bedrock-agentcore', 'gateway/partner-f6g7h8i9j0', 'us-west-2'),
                outboundAuth: {
                  oauth: {
                    providerArn: arn(
                      'bedrock-agentcore',
                      'token-vault/default/oauth2credentialprovider/partner'
                    ),
                    scopes: ['tools']
                  }
                }
              }
            },
            {
              id: 'public',
              to: {
                type: 'gateway',
                arn: arn('bedrock-agentcore', 'gateway/public-k1l2m3n4o5'),
                outboundAuth: { none: {} }
              }
            },
            {
              id: 'helper',
              to: {
                type: 'runtime',
                arn: arn('bedrock-agentcore', 'runtime/Helper_agent-Pp0Oo9Ii8U'),
                exec: true
              }
            },
            { id: 'web', to: { type: 'browser' } },
            {
              id: 'mybrowser',
              to: {
                type: 'browser',
                arn: arn('bedrock-agentcore', 'browser-custom/mybrowser-b1c2d3e4f5')
              }
            },
            { id: 'python', to: { type: 'codeInterpreter' } }
          ]
        })
      ]
    }
  },
  {
    id: 'mcp-runtime-tool',
    primitive: 'mcpRuntimeTools',
    about:
      'an MCP tool hosted on AgentCore Runtime, bound to the agent: the agent may invoke it (the vended app wires MCP tools only in a project with a gateway)',
    spec: {
      agentCoreGateways: [{ name: 'open', targets: [], authorizerType: 'NONE' }],
      mcpRuntimeTools: [
        {
          name: 'calc',
          toolDefinition: {
            name: 'calc',
            description: 'Adds numbers',
            inputSchema: { type: 'object', properties: {} }
          },
          compute: {
            host: 'AgentCoreRuntime',
            implementation: { language: 'Python', path: 'tools/calc', handler: 'server.py:main' },
            runtime: {
              artifact: 'CodeZip',
              pythonVersion: 'PYTHON_3_12',
              name: 'calc',
              entrypoint: 'server.py',
              codeLocation: 'tools/calc/'
            }
          },
          bindings: [{ runtimeName: 'agent', envVarName: 'CALC_RUNTIME_ARN' }]
        }
      ]
    },
    // CLI 0.30.0 writes `artifact: "CodeZip"`; construct 0.1.0-alpha.45 (the newest on the
    // registry) still reads the older `build` key. The construct is given its own spelling.
    forConstruct: (spec) => ({
      ...spec,
      mcpRuntimeTools: spec.mcpRuntimeTools.map((tool) => {
        const { artifact, ...runtime } = tool.compute.runtime
        return { ...tool, compute: { ...tool.compute, runtime: { ...runtime, build: artifact } } }
      })
    }),
    files: {
      'tools/calc/server.py': 'print("calc")\n',
      'tools/calc/pyproject.toml': '[project]\nname = "calc"\nversion = "0.1.0"\n'
    }
  },
  {
    id: 'filesystems',
    primitive: 'runtimes[].filesystemConfigurations',
    about: 'an EFS access point and an S3 Files access point mounted into the runtime',
    spec: {
      runtimes: [
        agent('agent', {
          networkMode: 'VPC',
          networkConfig: {
            vpcId: 'vpc-0123456789abcdef0',
            subnets: ['subnet-0123456789abcdef0'],
            securityGroups: ['sg-0123456789abcdef0']
          },
          filesystemConfigurations: [
            {
              efsAccessPoint: {
                accessPointArn: arn('elasticfilesystem', 'access-point/fsap-0123456789abcdef0'),
                mountPath: '/mnt/efs'
              }
            },
            {
              s3FilesAccessPoint: {
                accessPointArn: arn(
                  's3files',
                  'file-system/fs-0123456789abcdef0/access-point/fsap-0123456789abcdef0'
                ),
                mountPath: '/mnt/s3'
              }
            }
          ]
        })
      ]
    }
  },
  {
    id: 'no-runtime-grants',
    primitive:
      'knowledgeBases, evaluators, onlineEvalConfigs, datasets, policyEngines, configBundles',
    about: 'primitives with roles or grants of their own: nothing on the runtime role',
    spec: {
      evaluators: [
        {
          name: 'helpful',
          level: 'SESSION',
          config: {
            llmAsAJudge: {
              model: 'anthropic.claude-3-5-haiku-20241022-v1:0',
              instructions: 'Was the agent helpful? {context}',
              ratingScale: {
                numerical: [
                  { value: 0, label: 'no', definition: 'Not helpful' },
                  { value: 1, label: 'yes', definition: 'Helpful' }
                ]
              }
            }
          }
        }
      ],
      onlineEvalConfigs: [
        { name: 'live', agent: 'agent', evaluators: ['helpful'], samplingRate: 10 }
      ],
      policyEngines: [{ name: 'guard', policies: [] }],
      configBundles: [{ name: 'settings', components: {} }]
    }
  }
]
