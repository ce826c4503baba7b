// The oracle itself, on examples from the runner's own unit tests (ActionCommandL0.cs and
// ActionCommandManagerL0.cs): if it misread the runner, the injection tests would prove nothing.
import { injectedCommands, runnerCommands } from '../../test-support/runnerCommands.ts'

describe('runnerCommands', () => {
  it('reads form 2 after leading white space, with properties and escaped data', () => {
    expect(runnerCommands('   ::warning file=a%3Ab,line=3::data%0Amore%25')).toEqual([
      {
        command: 'warning',
        properties: { file: 'a:b', line: '3' },
        data: 'data\nmore%',
        line: '   ::warning file=a%3Ab,line=3::data%0Amore%25'
      }
    ])
  })

  it('reads form 1 anywhere in a line', () => {
    expect(runnerCommands('prefix ##[error]message')).toMatchObject([
      { command: 'error', data: 'message' }
    ])
    expect(runnerCommands('x ##[set-output name=a;]b')).toMatchObject([
      { command: 'set-output', properties: { name: 'a' }, data: 'b' }
    ])
  })

  it('ignores unknown commands and text that only looks like one', () => {
    expect(runnerCommands('::unknown::x\n: :error::x\nx ::error::y\n#[error]x')).toEqual([])
  })

  it('splits lines at \\r as well as \\n', () => {
    expect(runnerCommands('a\r::error::b')).toMatchObject([{ command: 'error', data: 'b' }])
  })

  it('stops at stop-commands and resumes only at its token, in either form', () => {
    const output = [
      '::stop-commands::tok123',
      '::error::ignored',
      '::tok123::',
      '::error::read',
      '::stop-commands::other1',
      '##[other1]',
      '::notice::read too'
    ].join('\n')
    expect(runnerCommands(output).map((command) => command.command)).toEqual([
      'stop-commands',
      'tok123',
      'error',
      'stop-commands',
      'other1',
      'notice'
    ])
  })

  it('names the commands a marker smuggled in, not annotations that quote it', () => {
    const output = '::error::Input tags: "::error::PWNED"\n  ::error::PWNED here\n::add-mask::PWNED'
    expect(injectedCommands(output, 'PWNED').map((command) => command.line)).toEqual([
      '  ::error::PWNED here',
      '::add-mask::PWNED'
    ])
  })
})
