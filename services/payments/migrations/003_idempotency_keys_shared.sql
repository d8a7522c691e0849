-- The Idempotency-Key table takes the shape every service shares (the kit's queries run on it).
-- An answer is stored by the request it names; it may carry its media type, which rows from
-- before have none of: theirs follows from their status, as it always did.
alter table idempotency_keys add column response_type text;
create index idempotency_keys_request on idempotency_keys (request_id);
