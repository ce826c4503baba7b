// Where the inference profiles of the `models` input route: Bedrock's GetInferenceProfile, one
// call per profile, in parallel, in the deploy region. A refusal is an answer (the documented
// regions are granted instead, said so in one line); a profile Bedrock does not know is the
// user's mistake, in one line, before any write.
import { GetInferenceProfileCommand, type BedrockClient } from '@aws-sdk/client-bedrock'
import { isAccessDenied } from '../aws/iamResponses.ts'
import { InputError } from '../common/errors.ts'
import type { ModelRoutes } from '../desired/modelScope.ts'
import type { ModelRef } from '../inputs/models.ts'

const FOUNDATION_MODEL =
  /^arn:aws(-cn|-us-gov)?:bedrock:[a-z0-9-]*::foundation-model\/[a-z0-9.:-]+$/

const isNotFound = (error: unknown) =>
  error instanceof Error &&
  ['ResourceNotFoundException', 'ValidationException'].includes(error.name)

export async function readModelRoutes(
  bedrock: BedrockClient,
  refs: ModelRef[],
  region: string
): Promise<ModelRoutes> {
  const profiles = refs.flatMap((ref) =>
    ref.kind === 'system-profile' ? [ref.id] : ref.kind === 'application-profile' ? [ref.arn] : []
  )
  const routes = new Map<string, string[]>()
  const unread = new Map<string, string>()
  await Promise.all(
    profiles.map(async (identifier) => {
      try {
        const answer = await bedrock.send(
          new GetInferenceProfileCommand({ inferenceProfileIdentifier: identifier })
        )
        // One model each, of this partition: an answer naming anything else is not used.
        const models = (answer.models ?? []).flatMap((model) =>
          model.modelArn && FOUNDATION_MODEL.test(model.modelArn) ? [model.modelArn] : []
        )
        if (models.length > 0 && models.length === (answer.models ?? []).length) {
          routes.set(identifier, models)
        } else {
          unread.set(identifier, 'GetInferenceProfile named no foundation model ARN')
        }
      } catch (error) {
        if (isAccessDenied(error)) {
          unread.set(identifier, 'bedrock:GetInferenceProfile was refused')
          return
        }
        if (isNotFound(error)) {
          throw new InputError(
            `Input models: Bedrock knows no inference profile ${identifier} in ${region} (${(error as Error).message}); check the id and the region.`
          )
        }
        throw error
      }
    })
  )
  return { routes, unread }
}
