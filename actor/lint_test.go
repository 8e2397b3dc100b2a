package actor

import (
	"strings"
	"testing"
)

// TestLint runs the dictionary lint on the embedded data files.
func TestLint(t *testing.T) {
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, msg := range r.Lint() {
		t.Error(msg)
	}
}

// TestLintFinds checks that the lint reports each kind of mistake.
func TestLintFinds(t *testing.T) {
	r := smallResolver(t)
	d := *r.d
	people := []*person{{Name: "Test Person", line: 1, Offices: []office{
		{Code: "PAKGOV", Title: "Minister", line: 2},
		{Code: "XXXGOV", Title: "Minister", line: 3},
		{Code: "PAKZZZ", Title: "Minister", line: 4},
		{Code: "IGOFOO", Title: "Head", line: 5},
	}}}
	people[0].Offices[0].Since, _ = parseDay("2001", false)
	people[0].Offices[1].Since, _ = parseDay("2001", false)
	people[0].Offices[2].Since, _ = parseDay("2001", false)
	people[0].Offices[3].Since, _ = parseDay("2001", false)
	dup := &person{Name: "Pakistan", line: 6, Offices: []office{{Code: "PAKGOV", Title: "President", line: 7}}}
	d.people = append(append([]*person(nil), people...), dup, &person{Name: "Twice", line: 8, Offices: []office{
		{Code: "PAKGOV", Title: "President", line: 9}, {Code: "PAKGOV", Title: "President", line: 10},
	}})
	d.people[2].Offices[0].Since, _ = parseDay("2001", false)
	d.people[2].Offices[1].Since, _ = parseDay("2005", false)
	d.root = node{} // build a trie of its own, leaving the shared one alone
	d.build()
	got := strings.Join((&Resolver{d: &d}).Lint(), "\n")
	for _, want := range []string{
		`people.txt:3: Test Person: code "XXXGOV": unknown country "XXX"`,
		`people.txt:4: Test Person: code "PAKZZZ": unknown sector "ZZZ"`,
		`people.txt:5: Test Person: unknown organisation code "IGOFOO"`,
		`"Pakistan" also names PAK`,
		`people.txt:10: Twice: PAKGOV "President" overlaps the same office on line 9`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("lint output lacks %q; got:\n%s", want, got)
		}
	}
}
