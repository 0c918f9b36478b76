import type { ReactNode } from 'react'

export const PAGE_HEADING_ID = 'page-heading'

/** The page's one h1; focusable so route changes can move focus to it. */
export function PageHeading({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <h1 id={PAGE_HEADING_ID} tabIndex={-1} className={className ?? 'heading-l'}>
      {children}
    </h1>
  )
}
