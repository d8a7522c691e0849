-- The embedded bus's broker state (RabbitMQ's, on tables): durable bindings, one queue entry
-- per (event, bound consumer), and the dead letters.

-- What each consumer is bound to; kept across restarts like a durable queue's bindings.
create table if not exists bindings (
  consumer text not null,
  pattern text not null,
  primary key (consumer, pattern)
);

-- A message in a consumer's queue. visible_at is both the redelivery delay of a failed message
-- and the lease of one being handled; lease_owner (a PGlite instance) tells a lease from a delay.
-- body is the serialized event, so each delivery parses its own copy.
create table if not exists messages (
  id bigint generated always as identity primary key,
  consumer text not null,
  body text not null,
  attempts integer not null default 0,
  visible_at timestamptz not null default clock_timestamp(),
  lease_owner text
);

create index if not exists messages_queue on messages (consumer, id);

create table if not exists dead_letters (
  id bigint generated always as identity primary key,
  consumer text not null,
  body text not null,
  attempts integer not null,
  error text not null,
  failed_at timestamptz not null default clock_timestamp()
);

create index if not exists dead_letters_queue on dead_letters (consumer, id);
