-- What was sent to whom; one message per event and channel, however often the event arrives.
create table notifications (
  notification_id text primary key,
  -- Insertion order, for newest-first keyset pagination (timestamps may tie).
  seq bigint generated always as identity unique,
  user_id text not null,
  event_id text not null,
  event_type text not null,
  channel text not null check (channel in ('email', 'sms')),
  -- SMS has none.
  subject text,
  text text not null,
  created_at timestamptz not null default now(),
  unique (event_id, channel)
);

create index notifications_by_user on notifications (user_id, seq desc);
