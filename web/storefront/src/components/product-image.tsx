/** A product picture with its size reserved before it loads, so nothing moves when it arrives. */
export function ProductImage({ src, alt, size = 200, eager = false }: { src: string; alt: string; size?: number; eager?: boolean }) {
  return (
    <img
      className="product-image"
      src={src}
      alt={alt}
      width={size}
      height={size}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
    />
  )
}
