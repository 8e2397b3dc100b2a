package sqlstore

import (
	"database/sql"
	"strings"
	"time"

	"parley"
	"parley/dedup"
)

// evidenceCols are the columns events and event_mentions share: one
// mention's coding and evidence, in the order of evidenceArgs.
const evidenceCols = `src_code, src_name, src_country, src_sector, src_text, src_start, src_end,
	tgt_code, tgt_name, tgt_country, tgt_sector, tgt_text, tgt_start, tgt_end,
	cameo, cameo_name, quad, goldstein, plover_type, plover_mode,
	day, date_source, place_name, place_country, place_lat, place_lon,
	sentence, start_off, end_off, trigger_text, trigger_start, trigger_end, rule, is_symmetric, modality`

// evidenceMarks has one placeholder per evidence column.
var evidenceMarks = strings.TrimSuffix(strings.Repeat("?, ", strings.Count(evidenceCols, ",")+1), ", ")

// prefixed returns evidenceCols with every column qualified by alias.
func prefixed(alias string) string {
	cols := strings.Split(evidenceCols, ",")
	for i, c := range cols {
		cols[i] = alias + "." + strings.TrimSpace(c)
	}
	return strings.Join(cols, ", ")
}

func actorArgs(a *parley.EventActor) []any {
	if a == nil {
		a = &parley.EventActor{}
	}
	return []any{a.Code, a.Name, a.Country, a.Sector, a.Text, a.Start, a.End}
}

func placeArgs(p *parley.Place) []any {
	if p == nil {
		return []any{"", "", nil, nil}
	}
	return []any{p.Name, p.Country, nullFloat(p.Lat), nullFloat(p.Lon)}
}

func nullFloat(f *float64) any {
	if f == nil {
		return nil
	}
	return *f
}

// evidenceArgs returns e's values for evidenceCols.
func evidenceArgs(e *parley.Event) []any {
	args := append(actorArgs(e.Source), actorArgs(e.Target)...)
	args = append(args, e.CAMEO, e.CAMEOName, e.QuadClass, e.Goldstein, e.PLOVER.Type, e.PLOVER.Mode,
		dedup.Day(e.Date.Time), e.DateSource)
	args = append(args, placeArgs(e.Place)...)
	return append(args, e.Sentence, e.Start, e.End, e.Trigger, e.TriggerStart, e.TriggerEnd, e.Rule,
		boolInt(e.Symmetric), e.Modality)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// evidenceScan holds scan targets for evidenceCols.
type evidenceScan struct {
	src, tgt  parley.EventActor
	day, sym  int
	place     parley.Place
	lat, lon  sql.NullFloat64
	goldstein float64
	event     parley.Event
}

// dest returns the scan destinations in evidenceCols order.
func (v *evidenceScan) dest() []any {
	e := &v.event
	return []any{
		&v.src.Code, &v.src.Name, &v.src.Country, &v.src.Sector, &v.src.Text, &v.src.Start, &v.src.End,
		&v.tgt.Code, &v.tgt.Name, &v.tgt.Country, &v.tgt.Sector, &v.tgt.Text, &v.tgt.Start, &v.tgt.End,
		&e.CAMEO, &e.CAMEOName, &e.QuadClass, &v.goldstein, &e.PLOVER.Type, &e.PLOVER.Mode,
		&v.day, &e.DateSource, &v.place.Name, &v.place.Country, &v.lat, &v.lon,
		&e.Sentence, &e.Start, &e.End, &e.Trigger, &e.TriggerStart, &e.TriggerEnd, &e.Rule, &v.sym, &e.Modality,
	}
}

// finish assembles the scanned event.
func (v *evidenceScan) finish() parley.Event {
	e := v.event
	e.Goldstein = v.goldstein
	e.Date = parley.Date{Time: dedup.DayTime(v.day)}
	e.Symmetric = v.sym != 0
	if v.src != (parley.EventActor{}) {
		a := v.src
		e.Source = &a
	}
	if v.tgt != (parley.EventActor{}) {
		a := v.tgt
		e.Target = &a
	}
	if v.lat.Valid {
		f := v.lat.Float64
		v.place.Lat = &f
	}
	if v.lon.Valid {
		f := v.lon.Float64
		v.place.Lon = &f
	}
	if v.place.Name != "" || v.place.Country != "" || v.place.Lat != nil {
		p := v.place
		e.Place = &p
	}
	return e
}

// formatTime writes t as JSON does, without quotes: "" when unknown.
func formatTime(t parley.Time) string {
	if t.IsZero() {
		return ""
	}
	if t.DateOnly {
		return t.Format(time.DateOnly)
	}
	return t.Format(time.RFC3339Nano)
}

// parseTime reads what formatTime wrote.
func parseTime(s string) parley.Time {
	if s == "" {
		return parley.Time{}
	}
	if d, err := time.Parse(time.DateOnly, s); err == nil {
		return parley.Time{Time: d, DateOnly: true}
	}
	t, _ := time.Parse(time.RFC3339Nano, s)
	return parley.Time{Time: t}
}
