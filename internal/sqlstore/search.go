package sqlstore

import (
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

// textLatest returns a subquery of the IDs of the latest limit events
// that a text-only filter (see textOnly) matches. It sorts the matching
// mentions by event_day and keeps the top limit while it reads them, so a
// common word costs one read of its mentions rather than a read of every
// matching event and a sort of them all.
func (s *Store) textLatest(f parley.EventFilter, limit int) (string, []any, error) {
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
	return fmt.Sprintf(`SELECT t.event_id FROM (SELECT DISTINCT m.event_id, m.event_day FROM event_mentions m%s
		ORDER BY m.event_day DESC, m.event_id DESC LIMIT %d) t`, w.String(), limit), w.args, nil
}
