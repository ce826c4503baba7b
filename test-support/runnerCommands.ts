// The test oracle for workflow-command injection: which lines of a step's output the GitHub runner
// would process as commands. Written from the runner's rules (actions/runner,
// src/Runner.Common/ActionCommand.cs and src/Runner.Worker/ActionCommandManager.cs):
// - lines are split as .NET's StreamReader.ReadLine splits them: at \r\n, \r or \n;
// - form 2: after trimming leading white space the line starts with `::`, the command info runs to
//   the next `::`, its first word is a registered command name (any case);
// - form 1 (tried when form 2 fails): `##[` anywhere in the line, the command info runs to the next
//   `]`, its first word is a registered command name;
// - `stop-commands` with data TOKEN stops processing until a command named TOKEN (either form).

/** The commands a runner registers (and the stop command). Names compare case-insensitively. */
export const RUNNER_COMMANDS = [
  'stop-commands',
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo'
] as const

export interface RunnerCommand {
  /** Lower-cased command name. */
  command: string
  properties: Record<string, string>
  data: string
  /** The output line it was read from. */
  line: string
}

const unescapeData = (value: string): string =>
  value.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%')
const unescapeProperty = (value: string): string =>
  value
    .replaceAll('%0D', '\r')
    .replaceAll('%0A', '\n')
    .replaceAll('%3A', ':')
    .replaceAll('%2C', ',')
    .replaceAll('%25', '%')
const unescapeLegacy = (value: string): string =>
  value
    .replaceAll('%3B', ';')
    .replaceAll('%0D', '\r')
    .replaceAll('%0A', '\n')
    .replaceAll('%5D', ']')
    .replaceAll('%25', '%')

function properties(
  text: string,
  separator: string,
  unescape: (value: string) => string
): Record<string, string> {
  const result: Record<string, string> = {}
  for (const pair of text.split(separator).filter(Boolean)) {
    const equals = pair.indexOf('=')
    if (equals > 0 && equals < pair.length - 1) {
      result[pair.slice(0, equals).toLowerCase()] = unescape(pair.slice(equals + 1))
    }
  }
  return result
}

function parseV2(line: string, registered: Set<string>): RunnerCommand | undefined {
  const message = line.replace(/^\s+/u, '')
  if (!message.startsWith('::')) return undefined
  const end = message.indexOf('::', 2)
  if (end < 0) return undefined
  const info = message.slice(2, end)
  const space = info.indexOf(' ')
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase()
  if (!registered.has(name)) return undefined
  return {
    command: name,
    properties: space > 0 ? properties(info.slice(space + 1).trim(), ',', unescapeProperty) : {},
    data: unescapeData(message.slice(end + 2)),
    line
  }
}

function parseV1(line: string, registered: Set<string>): RunnerCommand | undefined {
  const prefix = line.indexOf('##[')
  if (prefix < 0) return undefined
  const bracket = line.indexOf(']', prefix)
  if (bracket < 0) return undefined
  const info = line.slice(prefix + 3, bracket)
  const space = info.indexOf(' ')
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase()
  if (!registered.has(name)) return undefined
  return {
    command: name,
    properties: space > 0 ? properties(info.slice(space + 1), ';', unescapeLegacy) : {},
    data: unescapeLegacy(line.slice(bracket + 1)),
    line
  }
}

/** Every command a runner would process in `output`, in order (stop-commands and resumes included). */
export function runnerCommands(output: string): RunnerCommand[] {
  const registered = new Set<string>(RUNNER_COMMANDS)
  const processed: RunnerCommand[] = []
  let stopToken: string | undefined
  for (const line of output.split(/\r\n|\r|\n/)) {
    if (line === '') continue
    const command = parseV2(line, registered) ?? parseV1(line, registered)
    if (!command) continue
    if (stopToken !== undefined) {
      if (command.command === stopToken) {
        registered.delete(stopToken)
        stopToken = undefined
        processed.push(command)
      }
      continue
    }
    if (command.command === 'stop-commands') {
      stopToken = command.data.toLowerCase()
      registered.add(stopToken)
    }
    processed.push(command)
  }
  return processed
}

/**
 * The commands that `marker` smuggled in: any processed command whose data or a property starts
 * with the marker, or a stop/resume whose token holds it. A command the action meant to write
 * (an annotation quoting hostile text) has the marker inside its data, never at its start.
 */
export function injectedCommands(output: string, marker: string): RunnerCommand[] {
  return runnerCommands(output).filter(
    (command) =>
      command.command.includes(marker.toLowerCase()) ||
      command.data.startsWith(marker) ||
      Object.values(command.properties).some((value) => value.startsWith(marker))
  )
}
