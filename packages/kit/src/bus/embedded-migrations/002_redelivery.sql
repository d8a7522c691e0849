-- A dependency that is down does not burn a message's attempts: those deliveries are counted
-- apart (excused), and waited out until a bound counted from the message's first failure.
alter table messages add column if not exists excused integer not null default 0;
alter table messages add column if not exists first_failed_at timestamptz;
