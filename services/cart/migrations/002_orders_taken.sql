-- The orders whose lines left a cart, so an order's event takes them once, whatever delivers it
-- again (docs/architecture.md#4-events-and-delivery-guarantees). A mark is kept a week: longer
-- than any redelivery or dead-letter replay is expected to take.
create table cart_orders_taken (
  order_id   text primary key,
  taken_at   timestamptz not null default now()
);
create index cart_orders_taken_by_age on cart_orders_taken (taken_at);
