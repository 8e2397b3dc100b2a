package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"parley"
	"parley/dedup"
)

// where collects the conditions and arguments of a WHERE clause.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// prefixRange returns the bounds [lo, hi) of the strings that start with p.
func prefixRange(p string) (lo, hi string) {
	b := []byte(p)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < 0xff {
			b[i]++
			return p, string(b[:i+1])
		}
	}
	return p, "\U0010FFFF"
}

// codeLike reports whether v is an actor code (prefix): capital letters
// and digits only ("PAK", "PAKGOV"). Anything else is a name ("Pakistan",
// "nato").
func codeLike(v string) bool {
	for _, r := range v {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return v != ""
}

// actorCond matches either side of an event (alias e) by code prefix or,
// case-insensitively, by name.
func actorCond(w *where, v string) {
	if codeLike(v) {
		// substr, not an index range: the planner then reads events in date
		// order and stops at the limit, instead of gathering and sorting
		// every event of a frequent actor from two indexes.
		n := strconv.Itoa(len(v))
		w.add(`(SUBSTR(e.src_code, 1, `+n+`) = ? OR SUBSTR(e.tgt_code, 1, `+n+`) = ?)`, v, v)
		return
	}
	name := strings.ToLower(strings.TrimSpace(v))
	w.add(`(LOWER(e.src_name) = ? OR LOWER(e.tgt_name) = ?)`, name, name)
}

// rangeCond matches col by prefix.
func rangeCond(w *where, col, prefix string) {
	lo, hi := prefixRange(prefix)
	w.add(col+" >= ? AND "+col+" < ?", lo, hi)
}

// searchTerms splits a full-text query into words; "word*" is a prefix.
func searchTerms(q string) []Term {
	var terms []Term
	for _, f := range strings.FieldsFunc(q, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '*'
	}) {
		prefix := strings.HasSuffix(f, "*")
		word := strings.ToLower(strings.Trim(f, "*"))
		if word == "" || strings.Contains(word, "*") {
			continue
		}
		terms = append(terms, Term{Word: word, Prefix: prefix})
	}
	return terms
}

// eventWhere turns f into conditions on events alias e.
func (s *Store) eventWhere(f parley.EventFilter) (*where, error) {
	w := &where{}
	if f.Actor != "" {
		actorCond(w, f.Actor)
	}
	if f.Country != "" {
		c := strings.ToUpper(f.Country)
		w.add(`(e.src_country = ? OR e.tgt_country = ?)`, c, c)
	}
	if f.Source != "" {
		rangeCond(w, "e.src_code", strings.ToUpper(f.Source))
	}
	if f.Target != "" {
		rangeCond(w, "e.tgt_code", strings.ToUpper(f.Target))
	}
	if f.CAMEO != "" {
		rangeCond(w, "e.cameo", f.CAMEO)
	}
	if f.PLOVER != "" {
		w.add(`e.plover_type = ?`, strings.ToUpper(f.PLOVER))
	}
	if f.QuadClass != 0 {
		if f.QuadClass < 1 || f.QuadClass > 4 {
			return nil, parley.Errorf(parley.EINVALID, "quad class %d: want 1 to 4", f.QuadClass)
		}
		w.add(`e.quad = ?`, f.QuadClass)
	}
	if !f.Since.IsZero() {
		w.add(`e.day >= ?`, dedup.Day(f.Since.Time))
	}
	if !f.Until.IsZero() {
		w.add(`e.day <= ? AND e.day > 0`, dedup.Day(f.Until.Time))
	}
	if f.Query != "" {
		terms := searchTerms(f.Query)
		if len(terms) == 0 {
			return nil, parley.Errorf(parley.EINVALID, "search %q: no words to search for", f.Query)
		}
		cond, arg := s.d.TextMatch(terms)
		w.add(`e.id IN (SELECT m.event_id FROM event_mentions m WHERE `+cond+`)`, arg)
	}
	if f.Doc != "" {
		w.add(`e.id IN (SELECT m.event_id FROM event_mentions m JOIN documents d ON d.id = m.doc_id
			WHERE d.id = ? OR d.doc = ?)`, f.Doc, f.Doc)
	}
	switch f.Modality {
	case parley.ModalityAny:
	case parley.ModalityAsserted:
		w.add(`e.modality = ''`)
	default:
		w.add(`e.modality = ?`, f.Modality)
	}
	return w, nil
}

// eventSelect reads a stored event joined with its first document.
var eventSelect = `SELECT e.id, ` + prefixed("e") + `, e.root, e.is_root, e.num_mentions, e.num_sources, e.num_articles,
	e.doc_id, d.doc, d.url, d.source, d.outlet, d.published, e.added
	FROM events e JOIN documents d ON d.id = e.doc_id`

// Events returns the de-duplicated events that match f, latest first.
func (s *Store) Events(ctx context.Context, f parley.EventFilter) ([]*parley.StoredEvent, error) {
	w, err := s.eventWhere(f)
	if err != nil {
		return nil, err
	}
	var out []*parley.StoredEvent
	switch {
	case f.Limit > 0 && textOnly(f):
		out, err = s.textEvents(ctx, f)
	case f.Limit > 0:
		// The limit applies before the join with documents, so that a filter
		// matching many events sorts them without their documents and reads
		// only the documents of the events it returns.
		out, err = s.queryEvents(ctx, eventSelect+fmt.Sprintf(` WHERE e.id IN (SELECT e.id FROM events e%s
			ORDER BY e.day DESC, e.id DESC LIMIT %d) ORDER BY e.day DESC, e.id DESC`, w.String(), f.Limit), w.args)
	default:
		out, err = s.queryEvents(ctx, eventSelect+w.String()+` ORDER BY e.day DESC, e.id DESC`, w.args)
	}
	if err != nil {
		return nil, err
	}
	if f.Mentions {
		for _, e := range out {
			if e.Mentions, err = s.mentions(ctx, e.ID); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// queryEvents runs q, a query of eventSelect's columns.
func (s *Store) queryEvents(ctx context.Context, q string, args []any) ([]*parley.StoredEvent, error) {
	rows, err := s.rdb.QueryContext(ctx, s.rebind(q), args...)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	defer rows.Close()
	var out []*parley.StoredEvent
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return nil, fmt.Errorf("events: %w", err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	return out, nil
}

// Event returns one event with all its mentions, or ENOTFOUND.
func (s *Store) Event(ctx context.Context, id int64) (*parley.StoredEvent, error) {
	row := s.rdb.QueryRowContext(ctx, s.rebind(eventSelect+` WHERE e.id = ?`), id)
	e, err := scanEvent(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, parley.Errorf(parley.ENOTFOUND, "event %d not found", id)
	} else if err != nil {
		return nil, fmt.Errorf("event %d: %w", id, err)
	}
	if e.Mentions, err = s.mentions(ctx, id); err != nil {
		return nil, err
	}
	return e, nil
}

type scanner interface{ Scan(...any) error }

func scanEvent(r scanner) (*parley.StoredEvent, error) {
	var v evidenceScan
	var e parley.StoredEvent
	var source, outlet, published, added string
	var isRoot int
	dest := append([]any{&e.ID}, v.dest()...)
	dest = append(dest, &e.Root, &isRoot, &e.NumMentions, &e.NumSources, &e.NumArticles,
		&e.DocID, &e.Doc, &e.URL, &source, &outlet, &published, &added)
	if err := r.Scan(dest...); err != nil {
		return nil, err
	}
	e.Event = v.finish()
	e.IsRoot = isRoot != 0
	e.Outlet = outletName(source, outlet)
	e.Published = parseTime(published)
	e.Added, _ = time.Parse(time.RFC3339, added)
	return &e, nil
}

// outletName shows a document's source, or its outlet key unless that only
// stands for the document itself.
func outletName(source, outlet string) string {
	if source != "" {
		return source
	}
	if strings.HasPrefix(outlet, "doc:") {
		return ""
	}
	return outlet
}

// mentions returns the mentions of event id, oldest first.
func (s *Store) mentions(ctx context.Context, id int64) ([]parley.EventMention, error) {
	rows, err := s.rdb.QueryContext(ctx, s.rebind(`SELECT m.event_id, m.doc_id, d.doc, d.url, d.source, d.outlet,
		d.published, `+prefixed("m")+` FROM event_mentions m JOIN documents d ON d.id = m.doc_id
		WHERE m.event_id = ? ORDER BY m.id`), id)
	if err != nil {
		return nil, fmt.Errorf("event %d mentions: %w", id, err)
	}
	defer rows.Close()
	var out []parley.EventMention
	for rows.Next() {
		var m parley.EventMention
		var v evidenceScan
		var source, outlet, published string
		dest := append([]any{&m.EventID, &m.DocID, &m.Doc, &m.URL, &source, &outlet, &published}, v.dest()...)
		if err := rows.Scan(dest...); err != nil {
			return nil, fmt.Errorf("event %d mentions: %w", id, err)
		}
		m.Event = v.finish()
		m.Outlet = outletName(source, outlet)
		m.Published = parseTime(published)
		out = append(out, m)
	}
	return out, rows.Err()
}
