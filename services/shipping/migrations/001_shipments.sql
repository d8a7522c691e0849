-- One shipment per order, made when the order is paid (or when its dispatch is heard of first).
create table shipments (
  shipment_id text primary key,
  order_id text not null unique,
  -- The order's owner, carried on order.paid: who may read the shipment.
  user_id text not null,
  carrier text not null,
  tracking_number text not null unique,
  status text not null check (status in ('created', 'dispatched', 'delivered')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- The tracking history; each status is reached once.
create table shipment_events (
  shipment_id text not null references shipments (shipment_id),
  status text not null,
  description text not null,
  -- clock_timestamp: two steps in one transaction keep their order.
  at timestamptz not null default clock_timestamp(),
  primary key (shipment_id, status)
);

-- Deliveries the simulated carrier will make: durable, so a restart keeps them.
create table delivery_jobs (
  shipment_id text primary key references shipments (shipment_id),
  due_at timestamptz not null,
  done_at timestamptz
);

create index delivery_jobs_due on delivery_jobs (due_at) where done_at is null;
