import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Link, useLocation, useNavigate, useParams } from 'react-router'
import { createProduct, updateProduct, type ProductFields } from '../../api/catalog-admin.ts'
import { getProduct, productKey, productsKey } from '../../api/catalog.ts'
import { ErrorNotice } from '../../components/error-notice.tsx'
import { Loading } from '../../components/loading.tsx'
import { usePageTitle } from '../../components/use-page-title.ts'
import { DeleteProduct } from './delete-product.tsx'
import { draftOf, ProductForm } from './product-form.tsx'
import { StockPanel } from './stock-panel.tsx'

function NewProduct() {
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  usePageTitle('Admin: new product')
  const create = useMutation({
    mutationFn: ({ fields, stock }: { fields: ProductFields; stock: number }) => createProduct({ ...fields, stock }),
    onSuccess: async (product) => {
      await queryClient.invalidateQueries({ queryKey: productsKey })
      await navigate(`/admin/products/${product.product_id}`, { replace: true, state: { created: true } })
    },
  })
  return (
    <section className="panel" aria-labelledby="editor-title">
      <h2 id="editor-title">New product</h2>
      <ProductForm initial={draftOf()} withStock submitLabel="Create product" busy={create.isPending} onSubmit={(fields, stock) => create.mutate({ fields, stock })} />
      {create.isError && <ErrorNotice error={create.error} title="The product was not created." />}
    </section>
  )
}

function EditProduct({ productId }: { productId: string }) {
  const location = useLocation()
  const queryClient = useQueryClient()
  const product = useQuery({ queryKey: productKey(productId), queryFn: ({ signal }) => getProduct(productId, signal) })
  usePageTitle(product.data === undefined ? 'Admin: product' : `Admin: ${product.data.name}`)
  const save = useMutation({
    mutationFn: (fields: ProductFields) => updateProduct(productId, fields),
    onSuccess: async (updated) => {
      queryClient.setQueryData(productKey(productId), updated)
      await queryClient.invalidateQueries({ queryKey: productsKey })
    },
  })
  if (product.isError) return <ErrorNotice error={product.error} title="This product could not be loaded." />
  if (product.data === undefined) return <Loading label="Loading the product…" />
  const created = (location.state as { created?: boolean } | null)?.created === true

  return (
    <div className="admin__editor">
      <section className="panel" aria-labelledby="editor-title">
        <h2 id="editor-title">{product.data.name}</h2>
        <div role="status">
          {created && !save.isSuccess && <p className="notice notice--success">Product created. <Link to={`/products/${productId}`}>See it in the shop</Link></p>}
          {save.isSuccess && <p className="notice notice--success">Changes saved.</p>}
        </div>
        <ProductForm key={product.data.updated_at} initial={draftOf(product.data)} withStock={false} submitLabel="Save changes" busy={save.isPending} onSubmit={(fields) => save.mutate(fields)} />
        {save.isError && <ErrorNotice error={save.error} title="The changes were not saved." />}
      </section>
      <div className="admin__side">
        <StockPanel productId={productId} />
        <DeleteProduct product={product.data} />
      </div>
    </div>
  )
}

export function ProductEditor() {
  const { productId } = useParams()
  return (
    <>
      <p><Link to="/admin/products">← All products</Link></p>
      {productId === undefined ? <NewProduct /> : <EditProduct productId={productId} />}
    </>
  )
}
