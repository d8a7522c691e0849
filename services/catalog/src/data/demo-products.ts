import type { AttributeValue } from '../domain/product.ts'

/** The demo catalog created on first start (SEED_DEMO): prices in dollars, stock for inventory. */
export interface DemoProduct {
  name: string
  description: string
  price: number
  /** A slug of `demoCategories`. */
  category: string
  weightGrams: number
  stock: number
  attributes?: Record<string, AttributeValue>
}

export const demoCategories = [
  { slug: 'electronics', name: 'Electronics' },
  { slug: 'home-kitchen', name: 'Home & Kitchen' },
  { slug: 'books', name: 'Books' },
  { slug: 'outdoors', name: 'Outdoors' },
  { slug: 'apparel', name: 'Apparel' },
  { slug: 'toys-games', name: 'Toys & Games' },
] as const

export const demoProducts: readonly DemoProduct[] = [
  { name: 'Aurora 14 Laptop', description: 'A 14-inch ultralight laptop with a 2.8K display, 16 GB of memory and a 1 TB SSD. The aluminium chassis weighs just over a kilogram.', price: 1099.0, category: 'electronics', weightGrams: 1150, stock: 25, attributes: { screen_inches: 14, memory_gb: 16 } },
  { name: 'Pulse Wireless Headphones', description: 'Over-ear headphones with active noise cancelling and 40 hours of battery life. They fold flat into the included hard case.', price: 179.99, category: 'electronics', weightGrams: 260, stock: 60, attributes: { color: 'black', wireless: true } },
  { name: 'Beacon Smart Speaker', description: 'A compact speaker with room-filling sound and a built-in voice assistant. Pairs with other Beacon speakers for whole-home audio.', price: 89.0, category: 'electronics', weightGrams: 820, stock: 40 },
  { name: 'Tempo Fitness Watch', description: 'Tracks heart rate, sleep and more than 30 sports, with built-in GPS. Water resistant to 50 metres.', price: 149.5, category: 'electronics', weightGrams: 48, stock: 3 },
  { name: 'Quill E-Reader', description: 'A glare-free 7-inch paper-like screen with an adjustable warm light. Holds thousands of books and lasts weeks on a charge.', price: 129.99, category: 'electronics', weightGrams: 190, stock: 35 },
  { name: 'Volt 65W USB-C Charger', description: 'A pocket-sized gallium nitride charger that powers a laptop and a phone at the same time.', price: 39.99, category: 'electronics', weightGrams: 110, stock: 100 },
  { name: 'Lumen 4K Action Camera', description: 'Shoots stabilised 4K video at 60 frames per second and is waterproof to 10 metres without a case.', price: 249.0, category: 'electronics', weightGrams: 150, stock: 0 },
  { name: 'Cast Iron Skillet 10"', description: 'A pre-seasoned cast iron pan that goes from stovetop to oven to campfire. It only gets better with use.', price: 34.95, category: 'home-kitchen', weightGrams: 2300, stock: 45, attributes: { diameter_cm: 25 } },
  { name: 'Barista Pour-Over Coffee Set', description: 'A glass carafe, a stainless steel dripper and a gooseneck kettle for a slow, clean cup of coffee.', price: 64.0, category: 'home-kitchen', weightGrams: 1400, stock: 22 },
  { name: 'Chef\'s Knife 8"', description: 'A forged German steel chef\'s knife with a full tang and a comfortable pakkawood handle.', price: 79.99, category: 'home-kitchen', weightGrams: 240, stock: 30 },
  { name: 'Linen Duvet Cover', description: 'Stonewashed European linen that breathes in summer and stays cosy in winter. Queen size, with two pillowcases.', price: 159.0, category: 'home-kitchen', weightGrams: 1600, stock: 12, attributes: { size: 'queen', color: 'oat' } },
  { name: 'Ceramic Dinnerware Set', description: 'Sixteen hand-glazed stoneware pieces for four: dinner plates, side plates, bowls and mugs. Dishwasher safe.', price: 119.0, category: 'home-kitchen', weightGrams: 6200, stock: 8 },
  { name: 'Bamboo Cutting Board', description: 'A thick, knife-friendly bamboo board with a juice groove and side handles.', price: 24.5, category: 'home-kitchen', weightGrams: 900, stock: 80 },
  { name: 'Glass Food Storage Containers', description: 'Ten borosilicate glass containers with snap-lock lids that go from freezer to oven.', price: 42.99, category: 'home-kitchen', weightGrams: 3100, stock: 55 },
  { name: 'The Quiet Orchard', description: 'A novel about three generations of a family and the apple orchard that holds them together through a hard century.', price: 16.99, category: 'books', weightGrams: 420, stock: 70, attributes: { format: 'paperback', pages: 384 } },
  { name: 'Practical Distributed Systems', description: 'A hands-on guide to building services that stay correct under failure: queues, retries, idempotency and consensus explained with real code.', price: 54.0, category: 'books', weightGrams: 980, stock: 18, attributes: { format: 'hardcover', pages: 512 } },
  { name: 'Field Guide to Garden Birds', description: 'Four hundred colour illustrations and notes on song, nest and habitat for every common garden bird.', price: 22.5, category: 'books', weightGrams: 560, stock: 26 },
  { name: 'One Pan Weeknights', description: 'Ninety quick dinners that cook in a single pan, with shopping lists and make-ahead tips.', price: 27.99, category: 'books', weightGrams: 870, stock: 33 },
  { name: 'The Cartographer\'s Daughter', description: 'A mystery set in 1890s Lisbon, where a missing map leads a young mapmaker into the city\'s secret archives.', price: 14.99, category: 'books', weightGrams: 360, stock: 0 },
  { name: 'Starlight Atlas for Kids', description: 'A picture atlas of the night sky with fold-out constellation charts and simple experiments.', price: 19.95, category: 'books', weightGrams: 650, stock: 41 },
  { name: 'Mindful Money', description: 'A calm, practical approach to budgeting, saving and investing, written for people who hate spreadsheets.', price: 18.0, category: 'books', weightGrams: 400, stock: 58 },
  { name: 'Ridgeline 2-Person Tent', description: 'A freestanding three-season tent with two doors and two vestibules. Pitches in five minutes and packs to the size of a loaf of bread.', price: 289.0, category: 'outdoors', weightGrams: 1850, stock: 14, attributes: { capacity: 2, seasons: 3 } },
  { name: 'Summit 30L Daypack', description: 'A ventilated hiking backpack with a hydration sleeve, hip-belt pockets and an integrated rain cover.', price: 94.99, category: 'outdoors', weightGrams: 980, stock: 37 },
  { name: 'Trailblazer Trekking Poles', description: 'A pair of collapsible carbon poles with cork grips and quick-lock adjustment.', price: 69.0, category: 'outdoors', weightGrams: 460, stock: 24 },
  { name: 'Insulated Steel Water Bottle', description: 'Keeps drinks cold for a day or hot for twelve hours. Leak-proof lid, 750 ml.', price: 29.99, category: 'outdoors', weightGrams: 380, stock: 95, attributes: { capacity_ml: 750 } },
  { name: 'Down Sleeping Bag -5°C', description: 'A mummy-shaped sleeping bag filled with responsibly sourced 700-fill down, rated to minus five degrees.', price: 239.0, category: 'outdoors', weightGrams: 1100, stock: 4 },
  { name: 'Camp Stove Duo', description: 'A two-burner propane stove with wind shields and precise simmer control for cooking real meals outdoors.', price: 119.5, category: 'outdoors', weightGrams: 4300, stock: 16 },
  { name: 'Headlamp 400', description: 'A rechargeable 400-lumen headlamp with a red night-vision mode and a lock to stop it turning on in your bag.', price: 44.0, category: 'outdoors', weightGrams: 85, stock: 64 },
  { name: 'Merino Crew Sweater', description: 'A fine-knit merino wool sweater that is soft, warm and resists odour between washes.', price: 98.0, category: 'apparel', weightGrams: 320, stock: 28, attributes: { material: 'merino wool' } },
  { name: 'Everyday Organic Cotton T-Shirt', description: 'A heavyweight organic cotton tee with a relaxed fit that keeps its shape wash after wash.', price: 24.0, category: 'apparel', weightGrams: 210, stock: 100, attributes: { material: 'organic cotton' } },
  { name: 'Waterproof Rain Shell', description: 'A breathable three-layer jacket with taped seams, pit zips and a helmet-compatible hood.', price: 169.0, category: 'apparel', weightGrams: 390, stock: 19 },
  { name: 'Trail Running Shoes', description: 'Lightweight running shoes with a grippy lugged sole and a rock plate for rough trails.', price: 134.99, category: 'apparel', weightGrams: 580, stock: 3, attributes: { drop_mm: 6 } },
  { name: 'Slim Selvedge Jeans', description: 'Raw Japanese selvedge denim cut slim through the leg. They fade to fit the way you wear them.', price: 119.0, category: 'apparel', weightGrams: 750, stock: 21 },
  { name: 'Wool Beanie', description: 'A ribbed lambswool beanie, knitted in Scotland, that keeps your ears warm without itching.', price: 29.0, category: 'apparel', weightGrams: 90, stock: 47 },
  { name: 'Canvas Weekender Bag', description: 'A waxed canvas duffel with leather handles and a separate shoe compartment, sized for carry-on.', price: 145.0, category: 'apparel', weightGrams: 1500, stock: 11 },
  { name: 'Galaxy Explorer Building Set', description: 'An 820-piece building set to assemble a space station with a docking shuttle and four astronaut figures.', price: 79.99, category: 'toys-games', weightGrams: 1300, stock: 23, attributes: { pieces: 820, ages: '9+' } },
  { name: 'Settlers of the Sunken Isles', description: 'A strategy board game of trading, building and sailing for two to five players. Games last about an hour.', price: 49.99, category: 'toys-games', weightGrams: 1800, stock: 31, attributes: { players: '2-5' } },
  { name: 'Wooden Rainbow Stacker', description: 'Twelve nesting arches of sustainably sourced beech, painted with non-toxic water-based colours.', price: 36.0, category: 'toys-games', weightGrams: 1050, stock: 27 },
  { name: 'Remote Control Off-Road Truck', description: 'A 1:16 scale four-wheel-drive truck that reaches 30 km/h and climbs over rocks and grass.', price: 69.99, category: 'toys-games', weightGrams: 1200, stock: 3 },
  { name: '1000-Piece Lighthouse Puzzle', description: 'A jigsaw puzzle of a lighthouse at dusk, with thick, snug-fitting pieces and a poster for reference.', price: 21.99, category: 'toys-games', weightGrams: 700, stock: 52 },
  { name: 'Pocket Card Game: Fox & Hound', description: 'A quick two-player card game of bluffing and chasing that fits in a pocket. Rounds take ten minutes.', price: 12.99, category: 'toys-games', weightGrams: 120, stock: 88 },
  { name: 'Plush Sleepy Otter', description: 'A super-soft plush otter with a weighted belly, machine washable and safe from birth.', price: 26.5, category: 'toys-games', weightGrams: 400, stock: 39 },
]
