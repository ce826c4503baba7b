#!/usr/bin/env node
// Derives the fixtures of the new AgentCore CLI (`@aws/agentcore`) from its published packages:
//
// - __fixtures__/agentcore-cli/schema/: the CLI's own project schema (dist/schema/**/*.js of the
//   package, CommonJS, needs zod), so tests validate every agentcore.json the action writes with
//   the CLI's AgentCoreProjectSpecSchema.
// - __fixtures__/agentcore-cli/construct-grants.json: the runtime role the CLI's CDK construct
//   (`@aws/agentcore-cdk` AgentCoreApplication, synthesized with the CLI's own cdk.json context)
//   makes for a Container and a CodeZip runtime: trust policy and permission policies, with the
//   stack's own resources (ECR repository, KMS key) resolved to ARNs; and what it attaches to a
//   role named by executionRoleArn.
// - __fixtures__/agentcore-cli/primitives.json: one project per primitive of agentcore.json
//   (scripts/agentcore-cli-primitive-projects.mjs), synthesized with the CLI's own vended CDK app
//   (scripts/synth-vended-app.mjs): what each adds to a runtime's execution role, and what the
//   stack attaches to (and warns about) an imported role.
// - __fixtures__/agentcore-cli/PROVENANCE.json: the versions all of this came from.
//
// Run it when a new CLI or construct version is published:
//   node scripts/refresh-agentcore-cli-fixtures.mjs [--cli 0.30.0] [--cdk 0.1.0-alpha.45]
// It needs the npm registry (about 250 MB in a temporary directory, removed afterwards); the
// tests never do.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readdirSync, statSync } from 'node:fs'

const args = process.argv.slice(2)
if (args.includes('--help') || args.includes('-h')) {
  console.log(`Usage: node scripts/refresh-agentcore-cli-fixtures.mjs [--cli VERSION] [--cdk VERSION]

Derives __fixtures__/agentcore-cli/ (the CLI's project schema, the grants its CDK construct gives a
runtime role, one synthesized project per primitive, and PROVENANCE.json) from the published
@aws/agentcore (default 0.30.0) and @aws/agentcore-cdk (default 0.1.0-alpha.45) packages. Needs the
npm registry and about 250 MB in a temporary directory; the tests never run it.`)
  process.exit(0)
}
const option = (name, fallback) => {
  const index = args.indexOf(name)
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback
}
const CLI_VERSION = option('--cli', '0.30.0')
const CDK_VERSION = option('--cdk', '0.1.0-alpha.45')
const ACCOUNT = '111122223333'
const REGION = 'us-east-1'
const PROJECT = 'Demo'
const TARGET = 'default'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, '__fixtures__', 'agentcore-cli')
const work = mkdtempSync(join(tmpdir(), 'agentcore-cli-fixtures-'))
const run = (command, commandArgs, cwd) =>
  execFileSync(command, commandArgs, {
    cwd,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8'
  })
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'))
const writeJson = (file, value) => writeFileSync(file, JSON.stringify(value, null, 2) + '\n')

function main() {
  try {
    // 1. The CLI package itself: its schema, its vended CDK project's dependencies and context.
    run('npm', ['pack', '--silent', `@aws/agentcore@${CLI_VERSION}`], work)
    const cliDir = join(work, 'cli')
    mkdirSync(cliDir)
    run('tar', ['xzf', `aws-agentcore-${CLI_VERSION}.tgz`, '-C', cliDir], work)
    const cli = join(cliDir, 'package')
    const vended = readJson(join(cli, 'dist/assets/cdk/package.json'))
    const cdkContext = readJson(join(cli, 'dist/assets/cdk/cdk.json')).context
    const zodRange = readJson(join(cli, 'package.json')).dependencies.zod

    rmSync(join(out, 'schema'), { recursive: true, force: true })
    mkdirSync(join(out, 'schema'), { recursive: true })
    for (const file of walk(join(cli, 'dist/schema'))) {
      if (!file.endsWith('.js')) continue
      const target = join(out, 'schema', relative(join(cli, 'dist/schema'), file))
      mkdirSync(dirname(target), { recursive: true })
      // Source-map comments point at files that are not vendored.
      writeFileSync(target, readFileSync(file, 'utf8').replace(/\n\/\/# sourceMappingURL=.*$/m, ''))
    }
    cpSync(join(cli, 'LICENSE'), join(out, 'schema', 'LICENSE'))
    writeJson(join(out, 'schema', 'package.json'), { type: 'commonjs', private: true })

    // 2. Synthesize the CLI's stack shape with the construct package and the vended CDK versions.
    const synth = join(work, 'synth')
    mkdirSync(synth)
    writeJson(join(synth, 'package.json'), { name: 'synth', private: true })
    run(
      'npm',
      [
        'install',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        '--silent',
        `@aws/agentcore-cdk@${CDK_VERSION}`,
        `aws-cdk-lib@${vended.dependencies['aws-cdk-lib']}`,
        `constructs@${vended.dependencies.constructs}`,
        // Transpiles the vended app's bin/cdk.ts and lib/cdk-stack.ts as they are.
        `typescript@${vended.devDependencies.typescript}`
      ],
      synth
    )
    const installed = (name) => readJson(join(synth, 'node_modules', name, 'package.json')).version
    const project = projectLayout(synth)
    writeFileSync(join(synth, 'synth.cjs'), SYNTH_PROGRAM)
    const result = JSON.parse(
      run(
        'node',
        ['synth.cjs', JSON.stringify({ project, cdkContext, ACCOUNT, REGION, PROJECT, TARGET })],
        synth
      )
    )

    writeJson(join(out, 'construct-grants.json'), result)

    // 3. One project per primitive, through the CLI's vended CDK app as `agentcore deploy` runs it.
    cpSync(join(root, 'scripts', 'synth-vended-app.mjs'), join(synth, 'synth-vended-app.mjs'))
    // Under the install, so that the app resolves @aws/agentcore-cdk and aws-cdk-lib there.
    const appWork = join(synth, 'vended')
    mkdirSync(appWork)
    const primitives = JSON.parse(
      run(
        'node',
        [
          'synth-vended-app.mjs',
          cli,
          join(root, 'scripts', 'agentcore-cli-primitive-projects.mjs'),
          appWork
        ],
        synth
      )
    )
    writeJson(join(out, 'primitives.json'), {
      about:
        'Per project: agentcore.json (spec), the deployed state the CLI had recorded, the policies the vended app gives each runtime role, and what it does with an imported role.',
      projects: primitives
    })
    writeJson(join(out, 'PROVENANCE.json'), {
      about:
        'Derived by scripts/refresh-agentcore-cli-fixtures.mjs from the published packages; do not edit by hand.',
      refresh: 'node scripts/refresh-agentcore-cli-fixtures.mjs --cli <version> --cdk <version>',
      packages: {
        '@aws/agentcore': CLI_VERSION,
        '@aws/agentcore-cdk': installed('@aws/agentcore-cdk'),
        'aws-cdk-lib': installed('aws-cdk-lib'),
        constructs: installed('constructs'),
        zod: installed('zod')
      },
      cliPins: {
        '@aws/agentcore-cdk': vended.dependencies['@aws/agentcore-cdk'],
        'aws-cdk-lib': vended.dependencies['aws-cdk-lib'],
        constructs: vended.dependencies.constructs,
        zod: zodRange
      },
      files: {
        'schema/': '@aws/agentcore dist/schema/**/*.js (AgentCoreProjectSpecSchema), Apache-2.0',
        'construct-grants.json':
          '@aws/agentcore-cdk AgentCoreApplication synthesized with the CLI vended cdk.json context',
        'primitives.json':
          'one project per primitive, synthesized with the CLI vended agentcore/cdk app (bin/cdk.ts, lib/cdk-stack.ts) and @aws/agentcore-cdk'
      }
    })
    console.log(`fixtures written to ${relative(root, out)} from @aws/agentcore ${CLI_VERSION}`)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) yield* walk(path)
    else yield path
  }
}

/** A project as `agentcore create` lays it out: agentcore/agentcore.json, the agents' code. */
function projectLayout(synth) {
  const base = join(synth, 'project')
  const file = (path, text) => {
    mkdirSync(dirname(join(base, path)), { recursive: true })
    writeFileSync(join(base, path), text)
  }
  file('app/ContainerAgent/Dockerfile', 'FROM public.ecr.aws/docker/library/python:3.12-slim\n')
  file('app/ContainerAgent/main.py', 'print("hello")\n')
  // A Node CodeZip agent: the Python packager needs uv; the role's grants do not depend on the
  // runtime's language (AgentCoreRuntime.js grants by build type).
  file('app/ZipAgent/main.ts', 'console.log("hello")\n')
  file('app/ZipAgent/package.json', '{ "name": "zip-agent", "version": "1.0.0" }\n')
  mkdirSync(join(base, 'app/ZipAgent/node_modules'), { recursive: true })
  mkdirSync(join(base, 'agentcore/cdk'), { recursive: true })
  return base
}

const SYNTH_PROGRAM = String.raw`
const fs = require('fs')
const path = require('path')
const { App, Stack } = require('aws-cdk-lib')
const { AgentCoreApplication, AgentCoreProjectSpecSchema } = require('@aws/agentcore-cdk')
const { project, cdkContext, ACCOUNT, REGION, PROJECT, TARGET } = JSON.parse(process.argv[2])

const runtime = (name, build, extra) => ({
  name, build, entrypoint: build === 'Container' ? 'main.py' : 'main.ts',
  codeLocation: 'app/' + (build === 'Container' ? 'ContainerAgent' : 'ZipAgent') + '/',
  runtimeVersion: build === 'Container' ? 'PYTHON_3_12' : 'NODE_22',
  networkMode: 'PUBLIC', protocol: 'HTTP', ...extra
})
const importedArn = 'arn:aws:iam::' + ACCOUNT + ':role/ImportedRuntimeRole'

function synth(runtimes, outdir) {
  const spec = AgentCoreProjectSpecSchema.parse({
    name: PROJECT, version: 1, managedBy: 'CDK', runtimes,
    memories: [], credentials: []
  })
  fs.writeFileSync(path.join(project, 'agentcore/agentcore.json'), JSON.stringify(spec, null, 2))
  process.chdir(path.join(project, 'agentcore/cdk'))
  const app = new App({ context: cdkContext, outdir })
  const stack = new Stack(app, 'AgentCore-' + PROJECT + '-' + TARGET, { env: { account: ACCOUNT, region: REGION } })
  new AgentCoreApplication(stack, 'Application', { spec })
  return app.synth().getStackByName(stack.stackName).template
}

/** The resources a policy names by GetAtt, as the ARNs CloudFormation gives them. */
function resolver(template) {
  return (value) => {
    if (typeof value === 'string') return value
    const [id, attribute] = value['Fn::GetAtt'] || []
    const resource = template.Resources[id]
    if (attribute === 'Arn' && resource?.Type === 'AWS::ECR::Repository') {
      return 'arn:aws:ecr:' + REGION + ':' + ACCOUNT + ':repository/' + resource.Properties.RepositoryName
    }
    if (attribute === 'Arn' && resource?.Type === 'AWS::KMS::Key') {
      // Made by the stack: its id exists only after the first deploy.
      return 'arn:aws:kms:' + REGION + ':' + ACCOUNT + ':key/00000000-0000-4000-8000-000000000000'
    }
    throw new Error('unresolved token ' + JSON.stringify(value))
  }
}

function rolesOf(template) {
  const resolve = resolver(template)
  const runtimes = Object.values(template.Resources).filter((r) => r.Type === 'AWS::BedrockAgentCore::Runtime')
  return runtimes.map((runtime) => {
    const roleArn = runtime.Properties.RoleArn
    const roleId = roleArn['Fn::GetAtt']?.[0]
    const role = roleId && template.Resources[roleId]
    const policies = Object.values(template.Resources)
      .filter((r) => r.Type === 'AWS::IAM::Policy' && r.Properties.Roles.some((ref) => ref.Ref === roleId))
      .map((r) => r.Properties.PolicyDocument)
      .map((doc) => ({
        ...doc,
        Statement: doc.Statement.map((s) => ({
          ...s,
          Resource: Array.isArray(s.Resource) ? s.Resource.map(resolve) : resolve(s.Resource)
        }))
      }))
    const repository = Object.values(template.Resources).find((r) => r.Type === 'AWS::ECR::Repository')
    return {
      runtimeName: runtime.Properties.AgentRuntimeName,
      roleArn: typeof roleArn === 'string' ? roleArn : undefined,
      trustPolicy: role?.Properties.AssumeRolePolicyDocument,
      managedPolicyArns: role?.Properties.ManagedPolicyArns ?? [],
      policies,
      ecrRepositoryName: repository?.Properties.RepositoryName
    }
  })
}

const made = {}
for (const build of ['Container', 'CodeZip']) {
  const name = build === 'Container' ? 'containerAgent' : 'zipAgent'
  const [role] = rolesOf(synth([runtime(name, build)], path.join(project, 'out-' + build)))
  made[build] = { agentName: name, ...role }
}
const imported = rolesOf(
  synth(
    [runtime('containerAgent', 'Container', { executionRoleArn: importedArn }), runtime('zipAgent', 'CodeZip', { executionRoleArn: importedArn })],
    path.join(project, 'out-imported')
  )
)
process.stdout.write(JSON.stringify({
  account: ACCOUNT, region: REGION, partition: 'aws', project: PROJECT, target: TARGET,
  runtimes: made,
  importedRole: { executionRoleArn: importedArn, runtimes: imported }
}))
`

main()
