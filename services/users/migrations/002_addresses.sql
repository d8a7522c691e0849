create table addresses (
  address_id text primary key,
  user_id text not null references users (user_id) on delete cascade,
  name text not null,
  line1 text not null,
  line2 text,
  city text not null,
  postal_code text not null,
  -- ISO 3166-1 alpha-2, upper case.
  country text not null,
  phone text,
  created_at timestamptz not null default now()
);

create index addresses_user on addresses (user_id, created_at);
