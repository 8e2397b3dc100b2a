// Package export writes stored events, dyad summaries and actor counts in
// the formats analysts load elsewhere: an aligned table for the terminal,
// CSV with one flat header (pandas and R read it with no options), JSON
// Lines, the GDELT 2.0 event table, and POLECAT/PLOVER-style JSON records.
package export

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"parley"
)

// Formats lists the event formats Events writes.
var Formats = []string{"table", "csv", "jsonl", "gdelt", "plover"}

// Events writes evs to w in format.
func Events(w io.Writer, format string, evs []*parley.StoredEvent) error {
	switch format {
	case "table":
		return eventTable(w, evs)
	case "csv":
		return EventsCSV(w, evs)
	case "jsonl":
		return jsonLines(w, evs)
	case "gdelt":
		return GDELT(w, evs)
	case "plover":
		return PLOVER(w, evs)
	}
	return parley.Errorf(parley.EINVALID, "format %q: want one of %s", format, strings.Join(Formats, ", "))
}

// CSVHeader is the header of EventsCSV: one row per stored event. Dates are
// YYYY-MM-DD (empty when unknown), times RFC 3339, booleans true/false;
// "sentence", "trigger" and "rule" are the first report's evidence.
var CSVHeader = []string{
	"id", "date", "source_code", "source_name", "source_country", "source_sector",
	"target_code", "target_name", "target_country", "target_sector",
	"cameo", "cameo_root", "cameo_name", "quad_class", "goldstein", "plover_type", "plover_mode",
	"modality", "symmetric", "num_mentions", "num_sources", "num_articles",
	"place_name", "place_country", "place_lat", "place_lon",
	"sentence", "trigger", "rule", "doc_id", "doc", "url", "outlet", "published", "added",
}

// EventsCSV writes evs as CSV under CSVHeader.
func EventsCSV(w io.Writer, evs []*parley.StoredEvent) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, e := range evs {
		src, tgt := side(e.Source), side(e.Target)
		p := place(e.Place)
		row := []string{
			strconv.FormatInt(e.ID, 10), e.Date.String(), src.Code, src.Name, src.Country, src.Sector,
			tgt.Code, tgt.Name, tgt.Country, tgt.Sector,
			e.CAMEO, e.Root, e.CAMEOName, strconv.Itoa(e.QuadClass), num(e.Goldstein), e.PLOVER.Type, e.PLOVER.Mode,
			e.Modality, strconv.FormatBool(e.Symmetric), strconv.Itoa(e.NumMentions), strconv.Itoa(e.NumSources),
			strconv.Itoa(e.NumArticles), p.Name, p.Country, coord(p.Lat), coord(p.Lon),
			oneLine(e.Sentence), e.Trigger, e.Rule, e.DocID, e.Doc, e.URL, e.Outlet, stamp(e.Published), e.Added.UTC().Format(time.RFC3339),
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func eventTable(w io.Writer, evs []*parley.StoredEvent) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tDATE\tSOURCE\tTARGET\tCAMEO\tQUAD\tGOLDSTEIN\tPLOVER\tMENTIONS\tSOURCES\tARTICLES\tEVIDENCE")
	for _, e := range evs {
		date := e.Date.String()
		if date == "" {
			date = "-"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%d\t%d\t%d\t%s\n", e.ID, date, label(e.Source), label(e.Target),
			e.CAMEO, e.QuadClass, num(e.Goldstein), e.PLOVER.Type, e.NumMentions, e.NumSources, e.NumArticles, clip(oneLine(e.Sentence), 70))
	}
	return tw.Flush()
}

// jsonLines writes one JSON value per line.
func jsonLines[T any](w io.Writer, vs []T) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, v := range vs {
		if err := enc.Encode(v); err != nil {
			return err
		}
	}
	return nil
}

func side(a *parley.EventActor) parley.EventActor {
	if a == nil {
		return parley.EventActor{}
	}
	return *a
}

func place(p *parley.Place) parley.Place {
	if p == nil {
		return parley.Place{}
	}
	return *p
}

// label shows an actor as CODE (name), or "-".
func label(a *parley.EventActor) string {
	switch {
	case a == nil || (a.Code == "" && a.Name == ""):
		return "-"
	case a.Code == "":
		return a.Name
	case a.Name == "":
		return a.Code
	}
	return a.Code + " (" + a.Name + ")"
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func coord(f *float64) string {
	if f == nil {
		return ""
	}
	return strconv.FormatFloat(*f, 'f', 4, 64)
}

func stamp(t parley.Time) string {
	if t.IsZero() {
		return ""
	}
	b, _ := t.MarshalJSON()
	return strings.Trim(string(b), `"`)
}

// oneLine folds line breaks and tabs into spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
