/**
 * The few browser APIs the checks read inside the page. The project type-checks without the DOM
 * library, so a function run by `page.evaluate` reaches them through `globalThis as unknown as
 * InPageWindow`; the cast is erased, so the function still runs as written in the page.
 */
export interface InPageRect {
  x: number
  y: number
  width: number
  height: number
  right: number
}

export interface InPageStyle {
  outlineStyle: string
  outlineWidth: string
  boxShadow: string
}

export interface InPageElement {
  tagName: string
  id: string
  className: unknown
  parentElement: InPageElement | null
  getBoundingClientRect(): InPageRect
  contains(other: InPageElement): boolean
}

export interface InPageImage extends InPageElement {
  complete: boolean
  naturalWidth: number
}

export interface InPageShift {
  value: number
  hadRecentInput: boolean
  sources: { node: InPageElement | null }[]
}

export interface InPageWindow {
  innerWidth: number
  innerHeight: number
  document: {
    documentElement: { scrollWidth: number }
    activeElement: InPageElement | null
    images: ArrayLike<InPageImage>
    querySelectorAll(selector: string): ArrayLike<InPageElement>
    elementFromPoint(x: number, y: number): InPageElement | null
  }
  getComputedStyle(element: InPageElement): InPageStyle
  requestAnimationFrame(callback: () => void): number
  PerformanceObserver: new (callback: (list: { getEntries(): InPageShift[] }) => void) => {
    observe(options: { type: string; buffered: boolean }): void
  }
  /** Layout shifts seen so far, recorded by `watchLayoutShifts`. */
  layoutShifts?: { value: number; sources: string[] }[]
}
