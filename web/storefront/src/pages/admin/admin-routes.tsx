import { NavLink, Navigate, Route, Routes } from 'react-router'
import { OrdersAdmin } from './orders-admin.tsx'
import { ProductEditor } from './product-editor.tsx'
import { ProductsAdmin } from './products-admin.tsx'
import './admin.css'

/** The back office: products, their stock, and every order. */
export default function AdminRoutes() {
  return (
    <div className="page admin">
      <div className="admin__head">
        <h1>Admin</h1>
        <nav aria-label="Admin" className="tabs">
          <NavLink to="/admin/products" className="tabs__tab">Products</NavLink>
          <NavLink to="/admin/orders" className="tabs__tab">Orders</NavLink>
        </nav>
      </div>
      <Routes>
        <Route index element={<Navigate to="products" replace />} />
        <Route path="products" element={<ProductsAdmin />} />
        <Route path="products/new" element={<ProductEditor />} />
        <Route path="products/:productId" element={<ProductEditor />} />
        <Route path="orders" element={<OrdersAdmin />} />
        <Route path="*" element={<Navigate to="products" replace />} />
      </Routes>
    </div>
  )
}
