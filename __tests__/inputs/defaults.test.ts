// The one table of input defaults (src/inputs/defaults.ts) against action.yml's.
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { INPUT_DEFAULTS } from '../../src/inputs/defaults.ts'

const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, { default?: unknown }>
}

describe('input defaults', () => {
  it.each(Object.entries(INPUT_DEFAULTS))(
    '%s defaults to %j, as action.yml says',
    (name, value) => {
      expect(String(action.inputs[name]?.default)).toBe(value)
    }
  )

  it('covers every action.yml default that needs no other input or the environment', () => {
    const derived = ['export-credentials', 'role-session-name', 'github-token']
    const declared = Object.entries(action.inputs)
      .filter(
        ([name, input]) =>
          input.default !== undefined && input.default !== '' && !derived.includes(name)
      )
      .map(([name]) => name)
    expect(Object.keys(INPUT_DEFAULTS).sort()).toEqual(declared.sort())
  })
})
