-- One rating per user and product; rating again replaces it. product_id is not checked
-- against the catalog: this service owns no products, and a rating of a product deleted
-- later is harmless (nobody asks for it).
create table ratings (
  product_id text not null,
  user_id text not null,
  -- Order of first rating, for newest-first keyset pages (timestamps may tie).
  seq bigint generated always as identity unique,
  stars integer not null check (stars between 1 and 5),
  review text check (char_length(review) <= 2000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (product_id, user_id)
);

create index ratings_product_newest on ratings (product_id, seq desc);
