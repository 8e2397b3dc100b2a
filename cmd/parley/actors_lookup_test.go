package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

func TestActorsLookup(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want []string // substrings of stdout
		err  string
	}{
		{"OK", []string{"Imran Khan", "--date", "2021-05-13"}, []string{"PAKGOV", "Imran Khan", "Prime Minister", "2018-08-18", "dated-office"}, ""},
		{"FlagsFirst", []string{"--date", "2023-06-01", "Imran", "Khan"}, []string{"PAKOPP"}, ""},
		{"Country", []string{"Pakistan"}, []string{"PAK", "country"}, ""},
		{"ErrNotFound", []string{"Nobody Atall"}, nil, "no actor found"},
		{"ErrDate", []string{"Imran Khan", "--date", "May 2021"}, nil, "want YYYY-MM-DD"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			m := &Main{Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }}
			err := m.runActorsLookup(context.Background(), tc.args)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("got error %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, out.String())
				}
			}
		})
	}
}

func TestActorsLookupJSON(t *testing.T) {
	var out bytes.Buffer
	m := &Main{Stdout: &out, Stderr: &out, Getenv: func(string) string { return "" }}
	if err := m.runActorsLookup(context.Background(), []string{"Imran Khan", "--date", "2021-05-13", "--format", "json"}); err != nil {
		t.Fatal(err)
	}
	var rows []lookupRow
	if err := json.Unmarshal(out.Bytes(), &rows); err != nil {
		t.Fatalf("%v in %s", err, out.String())
	}
	if len(rows) != 1 || rows[0].Code != "PAKGOV" || rows[0].Since.String() != "2018-08-18" {
		t.Errorf("got %+v", rows)
	}
}
