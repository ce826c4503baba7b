// The Bedrock client of the `models` input (GetInferenceProfile): same region, credentials,
// timeouts and retry policy as IAM and STS (aws/clients.ts); its endpoint follows the SDK's
// standard variable (AWS_ENDPOINT_URL_BEDROCK). Loaded on demand, only for inference profiles.
import type { BedrockClient } from '@aws-sdk/client-bedrock'
import { nameFailingOperations, sharedClientConfig, type AwsClientOptions } from './clients.ts'

export async function bedrockClient(options: AwsClientOptions): Promise<BedrockClient> {
  const { BedrockClient } = await import('@aws-sdk/client-bedrock')
  return nameFailingOperations(new BedrockClient(sharedClientConfig(options)), 'Bedrock')
}
