-- H2 has no procedural triggers without Java classes; the hash chain still detects any change (see AuditTrail).
select 1;
