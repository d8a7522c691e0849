create table orders (
  order_id text primary key,
  -- Creation order, for keyset pagination (ids are random, timestamps may tie).
  seq bigint generated always as identity unique,
  user_id text not null,
  -- Changed only by src/domain/transitions.ts, along the allowed transitions.
  status text not null check (status in ('pending', 'awaiting_payment', 'paid', 'shipped', 'delivered', 'rejected', 'cancelled')),
  -- Money in minor units (cents) of `currency`.
  subtotal bigint not null,
  shipping bigint not null,
  tax bigint not null,
  total bigint not null,
  currency text not null,
  shipping_address jsonb,
  shipping_method text not null,
  from_cart boolean not null default false,
  -- Until when stock is held for it; an order not paid by then is cancelled.
  expires_at timestamptz not null,
  -- The saga's lease on a pending order: until then the request that placed it drives it;
  -- after it, recovery (or a retry with the same Idempotency-Key) may take over.
  drive_after timestamptz not null,
  payment_id text,
  tracking_number text,
  cancel_reason text,
  -- Why a pending order was rejected: the problem code and the lines that fell short.
  rejection jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create index orders_user on orders (user_id, seq);
create index orders_status on orders (status, seq);
-- The sweepers' scans: pending orders to drive on, awaiting_payment orders past their TTL.
create index orders_pending on orders (drive_after) where status = 'pending';
create index orders_awaiting_payment on orders (expires_at) where status = 'awaiting_payment';

create table order_items (
  order_id text not null references orders (order_id) on delete cascade,
  product_id text not null,
  -- The catalog's name and price when the order was placed: later changes do not touch it.
  name text not null,
  quantity integer not null check (quantity > 0),
  unit_price bigint not null,
  line_total bigint not null,
  primary key (order_id, product_id)
);

create table order_history (
  order_id text not null references orders (order_id) on delete cascade,
  seq bigint generated always as identity,
  status text not null,
  -- Why, or what happened without a status change (a declined payment, an event out of turn).
  note text,
  at timestamptz not null default clock_timestamp(),
  primary key (order_id, seq)
);
