import MarkdownIt from 'markdown-it'
import {
  closeOpenFences,
  code,
  fence,
  longestBacktickRun,
  text
} from '../../src/report/markdown.ts'

const render = (markdown: string) => new MarkdownIt({ html: true }).render(markdown)
const HOSTILE = '```\n</details><img src="https://attacker.example/x.png">\n````\n'

describe('markdown', () => {
  it('fence: no backtick run inside can close it', () => {
    const html = render(fence('text', HOSTILE).join('\n'))
    expect(html).not.toMatch(/<img/)
    expect(html).toContain('&lt;img')
  })

  it('code and text keep HTML literal', () => {
    for (const markdown of [code(HOSTILE), code(HOSTILE, true), text(HOSTILE)]) {
      expect(render(markdown)).not.toMatch(/<img|<\/details>/)
    }
  })

  it('closeOpenFences closes a cut block with a fence as long as its opening', () => {
    const cut = ['intro', '`````diff', '- a', '```', '+ b'].join('\n')
    const closed = closeOpenFences(cut)
    expect(closed.endsWith('\n`````')).toBe(true)
    expect(render(`${closed}\n\n<img src=x>`)).toMatch(/<img src=x>/)
    expect(closeOpenFences('```\na\n```\nb')).toBe('```\na\n```\nb')
  })

  it('longestBacktickRun copes with many runs', () => {
    expect(longestBacktickRun('`a``b'.repeat(100_000))).toBe(2)
  })
})
