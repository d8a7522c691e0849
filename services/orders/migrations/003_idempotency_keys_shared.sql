-- The Idempotency-Key table takes the shape every service shares (the kit's queries run on it):
-- the caller and the id of the work the key started (here the order) under common names, an
-- answer told by its response being set, and a lease, unused here, where the order's own
-- drive_after is the lease. Renames keep every row; a row is done exactly when it has a response.
alter table idempotency_keys rename column user_id to caller;
alter table idempotency_keys rename column order_id to request_id;
alter index idempotency_keys_order rename to idempotency_keys_request;
alter table idempotency_keys drop column status;
alter table idempotency_keys add column owner text, add column locked_until timestamptz;
