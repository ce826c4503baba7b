// The one way a deploy tool's config file is read and changed: located inside the workspace and
// read (one line when it cannot be), planned (text and diff), then written atomically, and only
// if the file is still what was read when the change was planned.
import { randomBytes } from 'node:crypto'
import { chmod, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff'
import { locateWorkspaceFile, WorkspaceFileError } from '../common/workspaceFile.ts'
import type { ConfigFileUpdate } from './deployTool.ts'

/**
 * The config file's real path (inside the workspace, links followed) and text. A file that
 * cannot be located is one line, `config-file PATH: ` and what `problem` says of it (the tool's
 * own hint: which command writes the file).
 */
export async function readConfigFileText(
  path: string,
  workspace: string,
  problem: (error: WorkspaceFileError) => string
): Promise<{ file: string; text: string }> {
  let file: string
  try {
    file = locateWorkspaceFile(path, workspace).real
  } catch (error) {
    if (!(error instanceof WorkspaceFileError)) throw error
    throw new Error(`config-file ${path}: ${problem(error)}`, { cause: error })
  }
  try {
    return { file, text: await readFile(file, 'utf8') }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error'
    throw new Error(`config-file ${path}: cannot be read (${code})`, { cause: error })
  }
}

/** A planned change of a config file, with the unified diff a person reads ('' when none). */
export function plannedUpdate(
  path: string,
  file: string,
  before: string,
  after: string
): ConfigFileUpdate {
  const changed = after !== before
  const diff = changed
    ? createTwoFilesPatch(path, path, before, after, undefined, undefined, {
        headerOptions: FILE_HEADERS_ONLY
      })
    : ''
  return { path, file, changed, before, after, diff }
}

/**
 * Writes a planned update atomically (temporary file in the same directory, then rename), keeping
 * the file's mode. Refuses when the file changed on disk since it was planned.
 */
export async function writeConfigFileUpdate(update: ConfigFileUpdate): Promise<void> {
  if (!update.changed) return
  const current = await readFile(update.file, 'utf8')
  if (current !== update.before) {
    throw new Error(
      `config-file ${update.path}: changed on disk since it was read; not overwritten`
    )
  }
  const { mode } = await stat(update.file)
  const temporary = join(
    dirname(update.file),
    `.${basename(update.file)}.${randomBytes(6).toString('hex')}.tmp`
  )
  try {
    await writeFile(temporary, update.after, { encoding: 'utf8', flag: 'wx' })
    await chmod(temporary, mode)
    await rename(temporary, update.file)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw error
  }
}
