-- One reservation per order, keyed by the order id so the orders saga can repeat its call.
-- held: units moved from quantity to reserved; committed: they left for good (order paid);
-- released: they went back to quantity (cancelled, expired, or released by orders).
create table reservations (
  order_id text primary key,
  status text not null default 'held' check (status in ('held', 'committed', 'released')),
  expires_at timestamptz not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- The sweeper looks only at held reservations, oldest expiry first.
create index reservations_held_expiry on reservations (expires_at) where status = 'held';

create table reservation_lines (
  order_id text not null references reservations (order_id) on delete cascade,
  product_id text not null,
  quantity integer not null check (quantity > 0),
  primary key (order_id, product_id)
);
