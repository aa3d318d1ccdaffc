-- Storage tuning, version 3 (see docs/performance.md).
-- The engine rewrites the baseline of every user it scores, once per batch. Leaving half of each page free lets
-- PostgreSQL keep the new version on the same page (a HOT update): no new primary-key entry, less bloat and WAL.
alter table user_baseline set (fillfactor = 50);
