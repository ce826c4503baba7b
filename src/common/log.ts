// The one way this action writes to the step's log. Text in the log can come from IAM (role
// descriptions, policies), the config file, inputs, token claims and AWS error messages: none of it
// may become a workflow command.
//
// The runner reads a line as a command when, after trimming leading white space, it starts with
// `::name` (any registered name, any case), or when it contains `##[name` anywhere; it splits lines
// at \r as well as \n. Plain text that could read so is written between `::stop-commands::TOKEN`
// and `::TOKEN::`, the runner's own mechanism for printing untrusted text, with a fresh random
// token the text cannot know. Annotations go through @actions/core, which escapes their message
// (%, \r, \n) so that it stays one command's data.
import { randomBytes } from 'node:crypto'
import * as core from '@actions/core'

/**
 * Could the runner read a line of this text as a command? `##[` anywhere, or a line whose first
 * visible characters are `::` (whatever precedes them that is not a letter, digit, punctuation or
 * symbol counts as white space here: more than .NET's TrimStart removes, never less).
 */
export function mayHoldCommand(text: string): boolean {
  return text.includes('##[') || /(?:^|[\r\n])[^\p{L}\p{N}\p{P}\p{S}]*::/u.test(text)
}

/** A stop token: 32 hex characters, never a command name, not contained in `text`. */
function stopToken(text: string): string {
  for (;;) {
    const token = `acra${randomBytes(16).toString('hex')}`
    if (!text.includes(token)) return token
  }
}

/** Plain text that may hold anything, line breaks included, shown literally. */
export function info(text: string): void {
  if (!mayHoldCommand(text)) {
    core.info(text)
    return
  }
  const token = stopToken(text)
  core.info(`::stop-commands::${token}`)
  core.info(text)
  core.info(`::${token}::`)
}

/**
 * Text folded under a title in the log (`::group::`): the runner shows the title, and the text when
 * opened. The title is one line escaped by @actions/core; the text goes through info().
 */
export function group(title: string, text: string): void {
  core.startGroup(title.replace(/[\r\n]+/g, ' '))
  info(text)
  core.endGroup()
}

/** A warning annotation; the message is escaped by @actions/core, whatever it holds. */
export function warning(message: string): void {
  core.warning(message)
}

/** An error annotation; the message is escaped by @actions/core, whatever it holds. */
export function error(message: string): void {
  core.error(message)
}

/** Fails the step with an error annotation (escaped like error()). */
export function fail(message: string): void {
  core.setFailed(message)
}
