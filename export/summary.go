package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"

	"parley"
)

// SummaryFormats lists the formats Dyads and Actors write.
var SummaryFormats = []string{"table", "csv", "jsonl"}

// DyadsHeader is the CSV header of Dyads: quad1 to quad4 count events by
// quad class (verbal and material cooperation, verbal and material
// conflict); goldstein is their mean Goldstein score.
var DyadsHeader = []string{"source", "target", "month", "events", "mentions", "quad1", "quad2", "quad3", "quad4", "goldstein"}

// Dyads writes dyad summaries in format (table, csv or jsonl).
func Dyads(w io.Writer, format string, ds []*parley.Dyad) error {
	rows := make([][]string, len(ds))
	for i, d := range ds {
		rows[i] = []string{d.Source, d.Target, d.Month, strconv.Itoa(d.Events), strconv.Itoa(d.Mentions),
			strconv.Itoa(d.Quad[0]), strconv.Itoa(d.Quad[1]), strconv.Itoa(d.Quad[2]), strconv.Itoa(d.Quad[3]),
			strconv.FormatFloat(d.Goldstein, 'f', 2, 64)}
	}
	return summary(w, format, DyadsHeader, rows, ds)
}

// ActorsHeader is the CSV header of Actors.
var ActorsHeader = []string{"code", "name", "country", "sector", "type", "documents", "mentions", "events"}

// Actors writes actor counts in format (table, csv or jsonl).
func Actors(w io.Writer, format string, as []*parley.ActorCount) error {
	rows := make([][]string, len(as))
	for i, a := range as {
		rows[i] = []string{a.Code, a.Name, a.Country, a.Sector, a.Type,
			strconv.Itoa(a.Documents), strconv.Itoa(a.Mentions), strconv.Itoa(a.Events)}
	}
	return summary(w, format, ActorsHeader, rows, as)
}

func summary[T any](w io.Writer, format string, header []string, rows [][]string, vs []T) error {
	switch format {
	case "jsonl":
		return jsonLines(w, vs)
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write(header)
		cw.WriteAll(rows)
		return cw.Error()
	case "table":
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		for i, r := range append([][]string{upper(header)}, rows...) {
			for j, c := range r {
				if c == "" && i > 0 {
					c = "-"
				}
				if j > 0 {
					fmt.Fprint(tw, "\t")
				}
				fmt.Fprint(tw, c)
			}
			fmt.Fprintln(tw)
		}
		return tw.Flush()
	}
	return parley.Errorf(parley.EINVALID, "format %q: want table, csv or jsonl", format)
}

func upper(h []string) []string {
	out := make([]string, len(h))
	for i, s := range h {
		b := []byte(s)
		for j, c := range b {
			if c >= 'a' && c <= 'z' {
				b[j] = c - 32
			}
		}
		out[i] = string(b)
	}
	return out
}
