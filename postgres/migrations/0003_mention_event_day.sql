-- event_day copies the day of a mention's event (events.day never changes
-- once stored), so that a text search sorts the matching mentions by their
-- events' dates without reading every matching event. Keep in step with
-- sqlite/migrations.
ALTER TABLE event_mentions ADD COLUMN event_day INTEGER NOT NULL DEFAULT 0;
UPDATE event_mentions SET event_day = (SELECT e.day FROM events e WHERE e.id = event_mentions.event_id);
