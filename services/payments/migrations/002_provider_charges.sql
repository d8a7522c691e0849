-- The simulated card provider's own record of the charges it made, keyed by our payment id as a
-- real provider's idempotency key: asking twice never charges twice, and after a crash the
-- recorded outcome is what the payment becomes. `voided` marks a payment that never reached
-- the provider before a crash: a late charge for it is refused.
create table provider_charges (
  payment_id text primary key,
  amount bigint not null,
  outcome text not null check (outcome in ('succeeded', 'declined', 'insufficient_funds', 'processing_error', 'voided')),
  reference text not null,
  created_at timestamptz not null default now()
);
