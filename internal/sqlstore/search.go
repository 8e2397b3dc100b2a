package sqlstore

import (
	"context"
	"fmt"

	"parley"
	"parley/dedup"
)

// textOnly reports whether f filters by text, dates and modality only, so
// that the matching mentions alone, with their events' days and their
// modality (a mention joins only an event of its own modality), can pick
// the latest events.
func textOnly(f parley.EventFilter) bool {
	return f.Query != "" && f.Actor == "" && f.Country == "" && f.Source == "" && f.Target == "" &&
		f.CAMEO == "" && f.PLOVER == "" && f.QuadClass == 0 && f.Doc == ""
}

// textEvents returns the latest f.Limit events that a text-only filter
// (see textOnly) matches, picked from the matching mentions, whose order by
// event_day and event ID is their events' order, the mentions of one event
// together. It first keeps the first few times f.Limit mentions, with no
// de-duplication, a top-k sort that never holds the whole match set: when
// they name at least f.Limit events, those are the first ones. Otherwise
// (few matches, or many mentions per event) it picks distinct events.
func (s *Store) textEvents(ctx context.Context, f parley.EventFilter) ([]*parley.StoredEvent, error) {
	pick := func(distinct bool) ([]*parley.StoredEvent, error) {
		sub, args, err := s.textLatest(f, distinct)
		if err != nil {
			return nil, err
		}
		return s.queryEvents(ctx, eventSelect+` WHERE e.id IN (`+sub+`) ORDER BY e.day DESC, e.id DESC`+
			fmt.Sprintf(" LIMIT %d", f.Limit), args)
	}
	out, err := pick(false)
	if err != nil || len(out) == f.Limit {
		return out, err
	}
	return pick(true)
}

// textLatest returns a subquery of the IDs of the events of the latest
// matching mentions: the top 4×f.Limit mentions, or with distinct the top
// f.Limit events.
func (s *Store) textLatest(f parley.EventFilter, distinct bool) (string, []any, error) {
	terms := searchTerms(f.Query)
	if len(terms) == 0 {
		return "", nil, parley.Errorf(parley.EINVALID, "search %q: no words to search for", f.Query)
	}
	cond, arg := s.d.TextMatch(terms)
	w := &where{}
	w.add(cond, arg)
	if !f.Since.IsZero() {
		w.add(`m.event_day >= ?`, dedup.Day(f.Since.Time))
	}
	if !f.Until.IsZero() {
		w.add(`m.event_day <= ? AND m.event_day > 0`, dedup.Day(f.Until.Time))
	}
	switch f.Modality {
	case parley.ModalityAny:
	case parley.ModalityAsserted:
		w.add(`m.modality = ''`)
	default:
		w.add(`m.modality = ?`, f.Modality)
	}
	sel, limit := "", 4*f.Limit
	if distinct {
		sel, limit = "DISTINCT ", f.Limit
	}
	return fmt.Sprintf(`SELECT t.event_id FROM (SELECT %sm.event_id, m.event_day FROM event_mentions m%s
		ORDER BY m.event_day DESC, m.event_id DESC LIMIT %d) t`, sel, w.String(), limit), w.args, nil
}
