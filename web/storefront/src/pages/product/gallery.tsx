import { useState } from 'react'
import { ProductImage } from '../../components/product-image.tsx'

/** The product's pictures: one large, the others as buttons that bring them forward. */
export function Gallery({ images, name }: { images: string[]; name: string }) {
  const [shown, setShown] = useState(0)
  const current = images[shown] ?? images[0]
  return (
    <div className="gallery">
      {current !== undefined && <ProductImage src={current} alt={name} size={480} eager />}
      {images.length > 1 && (
        <ul className="gallery__thumbs" aria-label="More pictures">
          {images.map((image, index) => (
            <li key={image}>
              <button type="button" aria-pressed={index === shown} aria-label={`Picture ${index + 1} of ${images.length}`} onClick={() => setShown(index)}>
                <ProductImage src={image} alt="" size={72} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
