// The one way untrusted text (from IAM, the config file, inputs, AWS errors) enters Markdown: the
// job summary and the pull-request comment. Every value is either escaped or put in code whose
// fence (or backtick run) is longer than any run of backticks inside it, so it cannot close it.
import { oneLine } from '../common/text.ts'

/** The length of the longest run of backticks in `value` (0 when none). */
export function longestBacktickRun(value: string): number {
  let longest = 0
  for (const run of value.matchAll(/`+/g)) longest = Math.max(longest, run[0].length)
  return longest
}

/** A fenced block whose fence is longer than any backtick run inside it. */
export function fence(language: string, content: string): string[] {
  const longest = Math.max(2, longestBacktickRun(content))
  const marks = '`'.repeat(longest + 1)
  return [`${marks}${language}`, content, marks]
}

/** Inline code for a value from AWS or the user; in a table, `|` is escaped so the row holds. */
export function code(value: string, inTable = false): string {
  const flat = value.replace(/[\r\n]+/g, ' ')
  const longest = longestBacktickRun(flat)
  const marks = '`'.repeat(longest + 1)
  const padded = flat.startsWith('`') || flat.endsWith('`') ? ` ${flat} ` : flat
  const body = inTable ? padded.replaceAll('|', '\\|') : padded
  return `${marks}${body}${marks}`
}

/** HTML-escaped text, for HTML contexts such as <summary>. */
export function html(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
}

/**
 * Markdown text from AWS or the user, shown literally: HTML and the Markdown punctuation that can
 * format or link escaped, block syntax at the start neutralised, one line, and `@` broken with a
 * zero-width space so a value cannot mention (notify) anyone.
 */
export function text(value: string): string {
  return html(oneLine(value))
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/^[#+\-=>]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replaceAll('@', '@&#8203;')
}

/** Opening fence of a fenced code block at the start of a line: 3 or more backticks. */
const FENCE_LINE = /^(`{3,})(.*)$/

/**
 * Closes the fenced code blocks that `markdown` leaves open (after it was cut short), each with a
 * fence as long as its opening one, so that what follows is not swallowed into code.
 */
export function closeOpenFences(markdown: string): string {
  let open: string | undefined
  for (const line of markdown.split('\n')) {
    const match = FENCE_LINE.exec(line)
    if (!match) continue
    const marks = match[1] as string
    if (open === undefined) open = marks
    else if (marks.length >= open.length && (match[2] ?? '').trim() === '') open = undefined
  }
  return open === undefined ? markdown : `${markdown}\n${open}`
}
