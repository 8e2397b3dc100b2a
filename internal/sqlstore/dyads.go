package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"strings"

	"parley"
	"parley/dedup"
)

// Dyads summarises the events that match f per source, target and month.
// Filters the dyad_months aggregate can answer (country, source, target,
// CAMEO root, quad class, whole months, asserted events) read it; any
// other filter falls back to grouping the events themselves.
func (s *Store) Dyads(ctx context.Context, f parley.DyadFilter) ([]*parley.Dyad, error) {
	var q string
	var w *where
	if aggregable(f.EventFilter) {
		var from string
		var union bool
		from, w, union = dyadFrom(f.EventFilter)
		if union {
			return s.dyadUnion(ctx, from, w, f.Limit)
		}
		q = `SELECT src_code, tgt_code, month, SUM(events), SUM(mentions),
			SUM(CASE WHEN quad = 1 THEN events ELSE 0 END), SUM(CASE WHEN quad = 2 THEN events ELSE 0 END),
			SUM(CASE WHEN quad = 3 THEN events ELSE 0 END), SUM(CASE WHEN quad = 4 THEN events ELSE 0 END),
			SUM(goldstein) FROM ` + from + `
			GROUP BY src_code, tgt_code, month HAVING SUM(events) > 0 ORDER BY 1, 2, 3`
	} else {
		var err error
		if w, err = s.eventWhere(f.EventFilter); err != nil {
			return nil, err
		}
		q = `SELECT e.src_code, e.tgt_code, e.day / 100, COUNT(*), SUM(e.num_mentions),
			SUM(CASE WHEN e.quad = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN e.quad = 2 THEN 1 ELSE 0 END),
			SUM(CASE WHEN e.quad = 3 THEN 1 ELSE 0 END), SUM(CASE WHEN e.quad = 4 THEN 1 ELSE 0 END),
			SUM(e.goldstein) FROM events e` + w.String() + `
			GROUP BY e.src_code, e.tgt_code, e.day / 100 ORDER BY 1, 2, 3`
	}
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	rows, err := s.rdb.QueryContext(ctx, s.rebind(q), w.args...)
	if err != nil {
		return nil, fmt.Errorf("dyads: %w", err)
	}
	defer rows.Close()
	var out []*parley.Dyad
	for rows.Next() {
		var d parley.Dyad
		var month int
		var sum float64
		if err := rows.Scan(&d.Source, &d.Target, &month, &d.Events, &d.Mentions,
			&d.Quad[0], &d.Quad[1], &d.Quad[2], &d.Quad[3], &sum); err != nil {
			return nil, fmt.Errorf("dyads: %w", err)
		}
		out = append(out, finishDyad(&d, month, sum))
	}
	return out, rows.Err()
}

// finishDyad sets d's month and mean Goldstein score from the month as
// YYYYMM and the sum of its events' scores.
func finishDyad(d *parley.Dyad, month int, sum float64) *parley.Dyad {
	if month > 0 {
		d.Month = fmt.Sprintf("%04d-%02d", month/100, month%100)
	}
	if d.Events > 0 {
		d.Goldstein = math.Round(sum/float64(d.Events)*1e4) / 1e4
	}
	return d
}

// dyadUnion groups the dyad_months rows of from, the union of two index
// ranges, in Go: the database merges the two ranges in pair and month order
// (the country indexes and the primary key list rows in that order), so
// the rows of one group arrive together and need neither a sort nor a
// hash table.
func (s *Store) dyadUnion(ctx context.Context, from string, w *where, limit int) ([]*parley.Dyad, error) {
	rows, err := s.rdb.QueryContext(ctx, s.rebind(`SELECT src_code, tgt_code, month, quad, events, mentions, goldstein FROM `+
		from+` ORDER BY src_code, tgt_code, month`), w.args...)
	if err != nil {
		return nil, fmt.Errorf("dyads: %w", err)
	}
	defer rows.Close()
	var out []*parley.Dyad
	var cur *parley.Dyad
	var month int
	var sum float64
	flush := func() {
		if cur != nil && cur.Events > 0 {
			out = append(out, finishDyad(cur, month, sum))
		}
	}
	for rows.Next() {
		var src, tgt sql.RawBytes
		var m, quad, events, mentions int
		var goldstein float64
		if err := rows.Scan(&src, &tgt, &m, &quad, &events, &mentions, &goldstein); err != nil {
			return nil, fmt.Errorf("dyads: %w", err)
		}
		if cur == nil || m != month || string(src) != cur.Source || string(tgt) != cur.Target {
			flush()
			if limit > 0 && len(out) == limit {
				return out, nil
			}
			cur, month, sum = &parley.Dyad{Source: string(src), Target: string(tgt)}, m, 0
		}
		cur.Events += events
		cur.Mentions += mentions
		if quad >= 1 && quad <= 4 {
			cur.Quad[quad-1] += events
		}
		sum += goldstein
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("dyads: %w", err)
	}
	flush()
	return out, nil
}

// aggregable reports whether dyad_months can answer f exactly.
func aggregable(f parley.EventFilter) bool {
	return (f.Actor == "" || codeLike(f.Actor)) && f.PLOVER == "" && f.Query == "" && f.Doc == "" &&
		f.Modality == parley.ModalityAsserted && len(f.CAMEO) <= 2 &&
		(f.Since.IsZero() || f.Since.Day() == 1) &&
		(f.Until.IsZero() || f.Until.AddDate(0, 0, 1).Day() == 1)
}

// dyadFrom returns what an aggregable filter reads: dyad_months with
// conditions, or, when the filter names an actor or a country on either
// side, the union of the rows that match on the source side and those that
// match on the target side only, so that each half reads one index instead
// of the whole table.
func dyadFrom(f parley.EventFilter) (from string, w *where, union bool) {
	var src, tgt *where
	// A span of a few months reads those months through their index (the
	// default case) rather than every month of a country or actor.
	few := fewMonths(f)
	switch c := strings.ToUpper(f.Country); {
	case f.Actor != "" && f.Country == "" && !few:
		lo, hi := prefixRange(f.Actor)
		src, tgt = dyadWhere(f), dyadWhere(f)
		src.add(`src_code >= ? AND src_code < ?`, lo, hi)
		tgt.add(`tgt_code >= ? AND tgt_code < ? AND NOT (src_code >= ? AND src_code < ?)`, lo, hi, lo, hi)
	case f.Country != "" && f.Actor == "" && !few:
		src, tgt = dyadWhere(f), dyadWhere(f)
		src.add(`src_country = ?`, c)
		tgt.add(`tgt_country = ? AND src_country <> ?`, c, c)
	default:
		w := dyadWhere(f)
		if f.Actor != "" {
			lo, hi := prefixRange(f.Actor)
			w.add(`((src_code >= ? AND src_code < ?) OR (tgt_code >= ? AND tgt_code < ?))`, lo, hi, lo, hi)
		}
		if f.Country != "" {
			w.add(`(src_country = ? OR tgt_country = ?)`, c, c)
		}
		return "dyad_months" + w.String(), w, false
	}
	all := &where{args: append(src.args, tgt.args...)}
	return "dyad_months" + src.String() + " UNION ALL SELECT src_code, tgt_code, month, quad, events, mentions, goldstein FROM dyad_months" + tgt.String(), all, true
}

// fewMonths reports whether f spans at most three months, which the
// month index of dyad_months reads faster than a country or actor index
// reads every month of a frequent country or actor.
func fewMonths(f parley.EventFilter) bool {
	if f.Since.IsZero() || f.Until.IsZero() {
		return false
	}
	months := func(d parley.Date) int { return d.Year()*12 + int(d.Month()) }
	return months(f.Until)-months(f.Since) < 3
}

// dyadWhere turns the one-sided conditions of an aggregable filter into
// conditions on dyad_months.
func dyadWhere(f parley.EventFilter) *where {
	w := &where{}
	if f.Source != "" {
		rangeCond(w, "src_code", strings.ToUpper(f.Source))
	}
	if f.Target != "" {
		rangeCond(w, "tgt_code", strings.ToUpper(f.Target))
	}
	if f.CAMEO != "" {
		rangeCond(w, "root", f.CAMEO)
	}
	if f.QuadClass != 0 {
		w.add(`quad = ?`, f.QuadClass)
	}
	if !f.Since.IsZero() {
		w.add(`month >= ?`, dedup.Day(f.Since.Time)/100)
	}
	if !f.Until.IsZero() {
		w.add(`month <= ? AND month > 0`, dedup.Day(f.Until.Time)/100)
	}
	return w
}

// Actors lists the stored actors (code and name) that match f, the one
// named in most documents first.
func (s *Store) Actors(ctx context.Context, f parley.ActorFilter) ([]*parley.ActorCount, error) {
	w := &where{}
	if f.Actor != "" {
		if codeLike(f.Actor) {
			rangeCond(w, "code", f.Actor)
		} else {
			w.add(`LOWER(name) LIKE ?`, "%"+strings.ToLower(strings.TrimSpace(f.Actor))+"%")
		}
	}
	if f.Country != "" {
		w.add(`country = ?`, strings.ToUpper(f.Country))
	}
	q := `SELECT code, name, MAX(country), MAX(sector), MAX(type), COUNT(DISTINCT doc_id), SUM(mentions), SUM(events)
		FROM actors` + w.String() + ` GROUP BY code, name ORDER BY 6 DESC, 7 DESC, 1, 2`
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	rows, err := s.rdb.QueryContext(ctx, s.rebind(q), w.args...)
	if err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	defer rows.Close()
	var out []*parley.ActorCount
	for rows.Next() {
		var a parley.ActorCount
		if err := rows.Scan(&a.Code, &a.Name, &a.Country, &a.Sector, &a.Type, &a.Documents, &a.Mentions, &a.Events); err != nil {
			return nil, fmt.Errorf("actors: %w", err)
		}
		out = append(out, &a)
	}
	return out, rows.Err()
}
