import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { deleteProduct } from '../../api/catalog-admin.ts'
import { productsKey, type Product } from '../../api/catalog.ts'
import { ErrorNotice } from '../../components/error-notice.tsx'

export function DeleteProduct({ product }: { product: Product }) {
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [confirming, setConfirming] = useState(false)
  const remove = useMutation({
    mutationFn: () => deleteProduct(product.product_id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: productsKey })
      await navigate('/admin/products', { replace: true })
    },
  })
  return (
    <section className="panel panel--danger" aria-labelledby="delete-title">
      <h2 id="delete-title">Delete</h2>
      {confirming ? (
        <div className="confirm" role="group" aria-label="Confirm deletion">
          <p>Delete {product.name}? Shoppers will no longer find it. This cannot be undone.</p>
          <button type="button" className="button button--danger" disabled={remove.isPending} onClick={() => remove.mutate()}>Yes, delete it</button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>Keep it</button>
        </div>
      ) : (
        <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>Delete product</button>
      )}
      {remove.isError && <ErrorNotice error={remove.error} />}
    </section>
  )
}
