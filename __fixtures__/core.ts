// A stand-in for @actions/core in unit tests:
//   jest.unstable_mockModule('@actions/core', () => core)
// Every function is a jest.fn with a harmless default; `summary` formats like the real one
// (so tests can read summary.stringify()) but write() only records, never touches a file.
import { jest } from '@jest/globals'
import * as actionsCore from '@actions/core'

export { ExitCode, platform, toPlatformPath, toPosixPath, toWin32Path } from '@actions/core'

export const debug = jest.fn<typeof actionsCore.debug>()
export const info = jest.fn<typeof actionsCore.info>()
export const notice = jest.fn<typeof actionsCore.notice>()
export const warning = jest.fn<typeof actionsCore.warning>()
export const error = jest.fn<typeof actionsCore.error>()
export const setFailed = jest.fn<typeof actionsCore.setFailed>()
export const setOutput = jest.fn<typeof actionsCore.setOutput>()
export const setSecret = jest.fn<typeof actionsCore.setSecret>()
export const exportVariable = jest.fn<typeof actionsCore.exportVariable>()
export const addPath = jest.fn<typeof actionsCore.addPath>()
export const setCommandEcho = jest.fn<typeof actionsCore.setCommandEcho>()
export const saveState = jest.fn<typeof actionsCore.saveState>()
export const getState = jest.fn<typeof actionsCore.getState>(() => '')
export const isDebug = jest.fn<typeof actionsCore.isDebug>(() => false)
export const startGroup = jest.fn<typeof actionsCore.startGroup>()
export const endGroup = jest.fn<typeof actionsCore.endGroup>()
export const group = jest.fn(<T>(_name: string, fn: () => Promise<T>): Promise<T> => fn())
export const getInput = jest.fn<typeof actionsCore.getInput>(() => '')
export const getMultilineInput = jest.fn<typeof actionsCore.getMultilineInput>(() => [])
export const getBooleanInput = jest.fn<typeof actionsCore.getBooleanInput>(() => false)
export const getIDToken = jest.fn<typeof actionsCore.getIDToken>()

type Summary = typeof actionsCore.summary
const SummaryClass = actionsCore.summary.constructor as new () => Summary

/** Real Summary formatting with every method spied; write() resolves without writing a file. */
function createSummaryFake(): Summary {
  const fake = new SummaryClass()
  const methods = [
    'addRaw',
    'addEOL',
    'addCodeBlock',
    'addList',
    'addTable',
    'addDetails',
    'addImage',
    'addHeading',
    'addSeparator',
    'addBreak',
    'addQuote',
    'addLink',
    'stringify',
    'isEmptyBuffer',
    'emptyBuffer',
    'clear'
  ] as const
  for (const method of methods) jest.spyOn(fake, method)
  jest.spyOn(fake, 'write').mockImplementation(async () => fake)
  jest.spyOn(fake, 'clear').mockImplementation(async () => fake.emptyBuffer())
  return fake
}

export const summary = createSummaryFake()
export const markdownSummary = summary
