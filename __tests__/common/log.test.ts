// src/log.ts against the runner's own parsing rules (test-support/runnerCommands.ts): whatever the
// text, the runner reads from it only the stop and resume commands that shield it.
import { jest } from '@jest/globals'
import { info, mayHoldCommand, warning } from '../../src/common/log.ts'
import { runnerCommands } from '../../test-support/runnerCommands.ts'

function captured(write: () => void): string {
  const chunks: string[] = []
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    chunks.push(String(chunk))
    return true
  })
  try {
    write()
  } finally {
    spy.mockRestore()
  }
  return chunks.join('')
}

const HOSTILE = [
  '::error::x',
  '   ::set-output name=a::b',
  '\t::add-mask::secret',
  '\u00a0\u2003::warning::wide space',
  '\u0085::error::next line',
  'text ##[error]legacy form anywhere',
  '##[set-output name=a;]b',
  'a\r::error::bare carriage return',
  '::STOP-COMMANDS::guess',
  '::stop-commands::x\n::error::after a stop'
]

describe('info', () => {
  it.each(HOSTILE)('lets no command out of %j', (text) => {
    const output = captured(() => info(`before\n${text}\nafter`))
    const commands = runnerCommands(output)
    expect(commands.map((command) => command.command)).toEqual([
      'stop-commands',
      expect.stringMatching(/^acra[0-9a-f]{32}$/)
    ])
    expect(output).toContain(text)
  })

  it('writes plain text as it is, without stop-commands', () => {
    const text =
      'Acting as arn:aws:sts::111122223333:assumed-role/deployer/s in account 111122223333.'
    expect(mayHoldCommand(text)).toBe(false)
    expect(captured(() => info(text))).toBe(`${text}\n`)
  })

  it('uses a fresh token each time', () => {
    const tokens = [1, 2, 3].map(() => runnerCommands(captured(() => info('::x::')))[0]?.data)
    expect(new Set(tokens).size).toBe(3)
  })
})

describe('annotations', () => {
  it('keep a multi-line message in one command, its text as data', () => {
    const output = captured(() => warning('first\n::error::second\n##[error]third'))
    expect(runnerCommands(output)).toEqual([
      expect.objectContaining({
        command: 'warning',
        data: 'first\n::error::second\n##[error]third'
      })
    ])
  })
})
