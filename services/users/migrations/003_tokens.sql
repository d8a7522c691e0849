-- Token signing keys, kept here so restarts and replicas sign and publish the same keys.
create table signing_keys (
  kid text primary key,
  public_jwk jsonb not null,
  private_jwk jsonb not null,
  created_at timestamptz not null default now(),
  -- To rotate: set retired_at on the active key and restart; a new key is generated and the
  -- retired one stays published until the tokens it signed have expired.
  retired_at timestamptz
);

-- At most one active key: replicas starting together each try to insert theirs, one wins and
-- all of them sign with it.
create unique index signing_keys_one_active on signing_keys ((true)) where retired_at is null;

create table refresh_tokens (
  -- sha256 of the token: a leaked table does not leak usable tokens.
  token_hash text primary key,
  -- Every token rotated from one login shares the family; reusing a revoked one revokes them all.
  family_id text not null,
  user_id text not null references users (user_id) on delete cascade,
  expires_at timestamptz not null,
  revoked_at timestamptz,
  created_at timestamptz not null default now()
);

create index refresh_tokens_family on refresh_tokens (family_id);
create index refresh_tokens_user on refresh_tokens (user_id);
