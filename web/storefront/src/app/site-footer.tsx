export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>Bazaar, a demo shop: payments use test cards and no real money moves.</p>
    </footer>
  )
}
