-- The audit trail is append-only: the database itself refuses to change or remove an entry.
create function audit_entry_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only (% refused)', tg_op;
end;
$$;

create trigger audit_entry_no_update_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_immutable();
