// The resources a runtime role may invoke models on, when the `models` input names them: each
// foundation model in the deploy region; each inference profile in the deploy region, and the
// foundation models it routes to in the regions it routes to: as Bedrock's GetInferenceProfile
// lists them (current/modelRoutes.ts), else in the regions AWS documents for the profile's
// geography (said so in one line). Nothing else of `foundation-model/*`. Pure.
import type { Partition } from '../common/model.ts'
import type { Geography, ModelRef } from '../inputs/models.ts'

/**
 * The regions a system-defined profile of each geography routes to, as AWS's "Supported Regions
 * and models for inference profiles" lists them (the union over the profiles of the geography); a
 * profile routes to some of them. `global` routes anywhere.
 */
export const GEOGRAPHY_REGIONS: Record<Exclude<Geography, 'global'>, string[]> = {
  us: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2'],
  eu: [
    'eu-central-1',
    'eu-central-2',
    'eu-north-1',
    'eu-south-1',
    'eu-south-2',
    'eu-west-1',
    'eu-west-2',
    'eu-west-3'
  ],
  apac: [
    'ap-east-2',
    'ap-northeast-1',
    'ap-northeast-2',
    'ap-northeast-3',
    'ap-south-1',
    'ap-south-2',
    'ap-southeast-1',
    'ap-southeast-2',
    'ap-southeast-3',
    'ap-southeast-4',
    'ap-southeast-5',
    'ap-southeast-7'
  ],
  'us-gov': ['us-gov-east-1', 'us-gov-west-1'],
  jp: ['ap-northeast-1', 'ap-northeast-3'],
  au: ['ap-southeast-2', 'ap-southeast-4'],
  ca: ['ca-central-1', 'ca-west-1']
}

/** What Bedrock said of each profile: the foundation-model ARNs it routes to, by profile id. */
export interface ModelRoutes {
  routes: Map<string, string[]>
  /** Why a profile's routes were not read (GetInferenceProfile refused), for one line each. */
  unread: Map<string, string>
}

export const NO_ROUTES: ModelRoutes = { routes: new Map(), unread: new Map() }

export interface ModelScope {
  /** Everything InvokeModel may be called on, exactly. */
  resources: string[]
  /** One line per profile whose routes come from the documentation, not from Bedrock. */
  notes: string[]
}

interface Where {
  partition: Partition
  region: string
  accountId: string
}

const foundationModel = (where: Where, region: string, model: string) =>
  `arn:${where.partition}:bedrock:${region}::foundation-model/${model}`

/** The models of a system profile in the documented regions of its geography. */
function documentedRoutes(where: Where, ref: Extract<ModelRef, { kind: 'system-profile' }>) {
  if (ref.geography === 'global') {
    // A global profile routes to any commercial region; Bedrock also names the model region-less.
    return [
      foundationModel(where, '*', ref.model),
      `arn:${where.partition}:bedrock:::foundation-model/${ref.model}`
    ]
  }
  return GEOGRAPHY_REGIONS[ref.geography].map((region) => foundationModel(where, region, ref.model))
}

export function modelScope(refs: ModelRef[], routes: ModelRoutes, where: Where): ModelScope {
  const resources: string[] = []
  const notes: string[] = []
  for (const ref of refs) {
    switch (ref.kind) {
      case 'foundation-model':
        resources.push(foundationModel(where, where.region, ref.id))
        break
      case 'system-profile': {
        resources.push(
          `arn:${where.partition}:bedrock:${where.region}:${where.accountId}:inference-profile/${ref.id}`
        )
        const read = routes.routes.get(ref.id)
        if (read) resources.push(...read)
        else {
          resources.push(...documentedRoutes(where, ref))
          const why = routes.unread.get(ref.id)
          notes.push(
            `models: ${ref.id} is granted in the regions AWS documents for geography ${ref.geography}` +
              (why ? ` (${why})` : ' (its routes were not read)')
          )
        }
        break
      }
      case 'application-profile': {
        resources.push(ref.arn)
        const read = routes.routes.get(ref.arn)
        if (read) resources.push(...read)
        else {
          notes.push(
            `models: ${ref.arn} is granted without the models it routes to` +
              `${routes.unread.has(ref.arn) ? ` (${routes.unread.get(ref.arn)})` : ''}; ` +
              'allow the caller bedrock:GetInferenceProfile on it, or list those models too'
          )
        }
        break
      }
    }
  }
  return { resources: [...new Set(resources)], notes }
}
