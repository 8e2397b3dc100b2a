package actor

import (
	"strings"
	"testing"
)

// TestParseErrors checks that each loader names the file and line of a
// malformed entry.
func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		name  string
		parse func(string, []byte) error
		in    string
		want  string
	}{
		{"countries/fields", countriesErr, "# c\nPAK | SAS | Pakistan\n", "countries.txt:2: want 6 |-separated fields"},
		{"countries/code", countriesErr, "Pak | SAS | Pakistan | - | - | -\n", `countries.txt:1: country code "Pak"`},
		{"countries/name", countriesErr, "PAK | SAS | - | - | - | -\n", "countries.txt:1: country PAK has no name"},
		{"orgs/type", orgsErr, "IGOUNO | club | - | IGO | United Nations\n", `orgs.txt:1: type "club"`},
		{"orgs/fields", orgsErr, "\n\nIGOUNO | igo | United Nations\n", "orgs.txt:3: want 5 |-separated fields"},
		{"agents/kind", agentsErr, "job | GOV | President | president |\n", `agents.txt:1: kind "job"`},
		{"agents/flag", agentsErr, "title | GOV | President | president | loud\n", `agents.txt:1: unknown flag "loud"`},
		{"sectors/code", sectorsErr, "gov government\n", `sectors.txt:1: sector code "gov"`},
		{"sectors/dup", sectorsErr, "GOV a\nGOV b\n", "sectors.txt:2: sector GOV listed twice"},
		{"people/orphan", peopleErr, "  alias: X\n", "people.txt:1: indented line before any person name"},
		{"people/office", peopleErr, "Imran Khan\n  PAKGOV 2018\n", "people.txt:2: office line"},
		{"people/date", peopleErr, "Imran Khan\n  PAKGOV 2018-13-01 - Prime Minister\n", `people.txt:2: from date "2018-13-01"`},
		{"people/to", peopleErr, "Imran Khan\n  PAKGOV 2018 soon Prime Minister\n", `people.txt:2: to date "soon"`},
		{"people/order", peopleErr, "Imran Khan\n  PAKGOV 2018 2010 Prime Minister\n", "people.txt:2: office ends (2010) before it starts (2018)"},
		{"people/none", peopleErr, "# x\nImran Khan\n  alias: Imran\n", "people.txt:2: Imran Khan has no office line"},
		{"people/alias", peopleErr, "Imran Khan\n  alias: ;\n  PAKGOV 2018 - PM\n", "people.txt:2: empty alias list"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.parse("", []byte(tc.in))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func countriesErr(_ string, b []byte) error { _, err := parseCountries("countries.txt", b); return err }
func orgsErr(_ string, b []byte) error      { _, err := parseOrgs("orgs.txt", b); return err }
func agentsErr(_ string, b []byte) error    { _, err := parseAgents("agents.txt", b); return err }
func sectorsErr(_ string, b []byte) error   { _, err := parseSectors("sectors.txt", b); return err }
func peopleErr(_ string, b []byte) error    { _, err := parsePeople("people.txt", b); return err }

// TestParsePeople checks dates, open offices and office selection.
func TestParsePeople(t *testing.T) {
	ps, err := parsePeople("people.txt", []byte("# x\nImran Khan\n  alias: Imran Khan Niazi; Imran\n  PAKGOV 2018-08-18 2022-04 Prime Minister\n  PAKOPP 2022 - Chairman of PTI\n"))
	if err != nil {
		t.Fatal(err)
	}
	p := ps[0]
	if p.Name != "Imran Khan" || len(p.Aliases) != 2 || len(p.Offices) != 2 {
		t.Fatalf("got %+v", p)
	}
	if got := p.Offices[0].Until.String(); got != "2022-04-30" {
		t.Errorf("YYYY-MM end = %s, want 2022-04-30", got)
	}
	if got := p.Offices[1].Since.String(); got != "2022-01-01" {
		t.Errorf("YYYY start = %s, want 2022-01-01", got)
	}
	if !p.Offices[1].Until.IsZero() {
		t.Errorf("open office has end %s", p.Offices[1].Until)
	}
	day, _ := parseDay("2022-03-01", false)
	if o, ok := p.officeOn(day.Time); !ok || o.Code != "PAKOPP" {
		t.Errorf("officeOn(2022-03-01) = %v, %v; want the later-starting PAKOPP", o.Code, ok)
	}
}

func FuzzParsePeople(f *testing.F) {
	f.Add("Imran Khan\n  alias: Imran\n  PAKGOV 2018-08-18 2022-04-10 Prime Minister\n")
	f.Add("  PAKGOV 2018 -\nX\n\talias:;\n")
	f.Fuzz(func(t *testing.T, s string) {
		ps, err := parsePeople("fuzz", []byte(s))
		if err == nil {
			for _, p := range ps {
				if len(p.Offices) == 0 {
					t.Errorf("%q accepted without an office", p.Name)
				}
			}
		}
	})
}

func FuzzParseDataFiles(f *testing.F) {
	f.Add("PAK | SAS | Pakistan | Pakistani | Pakistanis | Islamabad\n")
	f.Add("IGOUNO | igo | - | IGO | United Nations; UN\n")
	f.Add("title | GOV | President | president | domestic\n")
	f.Fuzz(func(t *testing.T, s string) {
		b := []byte(s)
		_, _ = parseCountries("fuzz", b)
		_, _ = parseOrgs("fuzz", b)
		_, _ = parseAgents("fuzz", b)
		_, _ = parseSectors("fuzz", b)
	})
}

// FuzzResolve checks that resolution never panics and keeps mention
// offsets inside the text.
func FuzzResolve(f *testing.F) {
	for _, tc := range resolveCases[:10] {
		f.Add(tc.text)
	}
	f.Add("PM\n\nthe two leaders. They. He 's ’s -- U.S. J. ,,, of of")
	r := smallResolver(f)
	f.Fuzz(func(t *testing.T, s string) {
		d := newDoc(s)
		r.Resolve(d)
		for _, m := range d.Mentions {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End || s[m.Start:m.End] != m.Text {
				t.Fatalf("bad mention %+v in %q", m, s)
			}
			for _, a := range m.Actors {
				if a < 0 || a >= len(d.Actors) {
					t.Fatalf("mention %q: actor index %d out of range", m.Text, a)
				}
			}
		}
	})
}
