// Run by scripts/refresh-agentcore-cli-fixtures.mjs inside its temporary install of
// @aws/agentcore-cdk and aws-cdk-lib (never by the tests): synthesizes each primitive project with
// the CLI's own vended CDK app (agentcore/cdk/bin/cdk.ts and lib/cdk-stack.ts, transpiled as they
// are), as `agentcore deploy` does, and prints what each runtime's execution role is granted, the
// stack's own resources resolved to the ARNs CloudFormation gives them. Then once more with every
// runtime on an imported role (executionRoleArn): what the stack still attaches, and its warnings.
//
//   node synth-vended-app.mjs <cli package dir> <projects module> <work dir>
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

if (process.argv.includes('--help') || process.argv.includes('-h') || process.argv.length < 5) {
  console.log(`Usage: node synth-vended-app.mjs CLI_PACKAGE_DIR PROJECTS_MODULE WORK_DIR

Run by scripts/refresh-agentcore-cli-fixtures.mjs inside its install of @aws/agentcore-cdk: prints,
as JSON, what the CLI's vended CDK app grants each runtime role of each project.`)
  process.exit(
    process.argv.length < 5 && !process.argv.includes('--help') && !process.argv.includes('-h')
      ? 2
      : 0
  )
}
const [cliDir, projectsModule, workDir] = process.argv.slice(2)
const vended = path.join(cliDir, 'dist/assets/cdk')
const cdkContext = JSON.parse(fs.readFileSync(path.join(vended, 'cdk.json'), 'utf8')).context

/** A stand-in for uv, the Python packager: grants do not depend on a package's dependencies. */
function fakeUv(dir) {
  const bin = path.join(dir, 'bin')
  fs.mkdirSync(bin, { recursive: true })
  fs.writeFileSync(path.join(bin, 'uv'), '#!/bin/sh\nexit 0\n', { mode: 0o755 })
  return bin
}

function layout(base, project, spec, files) {
  const write = (file, text) => {
    fs.mkdirSync(path.dirname(path.join(base, file)), { recursive: true })
    fs.writeFileSync(path.join(base, file), text)
  }
  for (const file of ['bin/cdk.ts', 'lib/cdk-stack.ts']) {
    const source = fs.readFileSync(path.join(vended, file), 'utf8')
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true
      }
    })
    write(`agentcore/cdk/dist/${file.replace(/\.ts$/, '.js')}`, outputText)
  }
  for (const runtime of spec.runtimes) {
    const dir = runtime.codeLocation
    write(`${dir}main.py`, 'print("hello")\n')
    write(`${dir}pyproject.toml`, `[project]\nname = "${runtime.name}"\nversion = "0.1.0"\n`)
    write(`${dir}Dockerfile`, 'FROM public.ecr.aws/docker/library/python:3.12-slim\n')
  }
  for (const [file, text] of Object.entries(files ?? {})) write(file, text)
  write('agentcore/agentcore.json', JSON.stringify(spec, null, 2) + '\n')
  write(
    'agentcore/aws-targets.json',
    JSON.stringify([{ name: project.TARGET, account: project.ACCOUNT, region: project.REGION }])
  )
  if (project.deployedState) {
    write('agentcore/.cli/deployed-state.json', JSON.stringify(project.deployedState, null, 2))
  }
}

function synth(base, bin) {
  const outdir = path.join(base, 'cdk.out')
  execFileSync(process.execPath, ['dist/bin/cdk.js'], {
    cwd: path.join(base, 'agentcore/cdk'),
    env: {
      ...process.env,
      PATH: `${bin}:${process.env.PATH}`,
      CDK_OUTDIR: outdir,
      CDK_CONTEXT_JSON: JSON.stringify(cdkContext)
    },
    stdio: ['ignore', 'ignore', 'inherit']
  })
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'))
  const stack = Object.entries(manifest.artifacts).find(
    ([, artifact]) => artifact.type === 'aws:cloudformation:stack'
  )
  const template = JSON.parse(
    fs.readFileSync(path.join(outdir, stack[1].properties.templateFile), 'utf8')
  )
  // Construct metadata is in the manifest, or in the file it names (newer CDK).
  const extra = stack[1].additionalMetadataFile
    ? JSON.parse(fs.readFileSync(path.join(outdir, stack[1].additionalMetadataFile), 'utf8'))
    : {}
  const warnings = [...Object.values(stack[1].metadata ?? {}), ...Object.values(extra)]
    .flat()
    .filter((entry) => entry.type === 'aws:cdk:warning')
    .map((entry) => String(entry.data))
  return { stackName: stack[0], template, warnings }
}

/**
 * The ARN CloudFormation gives a resource of the stack (ids as the services make them), or the one
 * `agentcore deploy` recorded for it in the deployed state (the same resource, deployed before).
 */
function resolver({ template, stackName }, where, deployedState) {
  const { ACCOUNT, REGION, PROJECT, TARGET } = where
  const recorded = deployedState?.targets?.[TARGET]?.resources ?? {}
  const deployedArn = (type, props, id) => {
    switch (type) {
      case 'AWS::BedrockAgentCore::Memory':
        return recorded.memories?.[props.Name.slice(PROJECT.length + 1)]?.memoryArn
      case 'AWS::BedrockAgentCore::Gateway':
        return recorded.mcp?.gateways?.[props.Name.slice(PROJECT.length + 1)]?.gatewayArn
      case 'AWS::BedrockAgentCore::PaymentManager':
        return recorded.payments?.[props.Name]?.managerArn
      case 'AWS::IAM::Role':
        return Object.entries(recorded.payments ?? {}).find(([name]) =>
          id.startsWith(`Payment${name.replace(/_/g, '')}ProcessPaymentRole`)
        )?.[1].processPaymentRoleArn
      default:
        return undefined
    }
  }
  const agentcore = (resource) => `arn:aws:bedrock-agentcore:${REGION}:${ACCOUNT}:${resource}`
  // Resource ids: the name, `-`, ten letters or digits (lower case where AWS lower-cases names).
  const SUFFIX = 'a1B2c3D4e5'
  const attribute = (id, name) => {
    const resource = template.Resources[id]
    const props = resource?.Properties ?? {}
    const deployed = deployedArn(resource?.Type, props, id)
    if (deployed) return deployed
    switch (`${resource?.Type}.${name}`) {
      case 'AWS::ECR::Repository.Arn':
        return `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/${props.RepositoryName}`
      case 'AWS::KMS::Key.Arn':
        return `arn:aws:kms:${REGION}:${ACCOUNT}:key/00000000-0000-4000-8000-000000000000`
      case 'AWS::BedrockAgentCore::Memory.MemoryArn':
        return agentcore(`memory/${props.Name}-${SUFFIX}`)
      case 'AWS::BedrockAgentCore::Gateway.GatewayArn':
        return agentcore(`gateway/${props.Name.toLowerCase()}-${SUFFIX.toLowerCase()}`)
      case 'AWS::BedrockAgentCore::Runtime.AgentRuntimeArn':
        return agentcore(`runtime/${props.AgentRuntimeName}-${SUFFIX}`)
      case 'AWS::BedrockAgentCore::PaymentManager.PaymentManagerArn':
        return agentcore(`payment-manager/${props.Name.toLowerCase()}-${SUFFIX.toLowerCase()}`)
      case 'AWS::IAM::Role.Arn': {
        // CloudFormation names a role `{stack}-{logical id}-{12 characters}`, at most 64.
        const random = 'Q1W2E3R4T5Y6'
        const room = 64 - stackName.length - random.length - 2
        return `arn:aws:iam::${ACCOUNT}:role/${stackName}-${id.slice(0, room)}-${random}`
      }
      default:
        throw new Error(`unresolved Fn::GetAtt ${id}.${name} (${resource?.Type})`)
    }
  }
  const PSEUDO = {
    'AWS::Partition': 'aws',
    'AWS::Region': REGION,
    'AWS::AccountId': ACCOUNT,
    'AWS::URLSuffix': 'amazonaws.com'
  }
  const resolve = (value) => {
    if (typeof value === 'string') return value
    if (value['Fn::GetAtt']) return attribute(...value['Fn::GetAtt'])
    if (value['Fn::Join']) return value['Fn::Join'][1].map(resolve).join(value['Fn::Join'][0])
    if (value.Ref && PSEUDO[value.Ref]) return PSEUDO[value.Ref]
    throw new Error(`unresolved token ${JSON.stringify(value)}`)
  }
  return resolve
}

/** Per runtime of the project: the policies the stack attaches to its execution role. */
function runtimeRoles(result, where, names, deployedState) {
  const { template } = result
  const resolve = resolver(result, where, deployedState)
  const resources = Object.values(template.Resources)
  const roles = {}
  for (const runtime of resources.filter((r) => r.Type === 'AWS::BedrockAgentCore::Runtime')) {
    const name = runtime.Properties.AgentRuntimeName.slice(where.PROJECT.length + 1)
    // The project's runtimes only (an MCP tool's runtime has a role of its own).
    if (!names.includes(name)) continue
    const roleArn = runtime.Properties.RoleArn
    const roleId = roleArn['Fn::GetAtt']?.[0]
    const policies = resources
      .filter(
        (r) =>
          r.Type === 'AWS::IAM::Policy' &&
          roleId !== undefined &&
          r.Properties.Roles.some((ref) => ref.Ref === roleId)
      )
      .map((r) => ({
        ...r.Properties.PolicyDocument,
        Statement: r.Properties.PolicyDocument.Statement.map((statement) => ({
          ...statement,
          Resource: Array.isArray(statement.Resource)
            ? statement.Resource.map(resolve)
            : resolve(statement.Resource)
        }))
      }))
    const managedPolicyArns = roleId
      ? (template.Resources[roleId].Properties.ManagedPolicyArns ?? [])
      : []
    roles[name] = { imported: typeof roleArn === 'string', policies, managedPolicyArns }
  }
  return roles
}

async function main() {
  const where = await import(projectsModule)
  const bin = fakeUv(workDir)
  const out = []
  for (const project of where.PROJECTS) {
    const spec = { ...where.BASE, ...project.spec }
    const forConstruct = project.forConstruct ?? ((given) => given)
    const run = (id, runtimes) => {
      const base = path.join(workDir, id)
      const given = forConstruct({ ...spec, runtimes })
      layout(base, { ...where, deployedState: project.deployedState }, given, project.files)
      return synth(base, bin)
    }
    const made = run(project.id, spec.runtimes)
    const importedArn = `arn:aws:iam::${where.ACCOUNT}:role/ImportedRuntimeRole`
    const imported = run(
      `${project.id}-imported`,
      spec.runtimes.map((runtime) => ({ ...runtime, executionRoleArn: importedArn }))
    )
    const names = spec.runtimes.map((runtime) => runtime.name)
    const importedRoles = runtimeRoles(imported, where, names, project.deployedState)
    out.push({
      id: project.id,
      primitive: project.primitive,
      about: project.about,
      spec,
      ...(project.deployedState ? { deployedState: project.deployedState } : {}),
      runtimes: runtimeRoles(made, where, names, project.deployedState),
      importedRole: {
        executionRoleArn: importedArn,
        attached: Object.values(importedRoles).flatMap((role) => role.policies),
        warnings: imported.warnings
      }
    })
  }
  process.stdout.write(JSON.stringify(out))
}

await main()
