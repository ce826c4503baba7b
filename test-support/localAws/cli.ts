// Starts the local AWS endpoint for running the action by hand, and prints the environment a
// shell needs: `node test-support/localAws/cli.ts [account-id]`. Ctrl-C stops it.
// `--write-env FILE` also appends KEY=VALUE lines to FILE (a .env for @github/local-action, or
// $GITHUB_ENV in a workflow that runs the action with `uses: ./`): the endpoint, ambient
// credentials of the deployer role's session, and the region.
import { appendFileSync } from 'node:fs'
import { startLocalAws } from './server.ts'

const args = process.argv.slice(2)
if (args.includes('--help') || args.includes('-h')) {
  console.log(
    [
      'Usage: node --experimental-strip-types test-support/localAws/cli.ts [ACCOUNT_ID] [--write-env FILE]',
      '',
      'Starts the local AWS endpoint (IAM, STS, GitHub OIDC) on 127.0.0.1 and prints the',
      'environment a shell needs to run the action against it. Ctrl-C stops it.',
      '  ACCOUNT_ID         the account of the local endpoint (default 111122223333)',
      '  --write-env FILE   also append KEY=VALUE lines to FILE (.env, $GITHUB_ENV)',
      '  -h, --help         print this help and exit'
    ].join('\n')
  )
  process.exit(0)
}
const writeEnvIndex = args.indexOf('--write-env')
const envFile = writeEnvIndex >= 0 ? args[writeEnvIndex + 1] : undefined
if (writeEnvIndex >= 0 && !envFile) throw new Error('--write-env needs a file name')
const accountId = args.filter(
  (_, index) => index !== writeEnvIndex && index !== writeEnvIndex + 1
)[0]

const localAws = await startLocalAws({ accountId })
const deployer = localAws.createGithubDeployerRole()
const key = localAws.createAccessKey(deployer.arn)
const variables: Record<string, string> = {
  AWS_ENDPOINT_URL_IAM: localAws.url,
  AWS_ENDPOINT_URL_STS: localAws.url,
  AWS_ENDPOINT_URL_ACCESSANALYZER: localAws.url,
  AWS_ENDPOINT_URL_BEDROCK: localAws.url,
  AWS_ENDPOINT_URL_BEDROCK_AGENTCORE_CONTROL: localAws.url,
  AWS_ACCESS_KEY_ID: key.accessKeyId,
  AWS_SECRET_ACCESS_KEY: key.secretAccessKey,
  AWS_SESSION_TOKEN: key.sessionToken ?? '',
  AWS_REGION: 'us-east-1',
  DEPLOYER_ROLE_ARN: deployer.arn
}
console.log(
  `Local AWS endpoint (IAM, STS, Access Analyzer, Bedrock, GitHub OIDC) on ${localAws.url}, account ${localAws.accountId}`
)
console.log(`Role the workflow assumes (trusts repo:octo-org/octo-repo:*): ${deployer.arn}\n`)
console.log(`export AWS_ENDPOINT_URL_IAM=${localAws.url}`)
console.log(`export AWS_ENDPOINT_URL_STS=${localAws.url}`)
console.log(`export AWS_ENDPOINT_URL_ACCESSANALYZER=${localAws.url}`)
console.log(`export AWS_ENDPOINT_URL_BEDROCK=${localAws.url}`)
console.log(`export AWS_ENDPOINT_URL_BEDROCK_AGENTCORE_CONTROL=${localAws.url}`)
console.log(`export ACTIONS_ID_TOKEN_REQUEST_URL='${localAws.oidcRequestUrl}'`)
console.log(`export ACTIONS_ID_TOKEN_REQUEST_TOKEN=${localAws.oidc.defaultRequestToken}`)
console.log(
  '\n# Or, without OIDC, ambient credentials of the deployer role (leave role-to-assume empty):'
)
for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
  console.log(`export ${name}=${variables[name]}`)
}
// Input names keep their hyphens (INPUT_AGENT-NAME), which `export` rejects but env(1) accepts.
console.log(
  `\nenv INPUT_AGENT-NAME=my_agent INPUT_AWS-REGION=us-east-1 INPUT_ROLE-TO-ASSUME=${deployer.arn} node dist/index.js`
)
if (envFile) {
  appendFileSync(
    envFile,
    Object.entries(variables)
      .map(([name, value]) => `${name}=${value}\n`)
      .join('')
  )
  console.log(`\nWrote ${Object.keys(variables).join(', ')} to ${envFile}.`)
}
process.on('SIGINT', () => {
  localAws.close().finally(() => process.exit(0))
})
process.on('SIGTERM', () => {
  localAws.close().finally(() => process.exit(0))
})
