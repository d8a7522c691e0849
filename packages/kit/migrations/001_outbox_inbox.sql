-- Kit-owned tables, created in every service's own schema (docs/architecture.md#4-events-and-delivery-guarantees).

-- Events waiting to be published: written in the same transaction as the state change they
-- announce, published by the relay after commit. next_attempt_at is both the retry backoff and
-- the relay's lease: a claimed row comes due again if its relay died before marking it.
create table if not exists outbox (
  id uuid primary key,
  type text not null,
  envelope jsonb not null,
  -- clock_timestamp, not now(): several events of one transaction keep their order.
  created_at timestamptz not null default clock_timestamp(),
  published_at timestamptz,
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default clock_timestamp(),
  last_error text
);

create index if not exists outbox_due on outbox (next_attempt_at) where published_at is null;

-- Events this service's consumers have handled, written in the handler's transaction, so a
-- redelivered event has its effect once.
create table if not exists inbox (
  event_id text not null,
  consumer text not null,
  processed_at timestamptz not null default now(),
  primary key (event_id, consumer)
);
