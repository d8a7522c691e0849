-- One job per paid order: the parcel leaves the warehouse at due_at. Durable, so a restart
-- keeps what was scheduled.
create table dispatch_jobs (
  dispatch_id text primary key,
  order_id text not null unique,
  user_id text not null,
  due_at timestamptz not null,
  dispatched_at timestamptz,
  created_at timestamptz not null default now()
);

create index dispatch_jobs_due on dispatch_jobs (due_at) where dispatched_at is null;
