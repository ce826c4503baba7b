// Starts the local AWS endpoint for running the action by hand, and prints the environment a
// shell needs: `node test-support/localAws/cli.ts [account-id]`. Ctrl-C stops it.
import { startLocalAws } from './server.ts'

const localAws = await startLocalAws({ accountId: process.argv[2] })
const deployer = localAws.createGithubDeployerRole()
console.log(
  `Local AWS endpoint (IAM, STS, GitHub OIDC) on ${localAws.url}, account ${localAws.accountId}`
)
console.log(`Role the workflow assumes (trusts repo:octo-org/octo-repo:*): ${deployer.arn}\n`)
console.log(`export AWS_ENDPOINT_URL_IAM=${localAws.url}`)
console.log(`export AWS_ENDPOINT_URL_STS=${localAws.url}`)
console.log(`export ACTIONS_ID_TOKEN_REQUEST_URL='${localAws.oidcRequestUrl}'`)
console.log(`export ACTIONS_ID_TOKEN_REQUEST_TOKEN=${localAws.oidc.defaultRequestToken}`)
// Input names keep their hyphens (INPUT_AGENT-NAME), which `export` rejects but env(1) accepts.
console.log(
  `\nenv INPUT_AGENT-NAME=my_agent INPUT_AWS-REGION=us-east-1 INPUT_ROLE-TO-ASSUME=${deployer.arn} node dist/index.js`
)
process.on('SIGINT', () => {
  localAws.close().finally(() => process.exit(0))
})
