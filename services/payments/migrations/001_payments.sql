-- A payment keeps what is needed to show and refund it: never the card number or the CVV,
-- only a random token, the brand and the last four digits.
create table payments (
  payment_id text primary key,
  order_id text not null,
  -- The order's owner, copied from the order: who may read the payment.
  user_id text not null,
  amount bigint not null check (amount >= 0),
  currency text not null,
  status text not null check (status in ('processing', 'succeeded', 'failed', 'refunded')),
  failure_code text,
  token text not null,
  brand text not null,
  last4 text not null,
  -- The request_id of the Idempotency-Key it was made under: a retry after a crash finds it.
  request_key text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- One payment that takes (or is taking, or took) the money per order, whatever the retries and
-- the concurrency: a second one cannot even start while one is processing. Failed ones do not count.
create unique index payments_one_per_order on payments (order_id) where status in ('processing', 'succeeded', 'refunded');
create unique index payments_request_key on payments (request_key);
-- The recovery sweeper looks for payments left processing by a crash.
create index payments_processing on payments (created_at) where status = 'processing';

create table refunds (
  refund_id text primary key,
  -- One refund per payment: a redelivered or repeated cancellation refunds once.
  payment_id text not null unique references payments (payment_id),
  amount bigint not null,
  reason text not null,
  created_at timestamptz not null default now()
);

-- Idempotency-Key of POST /payment, per caller: the first request runs, any other with the same
-- key and body gets its stored answer. locked_until is the runner's lease: a duplicate waits for
-- the answer, or takes the key over when the runner died. A key is remembered until expires_at.
create table idempotency_keys (
  caller text not null,
  key text not null,
  fingerprint text not null,
  -- Names the request across takeovers (payments.request_key); new when an expired key is reused.
  request_id text not null,
  -- Who runs the request now (random per attempt): only the lease holder stores the answer.
  owner text not null,
  locked_until timestamptz not null,
  response_status integer,
  -- The exact JSON text sent, so every duplicate gets the same bytes.
  response_body text,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  primary key (caller, key)
);

create index idempotency_keys_expiry on idempotency_keys (expires_at);
