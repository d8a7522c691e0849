-- Idempotency-Key of POST /orders: one row per caller and key, inserted in the transaction that
-- writes the pending order, so a key never exists without its order.
create table idempotency_keys (
  -- The caller (the token's subject): keys are scoped per client.
  user_id text not null,
  key text not null,
  -- sha256 of method, path and canonical body: the same key with another request is a conflict.
  fingerprint text not null,
  status text not null check (status in ('in_progress', 'done')),
  order_id text not null,
  -- What the request answered, replayed byte for byte to every repeat.
  response_status integer,
  response_type text,
  response_body text,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  primary key (user_id, key)
);

-- Whoever settles an order (the request, a retry, recovery) completes its key by order id.
create unique index idempotency_keys_order on idempotency_keys (order_id);
create index idempotency_keys_expires on idempotency_keys (expires_at);
