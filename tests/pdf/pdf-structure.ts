import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** A structure element as a screen reader meets it: its role, alternate text, and the text inside. */
export interface StructNode {
  role: string
  alt?: string
  lang?: string
  text: string
  children: StructNode[]
}

interface RawNode {
  role?: string
  alt?: string
  lang?: string
  type?: string
  id?: string
  children?: RawNode[]
}

/**
 * The structure tree of every page, with the text of each marked-content piece filled in,
 * plus the document's language. pdfjs gives a tree per page, holding the elements that have
 * content on that page.
 */
export async function pdfStructure(bytes: Uint8Array) {
  const pdf = await getDocument({ data: new Uint8Array(bytes) }).promise
  const pages: StructNode[] = []
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n)
    const texts = await markedTexts(page)
    const tree = (await page.getStructTree()) as unknown as RawNode
    pages.push(toNode(tree, texts)!)
  }
  const info = (await pdf.getMetadata()).info as { Language?: string }
  // What `pdfinfo` reports as "Tagged: yes": the catalogue's MarkInfo says the content is marked.
  const marked = (await pdf.getMarkInfo())?.Marked === true
  return { pages, language: info.Language, marked }
}

async function markedTexts(page: { getTextContent: (p: object) => Promise<{ items: unknown[] }> }) {
  const texts = new Map<string, string>()
  const open: string[] = []
  for (const item of (await page.getTextContent({ includeMarkedContent: true })).items as {
    type?: string
    id?: string
    str?: string
    hasEOL?: boolean
  }[]) {
    if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') open.push(item.id ?? '')
    else if (item.type === 'endMarkedContent') open.pop()
    else if (item.str !== undefined && open.at(-1)) {
      const id = open.at(-1)!
      texts.set(id, (texts.get(id) ?? '') + item.str + (item.hasEOL ? ' ' : ''))
    }
  }
  return texts
}

/** pdfjs lists every child element on every page its parent touches; keep those with content here. */
function toNode(raw: RawNode, texts: Map<string, string>): StructNode | null {
  const kids = raw.children ?? []
  const children = kids.filter((c) => c.type !== 'content').flatMap((c) => toNode(c, texts) ?? [])
  const contents = kids.filter((c) => c.type === 'content')
  if (contents.length === 0 && children.length === 0 && raw.role !== 'Root') return null
  const own = contents.map((c) => texts.get(c.id ?? '') ?? '')
  const text = [...own, ...children.map((c) => c.text)].join(' ').replace(/\s+/g, ' ').trim()
  return {
    role: raw.role ?? '',
    text,
    children,
    ...(raw.alt ? { alt: raw.alt } : {}),
    ...(raw.lang ? { lang: raw.lang } : {}),
  }
}

/** Every element with the role, in reading order (depth first), page after page. */
export function findAll(pages: StructNode[], role: string): StructNode[] {
  const found: StructNode[] = []
  const walk = (node: StructNode) => {
    if (node.role === role) found.push(node)
    node.children.forEach(walk)
  }
  pages.forEach(walk)
  return found
}
