-- Security events in the audit trail (issue 22): the client address every event came from (behind trusted proxies
-- the client's, see ClientAddress; empty outside web requests), and events without an organisation: a failed
-- sign-in with a user name that no account has belongs to no one, so only admins (who see every organisation) see it.
alter table audit_event add column client_address varchar(64);
alter table audit_event modify column organisation_id bigint null;
create index ix_audit_event_occurred on audit_event (occurred_at);
