// What dist/ gets for `undici` (tsconfig.json `paths`, which ncc resolves for every import):
// @actions/http-client and @actions/github import undici at the top, for a proxy agent and a
// proxied fetch that only the pull-request comment uses, yet evaluating undici took about 45 ms of
// every run's start. Here undici is a chunk of its own, loaded by the comment (`loadUndici`) before
// Octokit exists, or by the first fetch. Outside the bundle (tests) nothing maps to this file.
interface Undici {
  ProxyAgent: new (...args: unknown[]) => object
  fetch: (...args: unknown[]) => Promise<unknown>
}

let undici: Undici | undefined

export async function loadUndici(): Promise<void> {
  const loaded = (await import('undici/index.js')) as unknown as Undici & { default?: Undici }
  undici ??= loaded.default ?? loaded
}

export class ProxyAgent {
  constructor(...args: unknown[]) {
    if (!undici) throw new Error('undici is used before loadUndici() loaded it')
    return new undici.ProxyAgent(...args)
  }
}

export async function fetch(...args: unknown[]): Promise<unknown> {
  await loadUndici()
  return (undici as Undici).fetch(...args)
}
