-- One row per product inventory knows of. `quantity` is what can be sold now; `reserved` is
-- held for orders awaiting payment. The checks are the last line of defence: every write is a
-- conditional update that never drives either below zero.
create table stock (
  product_id text primary key,
  quantity integer not null default 0 check (quantity >= 0),
  reserved integer not null default 0 check (reserved >= 0),
  updated_at timestamptz not null default now()
);
