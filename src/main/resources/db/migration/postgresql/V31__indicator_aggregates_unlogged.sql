-- The aggregates are derived data: every row can be rebuilt from ind_dossier (DossierIngest.recompute). Unlogged
-- tables skip the write-ahead log, which makes maintaining and rebuilding them several times cheaper; PostgreSQL
-- empties them after a crash, and the application rebuilds them at start when they are empty but dossiers exist.
alter table ind_agg set unlogged;
alter table ind_agg_month set unlogged;
