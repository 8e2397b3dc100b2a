package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"parley"
	"parley/dedup"
)

// SaveDocument stores doc with its actors, mentions, events and claims in one
// transaction, merging each event mention into a stored event that reports
// the same thing (package dedup decides which). A document already stored
// is skipped.
func (s *Store) SaveDocument(ctx context.Context, doc *parley.Document) (parley.Saved, error) {
	if doc == nil || doc.ID == "" {
		return parley.Saved{}, parley.Errorf(parley.EINVALID, "save document: no ID")
	}
	saved, err := s.save(ctx, doc)
	if err != nil {
		return parley.Saved{}, fmt.Errorf("save document %s: %w", doc.ID, err)
	}
	return saved, nil
}

func (s *Store) save(ctx context.Context, doc *parley.Document) (parley.Saved, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return parley.Saved{}, err
	}
	defer tx.Rollback()
	if s.d.Lock != "" {
		if _, err := tx.ExecContext(ctx, s.d.Lock); err != nil {
			return parley.Saved{}, err
		}
	}
	now := s.Now().UTC().Format(time.RFC3339)
	outlet := dedup.Outlet(doc)
	st, err := s.stmt(ctx, tx, qInsertDocument)
	if err != nil {
		return parley.Saved{}, err
	}
	var diags, mentions string
	if len(doc.Diagnostics) > 0 {
		b, _ := json.Marshal(doc.Diagnostics)
		diags = string(b)
	}
	if len(doc.Mentions) > 0 {
		b, _ := json.Marshal(doc.Mentions)
		mentions = string(b)
	}
	res, err := st.ExecContext(ctx, doc.ID, doc.Doc, doc.URL, doc.Source, outlet, doc.Title, formatTime(doc.Published),
		dedup.Day(doc.Published.Time), doc.Dateline, doc.Lang, doc.Text, doc.TitleEnd, diags, mentions, len(doc.Mentions), now)
	if err != nil {
		return parley.Saved{}, err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return parley.Saved{}, err // already stored: nothing changes
	}
	saved := parley.Saved{New: true}
	if err := s.saveActors(ctx, tx, doc); err != nil {
		return parley.Saved{}, err
	}
	reverse := dedup.HasReverse(doc.Events)
	for i := range doc.Events {
		merged, err := s.saveEvent(ctx, tx, doc, outlet, i, !reverse[i], now)
		if err != nil {
			return parley.Saved{}, fmt.Errorf("event %d: %w", i, err)
		}
		if merged {
			saved.Merged++
		} else {
			saved.Events++
		}
	}
	if err := s.saveClaims(ctx, tx, doc); err != nil {
		return parley.Saved{}, err
	}
	saved.Claims = len(doc.Claims)
	return saved, tx.Commit()
}

// saveActors stores the document's actors with how often the document
// names them and the events they take part in.
func (s *Store) saveActors(ctx context.Context, tx *sql.Tx, doc *parley.Document) error {
	mentions := make([]int, len(doc.Actors))
	for _, m := range doc.Mentions {
		for _, a := range m.Actors {
			if a >= 0 && a < len(mentions) {
				mentions[a]++
			}
		}
	}
	for i, a := range doc.Actors {
		events := 0
		for j := range doc.Events {
			e := &doc.Events[j]
			if (e.Source != nil && e.Source.Code == a.Code && e.Source.Name == a.Name) ||
				(e.Target != nil && e.Target.Code == a.Code && e.Target.Name == a.Name) {
				events++
			}
		}
		err := s.exec(ctx, tx, qInsertActor,
			doc.ID, i, a.Code, a.Name, a.Country, a.Sector, a.Title, a.Type, dedup.Day(a.Since.Time),
			dedup.Day(a.Until.Time), a.How, mentions[i], events)
		if err != nil {
			return fmt.Errorf("actor %d: %w", i, err)
		}
	}
	return nil
}

// candidate is a stored event that a mention may join.
type candidate struct {
	dedup.Event
	goldstein              float64
	quad                   int
	srcCountry, tgtCountry string
}

// saveEvent stores event i of doc as a mention of a matching stored event,
// or of a new one. It reports whether the mention joined an existing event.
func (s *Store) saveEvent(ctx context.Context, tx *sql.Tx, doc *parley.Document, outlet string, i int, allowReverse bool, now string) (bool, error) {
	e := &doc.Events[i]
	key := dedup.FromEvent(e, doc.Published)
	cands, err := s.candidates(ctx, tx, key, allowReverse)
	if err != nil {
		return false, err
	}
	keys := make([]dedup.Event, len(cands))
	for j, c := range cands {
		keys[j] = c.Event
	}
	if j, ok := dedup.Match(key, allowReverse, keys); ok {
		return true, s.merge(ctx, tx, doc, outlet, i, cands[j])
	}
	args := append(evidenceArgs(e), dedup.Root(e.CAMEO), key.PubDay, doc.ID, boolInt(inLead(doc, e.Start)), now)
	st, err := s.stmt(ctx, tx, qInsertEvent)
	if err != nil {
		return false, err
	}
	var id int64
	if err := st.QueryRowContext(ctx, args...).Scan(&id); err != nil {
		return false, err
	}
	if err := s.insertMention(ctx, tx, id, dedup.Day(e.Date.Time), doc, outlet, i); err != nil {
		return false, err
	}
	if e.Modality == "" {
		return false, s.addDyad(ctx, tx, e, 1, e.Goldstein)
	}
	return false, nil
}

// candidates runs the coarse search dedup.Candidates describes.
func (s *Store) candidates(ctx context.Context, tx *sql.Tx, key dedup.Event, allowReverse bool) ([]candidate, error) {
	q, ok := dedup.Candidates(key, allowReverse)
	if !ok {
		return nil, nil
	}
	query := qCandidatesDated
	if !q.Dated {
		query = qCandidatesUndated
	}
	st, err := s.stmt(ctx, tx, query)
	if err != nil {
		return nil, err
	}
	var out []candidate
	for _, p := range q.Pairs {
		rows, err := st.QueryContext(ctx, p[0], p[1], q.Root, q.Modality, q.From, q.To)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var c candidate
			var sym int
			if err := rows.Scan(&c.ID, &c.Source, &c.Target, &c.CAMEO, &c.Day, &c.PubDay, &sym, &c.Modality, &c.goldstein,
				&c.quad, &c.srcCountry, &c.tgtCountry); err != nil {
				rows.Close()
				return nil, err
			}
			c.Symmetric = sym != 0
			out = append(out, c)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// merge adds event i of doc as a mention of stored event c, updating its
// counts and refining its code.
func (s *Store) merge(ctx context.Context, tx *sql.Tx, doc *parley.Document, outlet string, i int, c candidate) error {
	e := &doc.Events[i]
	st, err := s.stmt(ctx, tx, qSeen)
	if err != nil {
		return err
	}
	var seenDoc, seenOutlet int
	if err := st.QueryRowContext(ctx, c.ID, outlet, doc.ID, c.ID, outlet).Scan(&seenDoc, &seenOutlet); err != nil {
		return err
	}
	if err := s.exec(ctx, tx, qCount,
		1-seenDoc, 1-seenOutlet, c.ID); err != nil {
		return err
	}
	delta := 0.0
	if code := dedup.Refine(c.CAMEO, e.CAMEO); code != c.CAMEO {
		delta = e.Goldstein - c.goldstein
		if err := s.exec(ctx, tx, qRefine,
			e.CAMEO, e.CAMEOName, e.Goldstein, e.PLOVER.Type, e.PLOVER.Mode, c.ID); err != nil {
			return err
		}
	}
	if err := s.insertMention(ctx, tx, c.ID, c.Day, doc, outlet, i); err != nil {
		return err
	}
	if c.Modality != "" {
		return nil
	}
	// The dyad row is the stored event's, keyed by its own actors and date.
	ev := parley.Event{
		Source: &parley.EventActor{Code: c.Source, Country: c.srcCountry},
		Target: &parley.EventActor{Code: c.Target, Country: c.tgtCountry},
		CAMEO:  c.CAMEO, QuadClass: c.quad, Date: parley.Date{Time: dedup.DayTime(c.Day)},
	}
	return s.addDyad(ctx, tx, &ev, 0, delta)
}

// insertMention stores event i of doc as a mention of event id, dated day.
func (s *Store) insertMention(ctx context.Context, tx *sql.Tx, id int64, day int, doc *parley.Document, outlet string, i int) error {
	args := append([]any{id, day, doc.ID, outlet, i}, evidenceArgs(&doc.Events[i])...)
	return s.exec(ctx, tx, qInsertEventMention, args...)
}

// addDyad adds events new events, one mention and goldstein to the dyad
// month of e.
func (s *Store) addDyad(ctx context.Context, tx *sql.Tx, e *parley.Event, events int, goldstein float64) error {
	var src, tgt parley.EventActor
	if e.Source != nil {
		src = *e.Source
	}
	if e.Target != nil {
		tgt = *e.Target
	}
	return s.exec(ctx, tx, qAddDyad,
		src.Code, tgt.Code, dedup.Day(e.Date.Time)/100, dedup.Root(e.CAMEO), e.QuadClass, src.Country, tgt.Country,
		events, goldstein)
}

// saveClaims stores the document's claims.
func (s *Store) saveClaims(ctx context.Context, tx *sql.Tx, doc *parley.Document) error {
	for i, c := range doc.Claims {
		var actor parley.EventActor
		if c.Actor != nil {
			actor = *c.Actor
		}
		args := []any{doc.ID, i, c.What, c.Count, c.Qualifier, dedup.Day(c.Since.Time), dedup.Day(c.Date.Time)}
		args = append(args, placeArgs(c.Place)...)
		args = append(args, actor.Code, actor.Name, c.Victims, c.Sentence, c.Start, c.End, c.Trigger, c.Rule)
		err := s.exec(ctx, tx, qInsertClaim, args...)
		if err != nil {
			return fmt.Errorf("claim %d: %w", i, err)
		}
	}
	return nil
}

// inLead reports whether offset lies in doc's headline or the first
// paragraph of its body.
func inLead(doc *parley.Document, offset int) bool {
	if offset < doc.TitleEnd {
		return true
	}
	start := doc.TitleEnd
	for start < len(doc.Text) && (doc.Text[start] == '\n' || doc.Text[start] == ' ' || doc.Text[start] == '\r') {
		start++
	}
	end := strings.Index(doc.Text[start:], "\n")
	return end < 0 || offset < start+end
}
