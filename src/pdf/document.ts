import { withoutBidiControls, type Locale } from '../rules'

/**
 * A PDF as a list of typed blocks in reading order. The renderer knows how to lay out and tag
 * each kind, so a new document (a conversation card, a version for the parent) is a new list of
 * blocks, not a change to the renderer.
 */
export interface PdfDocument {
  language: Locale
  /** The document title: shown by PDF readers instead of the file name. */
  title: string
  /** Shown in the document properties. */
  subject?: string
  blocks: PdfBlock[]
  footer: PdfFooter | null
  /** Smaller type and tighter spacing, e.g. for a card that must fit on one page. */
  compact?: boolean
  /**
   * Set a little smaller, step by step, when it does not fit on one page (never below
   * `ONE_PAGE_STEPS`' last); what still does not fit goes on to a second page.
   */
  onePage?: boolean
}

/** `pageTemplate` holds `{n}` and `{total}`, e.g. "Pagina {n} van {total}". */
export interface PdfFooter {
  text: string
  pageTemplate: string
}

export type PdfBlock = HeadingBlock | ParagraphBlock | ChecklistBlock | RowsBlock | ListBlock | LinesBlock | SpaceBlock

/** Level 1 is the document's title; a heading always stays on a page with what follows it. */
export interface HeadingBlock {
  kind: 'heading'
  level: 1 | 2 | 3
  text: string
}

export interface ParagraphBlock {
  kind: 'paragraph'
  text: string
  /** `lead` is larger (a subtitle), `muted` smaller and grey (a remark, a source). */
  tone?: 'normal' | 'lead' | 'muted'
  /** Push this paragraph (and the blocks after it) to the bottom of the last page. */
  atPageEnd?: boolean
}

/** Things to do, each with a box to tick: tagged as a list whose items are the checklist items. */
export interface ChecklistBlock {
  kind: 'checklist'
  items: PdfItem[]
  /** What a screen reader says for a ticked and an unticked box, e.g. "Gedaan", "Niet gedaan". */
  stateLabels: { checked: string; unchecked: string }
}

export interface PdfItem {
  checked: boolean
  title: string
  text?: string
  /** The label above the example sentences, e.g. "Wat je kunt zeggen". */
  scriptsLabel?: string
  scripts: PdfScript[]
  note: string | null
}

/** An example sentence; `origin` is a label such as "uit de handreiking", drawn when given. */
export interface PdfScript {
  text: string
  origin: string | null
}

/** Label and value side by side, e.g. "Wanneer" – "zaterdag 12 december". */
export interface RowsBlock {
  kind: 'rows'
  rows: { label: string; value: string }[]
}

/** `lead` is set before the text in bold, e.g. a time in an agenda. */
export interface ListBlock {
  kind: 'list'
  ordered: boolean
  items: { lead?: string; text: string }[]
}

/** Ruled lines to write on by hand; `fill` rules the rest of the page. */
export interface LinesBlock {
  kind: 'lines'
  count: number | 'fill'
}

export interface SpaceBlock {
  kind: 'space'
  points: number
}

/** Every piece of text the document will draw, to check that the fonts can draw it. */
export function documentTexts(document: PdfDocument): string[] {
  const texts = [document.title, ...(document.footer ? [document.footer.text, document.footer.pageTemplate] : [])]
  for (const block of document.blocks) texts.push(...blockTexts(block))
  return texts
}

function blockTexts(block: PdfBlock): string[] {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return [block.text]
    case 'checklist':
      return block.items.flatMap((item) => [
        item.title,
        item.text ?? '',
        item.scriptsLabel ?? '',
        ...item.scripts.flatMap((script) => [script.text, script.origin ?? '']),
        item.note ?? '',
      ])
    case 'rows':
      return block.rows.flatMap((row) => [row.label, row.value])
    case 'list':
      return block.items.flatMap((item) => [item.lead ?? '', item.text])
    case 'lines':
    case 'space':
      return []
  }
}

/**
 * The document with every text it draws free of characters that turn the text around
 * (rules/bidi.ts): a name typed as "Sem\u202Efdp.exe" is drawn as it was typed, "Semfdp.exe".
 */
export function withoutTurningCharacters(document: PdfDocument): PdfDocument {
  const clean = withoutBidiControls
  return {
    ...document,
    title: clean(document.title),
    ...(document.subject === undefined ? {} : { subject: clean(document.subject) }),
    blocks: document.blocks.map((block) => cleanBlock(block, clean)),
  }
}

function cleanBlock(block: PdfBlock, clean: (text: string) => string): PdfBlock {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return { ...block, text: clean(block.text) }
    case 'checklist':
      return {
        ...block,
        items: block.items.map((item) => ({
          ...item,
          title: clean(item.title),
          ...(item.text === undefined ? {} : { text: clean(item.text) }),
          scripts: item.scripts.map((script) => ({ ...script, text: clean(script.text) })),
          note: item.note === null ? null : clean(item.note),
        })),
      }
    case 'rows':
      return { ...block, rows: block.rows.map((row) => ({ ...row, value: clean(row.value) })) }
    case 'list':
      return { ...block, items: block.items.map((item) => ({ ...item, text: clean(item.text) })) }
    case 'lines':
    case 'space':
      return block
  }
}
