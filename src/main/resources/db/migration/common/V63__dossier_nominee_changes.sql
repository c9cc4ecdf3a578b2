-- A change to a nominee (justification, appraisal) makes a new version of its dossier.
alter table dos_dossier add column nominee_changes integer default 0 not null;
