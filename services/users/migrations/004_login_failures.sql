-- Failed logins per account and per client address, in the database so replicas share them.
create table login_failures (
  -- 'account:<user id or unknown login>' or 'ip:<address>'
  key text primary key,
  failures integer not null,
  window_started_at timestamptz not null,
  locked_until timestamptz
);
