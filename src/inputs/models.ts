// The `models` input: the Bedrock models the agent may invoke, so that the runtime role grants
// exactly those instead of every foundation model. Each entry is a foundation-model id
// (`anthropic.claude-3-5-haiku-20241022-v1:0`), a system-defined cross-region inference profile id
// (`us.anthropic.claude-3-5-haiku-20241022-v1:0`: a geography, then the model) or an application
// inference profile ARN. Separated by commas or new lines. Checked here, before any AWS call.
import type { Partition } from '../common/model.ts'
import { fail, show } from './messages.ts'

/** Geographies of system-defined inference profiles, as their id prefixes spell them. */
export const PROFILE_GEOGRAPHIES = [
  'us',
  'eu',
  'apac',
  'global',
  'us-gov',
  'jp',
  'au',
  'ca'
] as const
export type Geography = (typeof PROFILE_GEOGRAPHIES)[number]

export type ModelRef =
  | { kind: 'foundation-model'; id: string }
  | { kind: 'system-profile'; id: string; geography: Geography; model: string }
  | { kind: 'application-profile'; id: string; arn: string; region: string }

/** Bedrock's model id rule (GetFoundationModel's modelIdentifier): provider, `.`, name. */
const MODEL_ID = /^[a-z0-9-]{1,63}\.[a-z0-9-]{1,63}([.:]?[a-z0-9-]{1,63}){0,4}$/
const APPLICATION_PROFILE =
  /^arn:(aws|aws-cn|aws-us-gov):bedrock:([a-z0-9-]{1,20}):(\d{12}):application-inference-profile\/([a-z0-9]{12})$/

function parseOne(raw: string, partition: Partition): ModelRef {
  if (raw.startsWith('arn:')) {
    const match = APPLICATION_PROFILE.exec(raw)
    if (!match) {
      fail(
        'models',
        `${show(raw)} is not an application inference profile ARN (arn:${partition}:bedrock:{region}:{account}:application-inference-profile/{12 letters or digits}); give a model id or a profile id otherwise.`
      )
    }
    if (match[1] !== partition) {
      fail('models', `${show(raw)} is in partition ${match[1]}, but aws-region is in ${partition}.`)
    }
    return {
      kind: 'application-profile',
      id: match[4] as string,
      arn: raw,
      region: match[2] as string
    }
  }
  const geography = PROFILE_GEOGRAPHIES.find((prefix) => raw.startsWith(`${prefix}.`))
  const model = geography ? raw.slice(geography.length + 1) : raw
  if (!MODEL_ID.test(model)) {
    fail(
      'models',
      `${show(raw)} is not a Bedrock model id (provider.model, e.g. anthropic.claude-3-5-haiku-20241022-v1:0), nor an inference profile id (${PROFILE_GEOGRAPHIES.join('., ')}. then a model id), nor an application inference profile ARN.`
    )
  }
  // A first segment that looks like a geography but is none (`xx.anthropic.claude…`) is a typo.
  if (!geography && /^[a-z]{2,4}\.[a-z0-9-]+\./.test(raw) && model.split('.').length > 2) {
    fail(
      'models',
      `${show(raw)}: ${show(raw.split('.')[0] ?? '')} is not a geography of cross-region inference profiles (${PROFILE_GEOGRAPHIES.join(', ')}).`
    )
  }
  return geography
    ? { kind: 'system-profile', id: raw, geography, model }
    : { kind: 'foundation-model', id: raw }
}

/** The models input; empty: none given (the toolkit's grants on every model stay). */
export function parseModels(raw: string, partition: Partition): ModelRef[] {
  const entries = raw
    .split(/[,\n]/)
    .map((entry) => entry.trim())
    .filter(Boolean)
  const seen = new Set<string>()
  return entries.flatMap((entry) => {
    if (seen.has(entry)) return []
    seen.add(entry)
    return [parseOne(entry, partition)]
  })
}
