create table jobs (
  job_id text primary key,
  due_at timestamptz not null,
  done_at timestamptz
);
