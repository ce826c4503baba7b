// Bedrock's inference profiles, as GetInferenceProfile describes them to the local endpoint: the
// system-defined cross-region profiles are a few of those AWS documents ("Supported Regions and
// models for inference profiles"), each callable from the regions of its geography and routing to
// the regions listed; application profiles are made by the tests (createApplicationProfile).

interface Profile {
  inferenceProfileName: string
  inferenceProfileId: string
  inferenceProfileArn: string
  models: Array<{ modelArn: string }>
  status: 'ACTIVE'
  type: 'SYSTEM_DEFINED' | 'APPLICATION'
  createdAt: string
  updatedAt: string
}

/** System-defined profiles: id, name, and the regions it routes to (also where it is callable). */
const SYSTEM_PROFILES: Array<[string, string, string[]]> = [
  [
    'us.anthropic.claude-3-5-haiku-20241022-v1:0',
    'US Anthropic Claude 3.5 Haiku',
    ['us-east-1', 'us-east-2', 'us-west-2']
  ],
  [
    'us.anthropic.claude-sonnet-4-20250514-v1:0',
    'US Claude Sonnet 4',
    ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2']
  ],
  ['us.amazon.nova-pro-v1:0', 'US Nova Pro', ['us-east-1', 'us-east-2', 'us-west-2']],
  [
    'eu.anthropic.claude-3-7-sonnet-20250219-v1:0',
    'EU Anthropic Claude 3.7 Sonnet',
    ['eu-central-1', 'eu-north-1', 'eu-west-1', 'eu-west-3']
  ],
  [
    'apac.amazon.nova-lite-v1:0',
    'APAC Nova Lite',
    ['ap-northeast-1', 'ap-northeast-2', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2']
  ]
]

const CREATED = '2024-11-04T00:00:00Z'

export class InferenceProfiles {
  private readonly application = new Map<string, Profile>()

  private readonly partition: string
  private readonly accountId: string

  constructor(partition: string, accountId: string) {
    this.partition = partition
    this.accountId = accountId
  }

  /** GetInferenceProfile by id or ARN, as seen from `region`. */
  find(identifier: string, region: string): Profile | undefined {
    const application = this.application.get(identifier)
    if (application) return application
    const id = identifier.startsWith('arn:') ? (identifier.split('/').pop() ?? '') : identifier
    const system = SYSTEM_PROFILES.find(
      ([profileId, , regions]) => profileId === id && regions.includes(region)
    )
    if (!system) return undefined
    const [profileId, name, regions] = system
    const model = profileId.slice(profileId.indexOf('.') + 1)
    return {
      inferenceProfileName: name,
      inferenceProfileId: profileId,
      inferenceProfileArn: `arn:${this.partition}:bedrock:${region}:${this.accountId}:inference-profile/${profileId}`,
      models: regions.map((to) => ({
        modelArn: `arn:${this.partition}:bedrock:${to}::foundation-model/${model}`
      })),
      status: 'ACTIVE',
      type: 'SYSTEM_DEFINED',
      createdAt: CREATED,
      updatedAt: CREATED
    }
  }

  /** An application inference profile in `region` routing to these foundation models. */
  createApplicationProfile(name: string, region: string, modelArns: string[]): string {
    const id = [...name.toLowerCase().replace(/[^a-z0-9]/g, '')]
      .concat([...'000000000000'])
      .slice(0, 12)
      .join('')
    const arn = `arn:${this.partition}:bedrock:${region}:${this.accountId}:application-inference-profile/${id}`
    this.application.set(arn, {
      inferenceProfileName: name,
      inferenceProfileId: id,
      inferenceProfileArn: arn,
      models: modelArns.map((modelArn) => ({ modelArn })),
      status: 'ACTIVE',
      type: 'APPLICATION',
      createdAt: CREATED,
      updatedAt: CREATED
    })
    return arn
  }
}
