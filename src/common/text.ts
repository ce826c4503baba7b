// Text folded to one line: every line break (\r, \n or both) with the white space around it
// becomes one space. For messages and log lines built from values that may span lines.
export function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ')
}
