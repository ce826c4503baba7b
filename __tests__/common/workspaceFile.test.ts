import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { jsonErrorPosition, locateWorkspaceFile } from '../../src/common/workspaceFile.ts'

let root: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'workspace-file-'))
  mkdirSync(join(root, 'ws', 'sub'), { recursive: true })
  writeFileSync(join(root, 'ws', 'sub', 'ok.json'), '{}')
  writeFileSync(join(root, 'outside.json'), '{}')
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('locateWorkspaceFile', () => {
  it('finds a file inside the workspace, relative or absolute, through links inside it', () => {
    const ws = join(root, 'ws')
    symlinkSync('sub/ok.json', join(ws, 'link.json'))
    expect(locateWorkspaceFile('sub/ok.json', ws).real).toBe(join(ws, 'sub', 'ok.json'))
    expect(locateWorkspaceFile(join(ws, 'sub/ok.json'), ws).real).toBe(join(ws, 'sub', 'ok.json'))
    expect(locateWorkspaceFile('link.json', ws).real).toBe(join(ws, 'sub', 'ok.json'))
  })

  it.each([
    ['../outside.json', 'outside the workspace'],
    ['sub/../../outside.json', 'outside the workspace'],
    ['/etc/hostname', 'outside the workspace'],
    ['linked-out.json', 'a symbolic link to a file outside the workspace'],
    ['sub', 'a directory, not a file'],
    ['missing.json', 'no such file'],
    ['.', 'outside the workspace'],
    ['a\u0000b', 'NUL']
  ])('refuses %j: %s', (given, reason) => {
    const ws = join(root, 'ws')
    symlinkSync(join(root, 'outside.json'), join(ws, 'linked-out.json'))
    expect(() => locateWorkspaceFile(given, ws)).toThrow(reason)
  })
})

describe('jsonErrorPosition', () => {
  it.each([
    ['{\n  "a": [oops]\n}', 'at line 2, column 9'],
    ['{"a": 1,}', 'at line 1, column 9'],
    ['{"password": "hunter2"', 'at line 1, column 23'],
    ['', 'at line 1, column 1']
  ])('%j: %s, without quoting the text', (text, where) => {
    let error: unknown
    try {
      JSON.parse(text)
    } catch (caught) {
      error = caught
    }
    const position = jsonErrorPosition(error, text)
    expect(position).toBe(where)
    expect(position).not.toContain('hunter2')
  })
})
