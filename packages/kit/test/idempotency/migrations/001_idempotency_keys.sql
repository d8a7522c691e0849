-- The shape the kit's Idempotency-Key queries expect, as the services' migrations give it.
create table idempotency_keys (
  caller text not null,
  key text not null,
  fingerprint text not null,
  request_id text not null,
  owner text,
  locked_until timestamptz,
  response_status integer,
  response_type text,
  response_body text,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  primary key (caller, key)
);
create index idempotency_keys_request on idempotency_keys (request_id);
