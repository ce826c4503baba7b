// A GitHub REST double on 127.0.0.1 for the issue-comment calls the action makes:
//   GET   {base}/repos/{owner}/{repo}/issues/{number}/comments   (paginated, Link header)
//   POST  {base}/repos/{owner}/{repo}/issues/{number}/comments
//   PATCH {base}/repos/{owner}/{repo}/issues/comments/{id}
//   POST  {base}/graphql (/api/graphql for GHES)                     `query { viewer { login } }`
// Like GitHub, it lets the token edit any comment of the repository: only the action's own author
// check keeps it from editing someone else's.
// It checks the token (`token X` or `Bearer X`, as GitHub accepts both), records every call, and
// can refuse writes with 403 the way a fork's read-only GITHUB_TOKEN is refused.

import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface LocalGitHubOptions {
  token: string
  /** The account behind the token, as GraphQL's viewer and comment authors name it. */
  login?: string
  /** Path of the API root: '' like api.github.com, '/api/v3' like GitHub Enterprise Server. */
  basePath?: string
  /** Page size when the client asks for none (GitHub's default is 30, its maximum 100). */
  defaultPerPage?: number
}

export interface LocalComment {
  id: number
  owner: string
  repo: string
  issueNumber: number
  body: string
  login: string
}

export interface RecordedCall {
  method: string
  /** Path below the API root, query included. */
  path: string
  status: number
  body?: unknown
}

export interface LocalGitHub {
  /** The API root to hand to the client (GITHUB_API_URL). */
  url: string
  calls: RecordedCall[]
  comments: LocalComment[]
  /** Seeds a comment, as if someone had written it earlier. */
  addComment(comment: Omit<LocalComment, 'id'>): LocalComment
  /** When true, POST and PATCH answer 403 "Resource not accessible by integration". */
  forbidWrites: boolean
  close(): Promise<void>
}

const BOT_LOGIN = 'github-actions[bot]'

export async function startLocalGitHub(options: LocalGitHubOptions): Promise<LocalGitHub> {
  const basePath = options.basePath ?? ''
  const login = options.login ?? BOT_LOGIN
  const defaultPerPage = options.defaultPerPage ?? 30
  const comments: LocalComment[] = []
  const calls: RecordedCall[] = []
  let nextId = 1000
  let origin = ''

  const addComment = (comment: Omit<LocalComment, 'id'>): LocalComment => {
    const stored = { ...comment, id: nextId++ }
    comments.push(stored)
    return stored
  }
  const toJson = (comment: LocalComment): Record<string, unknown> => {
    const apiPath = `/repos/${comment.owner}/${comment.repo}/issues/comments/${comment.id}`
    return {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url: `${origin}${basePath}${apiPath}`,
      html_url: `${origin}/${comment.owner}/${comment.repo}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
      body: comment.body,
      user: { login: comment.login, type: comment.login.endsWith('[bot]') ? 'Bot' : 'User' }
    }
  }

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', origin)
    const method = request.method ?? 'GET'
    const path = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : ''
    const raw = await readBody(request)
    const body = raw === '' ? undefined : (JSON.parse(raw) as unknown)
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}): void => {
      calls.push({
        method,
        path: `${path}${url.search}`,
        status,
        ...(body === undefined ? {} : { body })
      })
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
      response.end(JSON.stringify(payload))
    }

    const presented = /^(?:token|bearer) (.+)$/i.exec(request.headers.authorization ?? '')?.[1]
    if (presented !== options.token) {
      send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' })
      return
    }

    // GraphQL: the root is /graphql beside api.github.com's REST root, /api/graphql on GHES.
    const graphqlPath = basePath === '/api/v3' ? '/api/graphql' : `${basePath}/graphql`
    if (url.pathname === graphqlPath && method === 'POST') {
      const query = String((body as { query?: unknown } | undefined)?.query ?? '')
      if (/^\s*(?:query\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query)) {
        send(200, { data: { viewer: { login } } })
      } else {
        send(200, { errors: [{ message: 'this double answers only { viewer { login } }' }] })
      }
      return
    }

    const listOrCreate = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(path)
    const edit = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(path)
    const forbidden = { message: 'Resource not accessible by integration', status: '403' }

    if (listOrCreate && method === 'GET') {
      const [, owner = '', repo = '', number = ''] = listOrCreate
      const onIssue = comments.filter(
        (comment) =>
          comment.owner === owner && comment.repo === repo && comment.issueNumber === Number(number)
      )
      const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? defaultPerPage))
      const page = Number(url.searchParams.get('page') ?? 1)
      const lastPage = Math.max(1, Math.ceil(onIssue.length / perPage))
      const links: string[] = []
      const pageUrl = (target: number): string => {
        const next = new URL(url)
        next.searchParams.set('page', String(target))
        next.searchParams.set('per_page', String(perPage))
        return next.toString()
      }
      if (page < lastPage)
        links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`)
      if (page > 1) links.push(`<${pageUrl(page - 1)}>; rel="prev"`, `<${pageUrl(1)}>; rel="first"`)
      const slice = onIssue.slice((page - 1) * perPage, page * perPage)
      send(200, slice.map(toJson), links.length > 0 ? { link: links.join(', ') } : {})
      return
    }
    if (listOrCreate && method === 'POST') {
      if (localGitHub.forbidWrites) return send(403, forbidden)
      const [, owner = '', repo = '', number = ''] = listOrCreate
      const text = (body as { body?: unknown } | undefined)?.body
      if (typeof text !== 'string') return send(422, { message: 'Validation Failed' })
      send(201, toJson(addComment({ owner, repo, issueNumber: Number(number), body: text, login })))
      return
    }
    if (edit && method === 'PATCH') {
      if (localGitHub.forbidWrites) return send(403, forbidden)
      const [, owner = '', repo = '', id = ''] = edit
      const comment = comments.find(
        (candidate) =>
          candidate.owner === owner && candidate.repo === repo && candidate.id === Number(id)
      )
      if (!comment) return send(404, { message: 'Not Found' })
      const text = (body as { body?: unknown } | undefined)?.body
      if (typeof text !== 'string') return send(422, { message: 'Validation Failed' })
      comment.body = text
      send(200, toJson(comment))
      return
    }
    send(404, { message: 'Not Found' })
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ message: String(error) }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const localGitHub: LocalGitHub = {
    url: `${origin}${basePath}`,
    calls,
    comments,
    addComment,
    forbidWrites: false,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      })
  }
  return localGitHub
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
