create table categories (
  -- Lower-case words joined by dashes ("home-kitchen"); what clients filter by.
  slug text primary key,
  name text not null
);

create table products (
  -- Sequential, so seed 001's `"productId": 1` names the first product; rendered as a string.
  product_id bigint generated always as identity primary key,
  name text not null,
  description text not null default '',
  price_minor bigint not null check (price_minor > 0),
  currency text not null default 'USD',
  category text not null references categories (slug),
  -- Extra image URLs given by an admin; the generated SVG always comes first in the API.
  images jsonb not null default '[]',
  attributes jsonb not null default '{}',
  weight_grams integer not null check (weight_grams >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- Soft delete: orders and carts keep naming the product; nobody can buy or find it any more.
  deleted_at timestamptz,
  -- Name words weigh more than description words, so ts_rank puts name matches first.
  search tsvector generated always as (
    setweight(to_tsvector('english', name), 'A') || setweight(to_tsvector('english', description), 'B')
  ) stored
);

create index products_search on products using gin (search);
create index products_category on products (category, product_id) where deleted_at is null;
-- One index per keyset sort; each ends with the id that breaks ties.
create index products_by_name on products (lower(name), product_id) where deleted_at is null;
create index products_by_price on products (price_minor, product_id) where deleted_at is null;
create index products_by_created on products (created_at, product_id) where deleted_at is null;
