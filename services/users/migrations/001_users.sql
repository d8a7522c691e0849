create table users (
  user_id text primary key,
  -- Registration order, for keyset pagination (ids are random, timestamps may tie).
  seq bigint generated always as identity unique,
  -- Stored lower-cased: one mailbox, one account.
  email text not null,
  username text,
  name text,
  -- scrypt$N$r$p$salt$hash; null for an account registered without a password, which cannot
  -- log in until an admin sets one.
  password_hash text,
  roles text[] not null default '{customer}',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create unique index users_email_key on users (email);
-- John and john are one username.
create unique index users_username_key on users (lower(username));