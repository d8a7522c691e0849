import { lazy, type ReactNode } from 'react'
import { createBrowserRouter } from 'react-router'
import { RequireAdmin } from '../auth/require-admin.tsx'
import { RequireSignedIn } from '../auth/require-signed-in.tsx'
import { AccountPage } from '../pages/account/account-page.tsx'
import { LoginPage } from '../pages/account/login-page.tsx'
import { RegisterPage } from '../pages/account/register-page.tsx'
import { CartPage } from '../pages/cart/cart-page.tsx'
import { CatalogPage } from '../pages/catalog/catalog-page.tsx'
import { NotFoundPage } from '../pages/not-found/not-found-page.tsx'
import { NotificationsPage } from '../pages/notifications/notifications-page.tsx'
import { OrderPage } from '../pages/order/order-page.tsx'
import { OrdersPage } from '../pages/orders/orders-page.tsx'
import { ProductPage } from '../pages/product/product-page.tsx'
import { Layout } from './layout.tsx'
import { RouteError } from './route-error.tsx'

// Checkout and admin are loaded when first opened: most visits never need them.
const CheckoutPage = lazy(() => import('../pages/checkout/checkout-page.tsx'))
const AdminRoutes = lazy(() => import('../pages/admin/admin-routes.tsx'))

const signedIn = (page: ReactNode) => <RequireSignedIn>{page}</RequireSignedIn>

export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <CatalogPage /> },
      { path: 'products/:productId', element: <ProductPage /> },
      { path: 'cart', element: <CartPage /> },
      { path: 'checkout', element: signedIn(<CheckoutPage />) },
      { path: 'orders', element: signedIn(<OrdersPage />) },
      { path: 'orders/:orderId', element: signedIn(<OrderPage />) },
      { path: 'notifications', element: signedIn(<NotificationsPage />) },
      { path: 'account', element: signedIn(<AccountPage />) },
      { path: 'login', element: <LoginPage /> },
      { path: 'register', element: <RegisterPage /> },
      { path: 'admin/*', element: <RequireAdmin><AdminRoutes /></RequireAdmin> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
])
