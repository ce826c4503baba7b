// IAM's wildcard patterns (* and ?): does one pattern cover, or overlap, another?

/**
 * True when every string matched by `required` (a pattern itself; a plain string matches only
 * itself) is matched by `pattern`. A '*' or '?' in `required` is only covered by a wildcard of
 * `pattern` that matches at least as much, never by a literal character.
 */
export function patternCovers(pattern: string, required: string, ignoreCase = false): boolean {
  const p = ignoreCase ? pattern.toLowerCase() : pattern
  const r = ignoreCase ? required.toLowerCase() : required
  const memo = new Map<number, boolean>()
  const covers = (i: number, j: number): boolean => {
    const key = i * (r.length + 1) + j
    const known = memo.get(key)
    if (known !== undefined) return known
    let result: boolean
    if (i === p.length) result = j === r.length
    else if (p[i] === '*') result = covers(i + 1, j) || (j < r.length && covers(i, j + 1))
    else if (j === r.length || r[j] === '*') result = false
    else if (p[i] === '?') result = covers(i + 1, j + 1)
    else result = r[j] !== '?' && p[i] === r[j] && covers(i + 1, j + 1)
    memo.set(key, result)
    return result
  }
  return covers(0, 0)
}

/** True when some string is matched by both patterns. */
export function patternsOverlap(a: string, b: string, ignoreCase = false): boolean {
  const x = ignoreCase ? a.toLowerCase() : a
  const y = ignoreCase ? b.toLowerCase() : b
  const memo = new Map<number, boolean>()
  const overlap = (i: number, j: number): boolean => {
    const key = i * (y.length + 1) + j
    const known = memo.get(key)
    if (known !== undefined) return known
    let result: boolean
    if (i === x.length && j === y.length) result = true
    else if (x[i] === '*') result = overlap(i + 1, j) || (j < y.length && overlap(i, j + 1))
    else if (y[j] === '*') result = overlap(i, j + 1) || (i < x.length && overlap(i + 1, j))
    else if (i === x.length || j === y.length) result = false
    else result = (x[i] === '?' || y[j] === '?' || x[i] === y[j]) && overlap(i + 1, j + 1)
    memo.set(key, result)
    return result
  }
  return overlap(0, 0)
}
