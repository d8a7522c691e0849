-- One cart per user. The row is the lock every change of the user's lines takes, so two
-- requests adding at once cannot overshoot the per-line or per-cart limits.
create table carts (
  user_id text primary key,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- Only what the user chose: names, prices and stock are read from catalog and inventory at
-- read time, so a cart never shows a stale price.
create table cart_lines (
  user_id text not null references carts (user_id) on delete cascade,
  product_id text not null,
  quantity integer not null check (quantity between 1 and 99),
  added_at timestamptz not null default now(),
  primary key (user_id, product_id)
);
