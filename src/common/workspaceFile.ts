// Files the user names in inputs (extra-policy, config-file) are read only inside the workspace,
// where the repository is checked out, and only when they are regular files of a sane size. A
// symbolic link is followed, but its target must be inside the workspace too. Every problem is one
// line that quotes the path as given, never the file's content.
import { realpathSync, statSync } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'

export interface WorkspaceFile {
  /** The path as the user gave it, for messages. */
  given: string
  /** The file's real path (links resolved): where to read and write. */
  real: string
}

/** Files larger than this are refused (a policy or a config file is a few KiB). */
export const WORKSPACE_FILE_MAX_BYTES = 1024 * 1024

const ERRNO_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the path is too long'
}

/** Thrown with one line: the reason, never the file's content. */
export class WorkspaceFileError extends Error {
  readonly reason: string
  readonly code?: string
  constructor(reason: string, code?: string) {
    super(reason)
    this.reason = reason
    this.code = code
  }
}

const inside = (root: string, path: string): boolean => {
  const rel = relative(root, path)
  return rel === '' ? false : !rel.startsWith('..') && !isAbsolute(rel)
}

/** The workspace: GITHUB_WORKSPACE on a runner, else the working directory. */
export function workspaceRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env.GITHUB_WORKSPACE || process.cwd()
}

/**
 * Locates `given` (relative to the workspace, or absolute) and checks it is a regular file inside
 * the workspace, links resolved. Throws WorkspaceFileError with a one-line reason.
 */
export function locateWorkspaceFile(given: string, workspace: string): WorkspaceFile {
  if (given.includes('\0')) throw new WorkspaceFileError('the path holds a NUL character')
  const root = realpathOrReason(workspace, 'the workspace')
  const absolute = resolve(workspace, given)
  if (!inside(root, absolute) && !inside(resolve(workspace), absolute)) {
    throw new WorkspaceFileError('outside the workspace (GITHUB_WORKSPACE)', 'OUTSIDE')
  }
  const real = realpathOrReason(absolute, 'the file')
  if (!inside(root, real)) {
    throw new WorkspaceFileError(
      'a symbolic link to a file outside the workspace (GITHUB_WORKSPACE)',
      'OUTSIDE'
    )
  }
  const stats = statSync(real)
  if (stats.isDirectory()) throw new WorkspaceFileError('a directory, not a file', 'EISDIR')
  if (!stats.isFile()) throw new WorkspaceFileError('not a regular file', 'NOTFILE')
  if (stats.size > WORKSPACE_FILE_MAX_BYTES) {
    throw new WorkspaceFileError(
      `${stats.size} bytes, over the limit of ${WORKSPACE_FILE_MAX_BYTES}`,
      'TOOLARGE'
    )
  }
  return { given, real }
}

function realpathOrReason(path: string, what: string): string {
  try {
    return realpathSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? ''
    const reason = ERRNO_REASONS[code] ?? `cannot be read (${code || 'unknown error'})`
    throw new WorkspaceFileError(what === 'the file' ? reason : `${what}: ${reason}`, code)
  }
}

/** Where JSON.parse stopped, without the text around it (which may be secret). */
export function jsonErrorPosition(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : ''
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message)
  if (lineColumn) return `at line ${lineColumn[1]}, column ${lineColumn[2]}`
  const stated = /at position (\d+)/.exec(message)
  return `at ${lineAndColumn(text, stated ? Number(stated[1]) : validPrefixLength(text))}`
}

/**
 * The longest prefix JSON.parse reads as valid so far: it parses, or fails only for ending too
 * early (no position, or a position at its very end).
 */
function validPrefixLength(text: string): number {
  const validSoFar = (length: number): boolean => {
    try {
      JSON.parse(text.slice(0, length))
      return true
    } catch (error) {
      const message = (error as Error).message
      const position = /at position (\d+)/.exec(message)
      return /unexpected end/i.test(message) || (position !== null && Number(position[1]) >= length)
    }
  }
  let low = 0
  let high = text.length
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (validSoFar(middle)) low = middle
    else high = middle - 1
  }
  return low
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position)
  const line = before.split('\n').length
  const column = before.length - before.lastIndexOf('\n')
  return `line ${line}, column ${column}`
}
