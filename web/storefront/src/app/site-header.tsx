import { Link, NavLink, useNavigate } from 'react-router'
import { useAuth } from '../auth/auth-context.ts'
import { useCart } from '../cart/use-cart.ts'
import { SearchBox } from './search-box.tsx'

function CartLink() {
  const { cart } = useCart()
  const count = cart?.item_count ?? 0
  return (
    <NavLink to="/cart" className="nav-link" aria-label={`Cart, ${count} ${count === 1 ? 'item' : 'items'}`}>
      Cart
      <span className="nav-link__count" aria-hidden="true">{count}</span>
    </NavLink>
  )
}

export function SiteHeader() {
  const auth = useAuth()
  const navigate = useNavigate()
  const logOut = async () => {
    await auth.logOut()
    await navigate('/')
  }
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="brand" aria-label="Bazaar home">
          <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true">
            <rect width="32" height="32" rx="8" />
            <path d="M9 12h14l-1.5 11a2 2 0 0 1-2 1.7h-7a2 2 0 0 1-2-1.7z" fill="#fff" />
            <path d="M12.5 12V10a3.5 3.5 0 0 1 7 0v2" fill="none" stroke="#fff" strokeWidth="2" />
          </svg>
          <span className="brand__name">Bazaar</span>
        </Link>
        <SearchBox />
        <nav className="site-nav" aria-label="Main">
          {auth.isAdmin && <NavLink to="/admin" className="nav-link">Admin</NavLink>}
          {auth.signedIn ? (
            <>
              <NavLink to="/orders" className="nav-link">Orders</NavLink>
              <NavLink to="/notifications" className="nav-link">Notifications</NavLink>
              <NavLink to="/account" className="nav-link">Account</NavLink>
              <button type="button" className="nav-link nav-link--button" onClick={() => void logOut()}>Log out</button>
            </>
          ) : (
            <>
              <NavLink to="/login" className="nav-link">Log in</NavLink>
              <NavLink to="/register" className="nav-link">Register</NavLink>
            </>
          )}
          <CartLink />
        </nav>
      </div>
    </header>
  )
}
