// How an input error reads: one line that names the input, says what is wrong and how to fix it;
// values quoted and escaped, characters named. Shared by every input parser.
import { InputError } from '../common/errors.ts'

export function fail(input: string, problem: string): never {
  throw new InputError(`Input ${input}: ${problem}`)
}

/** A value as it appears in a message: quoted, escaped, shortened when long. */
export function show(value: string): string {
  const chars = [...value]
  return JSON.stringify(chars.length > 80 ? `${chars.slice(0, 77).join('')}...` : value)
}

/** One character as a person reads it in a message. */
export function showCharacter(character: string): string {
  const codePoint = character.codePointAt(0) ?? 0
  const unicode = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`
  if (character === ' ') return 'a space'
  if (codePoint < 0x20 || codePoint === 0x7f) return `a control character (${unicode})`
  if (codePoint > 0x7e) return `"${character}" (${unicode}, not ASCII)`
  return JSON.stringify(character)
}

export function oneOf<T extends string>(input: string, raw: string, allowed: readonly T[]): T {
  const match = allowed.find((value) => value === raw)
  if (match === undefined) fail(input, `${show(raw)} is not one of ${allowed.join(', ')}.`)
  return match
}

/** Booleans as core.getBooleanInput reads them (YAML 1.2 core schema); '' means the default. */
export function parseBoolean(input: string, raw: string, defaultValue: boolean): boolean {
  if (raw === '') return defaultValue
  if (['true', 'True', 'TRUE'].includes(raw)) return true
  if (['false', 'False', 'FALSE'].includes(raw)) return false
  return fail(input, `${show(raw)} is not a boolean; use true or false.`)
}
