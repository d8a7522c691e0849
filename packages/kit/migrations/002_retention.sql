-- The relay deletes published outbox rows and old inbox rows after a retention (outbox/prune.ts);
-- these let it find them without scanning the tables.
create index if not exists outbox_published on outbox (published_at) where published_at is not null;

create index if not exists inbox_processed on inbox (processed_at);
