import { useEffect } from 'react'

/** Names the page in the tab and for screen readers announcing the navigation. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title === undefined ? 'Bazaar' : `${title} · Bazaar`
  }, [title])
}
