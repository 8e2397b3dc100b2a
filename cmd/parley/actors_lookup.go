package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"parley"
	"parley/actor"
)

// runActorsLookup resolves a name against the actor dictionaries:
//
//	parley actors lookup "Imran Khan" --date 2021-05-13
//
// It prints each reading's code, name, office, validity dates and how the
// code was found, as a table or, with --format json, as a JSON array.
func (m *Main) runActorsLookup(ctx context.Context, args []string) error {
	fs := m.newFlagSet("actors lookup", `actors lookup NAME [--date YYYY-MM-DD] [--format table|json]`)
	date := fs.String("date", "", "resolve dated offices on this day (YYYY-MM-DD); empty lists every office")
	format := fs.String("format", "table", "output format: table or json")
	// Flags may come before or after the name, as in the usage line.
	var words []string
	rest := args
	for {
		if err := m.parseFlags(fs, rest); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			break
		}
		words = append(words, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	name := strings.TrimSpace(strings.Join(words, " "))
	if name == "" {
		fs.Usage()
		return errUsage
	}
	var day time.Time
	if *date != "" {
		var err error
		if day, err = time.Parse(time.DateOnly, *date); err != nil {
			return parley.Errorf(parley.EINVALID, "--date %q: want YYYY-MM-DD", *date)
		}
	}
	if *format != "table" && *format != "json" {
		return parley.Errorf(parley.EINVALID, "--format %q: want table or json", *format)
	}
	r, err := actor.Default()
	if err != nil {
		return fmt.Errorf("actor dictionaries: %w", err)
	}
	matches := r.Lookup(name, day)
	if len(matches) == 0 {
		return parley.Errorf(parley.ENOTFOUND, "no actor found for %q", name)
	}
	if *format == "json" {
		out := make([]lookupRow, 0, len(matches))
		for _, mt := range matches {
			a := mt.Actor
			out = append(out, lookupRow{Code: a.Code, Name: a.Name, Country: a.Country, Sector: a.Sector,
				Title: a.Title, Type: a.Type, Since: a.Since, Until: a.Until, How: a.How, Phrase: mt.Phrase})
		}
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CODE\tNAME\tOFFICE\tSINCE\tUNTIL\tHOW")
	for _, mt := range matches {
		a := mt.Actor
		until := a.Until.String()
		if until == "" && !a.Since.IsZero() {
			until = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", a.Code, a.Name, dashIfEmpty(a.Title), dashIfEmpty(a.Since.String()), dashIfEmpty(until), a.How)
	}
	return tw.Flush()
}

// lookupRow is one reading in `actors lookup --format json`.
type lookupRow struct {
	Code    string      `json:"code"`
	Name    string      `json:"name"`
	Country string      `json:"country,omitempty"`
	Sector  string      `json:"sector,omitempty"`
	Title   string      `json:"title,omitempty"`
	Type    string      `json:"type,omitempty"`
	Since   parley.Date `json:"since"`
	Until   parley.Date `json:"until"`
	How     string      `json:"how"`
	Phrase  string      `json:"phrase"`
}

func dashIfEmpty(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
