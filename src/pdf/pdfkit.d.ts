// The parts of PDFKit 0.20 and fontkit 2 this app uses; neither package ships its own types.

declare module 'fontkit' {
  export interface Font {
    layout(text: string, features?: string[]): unknown
  }
  export function create(data: Uint8Array, postscriptName?: string): Font
}

declare module 'pdfkit' {
  import type { Font } from 'fontkit'

  export interface StructureContent {
    readonly refs: unknown[]
  }

  export interface StructureElement {
    add(child: StructureElement | StructureContent): StructureElement
    end(): void
  }

  export interface StructureOptions {
    title?: string
    lang?: string
    alt?: string
    actual?: string
  }

  export interface TextOptions {
    lineBreak?: boolean
    baseline?: 'alphabetic' | 'top'
    features?: string[]
  }

  export interface DocumentOptions {
    size?: 'A4'
    margin?: number
    font?: null
    bufferPages?: boolean
    autoFirstPage?: boolean
    tagged?: boolean
    lang?: string
    pdfVersion?: '1.7'
    displayTitle?: boolean
    compress?: boolean
    info?: Record<string, string | Date>
  }

  export default class PDFDocument {
    constructor(options?: DocumentOptions)
    registerFont(name: string, source: Uint8Array | Font): this
    font(name: string): this
    fontSize(size: number): this
    fillColor(color: string): this
    strokeColor(color: string): this
    lineWidth(width: number): this
    text(text: string, x: number, y: number, options?: TextOptions): this
    widthOfString(text: string, options?: TextOptions): number
    moveTo(x: number, y: number): this
    lineTo(x: number, y: number): this
    rect(x: number, y: number, width: number, height: number): this
    stroke(): this
    addPage(): this
    continueOnNewPage(): this
    switchToPage(index: number): unknown
    bufferedPageRange(): { start: number; count: number }
    struct(type: string, options?: StructureOptions): StructureElement
    addStructure(element: StructureElement): this
    markContent(tag: string, options?: { type?: string }): this
    markStructureContent(tag: string, options?: { lang?: string }): StructureContent
    endMarkedContent(): this
    end(): void
  }
}

declare module 'pdfkit/output' {
  import type PDFDocument from 'pdfkit'
  export function toBytes(document: PDFDocument): Promise<Uint8Array>
}
