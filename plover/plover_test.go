package plover

import (
	"bufio"
	"encoding/csv"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"parley"
	"parley/cameo"
)

var sharedDir = filepath.Join("..", "..", "shared", "plover")

func TestTypes(t *testing.T) {
	want := map[string]int{
		"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
		"COOPERATE": 2, "AID": 2, "RETREAT": 2,
		"REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "SANCTION": 3,
		"PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
	}
	types := Types()
	if len(types) != len(want) {
		t.Errorf("%d types, want %d", len(types), len(want))
	}
	for _, ty := range types {
		if q, ok := want[ty.Name]; !ok || q != ty.QuadClass {
			t.Errorf("type %s quad class %d, want %d (known %v)", ty.Name, ty.QuadClass, q, ok)
		}
		if ty.Definition == "" {
			t.Errorf("type %s has no definition", ty.Name)
		}
	}
	var names []string
	for _, m := range Modes("CONSULT") {
		names = append(names, m.Name)
	}
	if got := strings.Join(names, ","); got != "phone,multilateral,third-party,visit" {
		t.Errorf("CONSULT modes = %s", got)
	}
	if Modes("AGREE") != nil || Modes("NOPE") != nil {
		t.Error("Modes of AGREE or an unknown type is not nil")
	}
}

func TestForCAMEO(t *testing.T) {
	tests := []struct{ code, typ, mode string }{
		{"010", "", ""},
		{"01", "", ""},
		{"018", "SUPPORT", ""},
		{"02", "REQUEST", ""},
		{"0233", "REQUEST", "assist"},
		{"026", "REQUEST", "meet"},
		{"036", "AGREE", ""},
		{"040", "CONSULT", ""},
		{"041", "CONSULT", "phone"},
		{"044", "CONSULT", "third-party"},
		{"051", "SUPPORT", ""},
		{"0871", "RETREAT", "ceasefire"},
		{"111", "ACCUSE", "disapprove"},
		{"1053", "REQUEST", "yield"},
		{"163", "COERCE", "restrict"},
		{"173", "COERCE", "arrest"},
		{"195", "ASSAULT", "aerial"},
		{"0215", "REQUEST", "assist"}, // not a CAMEO code: its parent's mapping
		{"", "", ""},
		{"9", "", ""},
		{"99", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			want := parley.PLOVER{Type: tt.typ, Mode: tt.mode}
			if got := ForCAMEO(tt.code); got != want {
				t.Errorf("ForCAMEO(%q) = %+v, want %+v", tt.code, got, want)
			}
		})
	}
}

// TestEveryCAMEOCode checks that every CAMEO code outside root 01 has a
// PLOVER type, and that the table has no code CAMEO lacks.
func TestEveryCAMEOCode(t *testing.T) {
	book := cameo.Default()
	for _, c := range book.Codes() {
		p, ok := Default().cameo[c.Code]
		if !ok {
			t.Errorf("CAMEO %s (%s) not in the table", c.Code, c.Name)
			continue
		}
		if p.Type == "" && c.Root != "01" {
			t.Errorf("CAMEO %s (%s) has no PLOVER type", c.Code, c.Name)
		}
	}
	for code := range Default().cameo {
		if _, ok := book.Lookup(code); !ok {
			t.Errorf("table code %s is not a CAMEO code", code)
		}
	}
}

// TestAgainstReference checks the table's types against the PLOVER project's
// conversion table, and every mode against PLOVER's codebook.
func TestAgainstReference(t *testing.T) {
	f, err := os.Open(filepath.Join(sharedDir, "CAMEO2PLOVER-2021.txt"))
	if err != nil {
		t.Skipf("reference table absent (%v); the PLOVER check needs ../shared/plover", err)
	}
	defer f.Close()
	// Codes where parley deliberately departs from the conversion table's type.
	overrides := map[string]string{"116": "SANCTION"}
	line := regexp.MustCompile(`^(\d+):\s*([A-Z]+)`)
	sc := bufio.NewScanner(f)
	seen := map[string]bool{}
	for sc.Scan() {
		m := line.FindStringSubmatch(sc.Text())
		if m == nil || seen[m[1]] {
			continue
		}
		seen[m[1]] = true
		want := m[2]
		if o, ok := overrides[m[1]]; ok {
			want = o
		}
		if got := ForCAMEO(m[1]).Type; got != want {
			t.Errorf("CAMEO %s: type %q, conversion table says %q", m[1], got, want)
		}
	}
	cf, err := os.Open(filepath.Join(sharedDir, "PLOVER_codebook.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer cf.Close()
	rows, err := csv.NewReader(cf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	modes := map[string]bool{}
	for _, r := range rows[1:] {
		modes[r[0]+"/"+r[1]] = true
	}
	for _, ty := range Types() {
		if !modes[ty.Name+"/"] && len(ty.Modes) == 0 {
			t.Errorf("type %s not in PLOVER's codebook", ty.Name)
		}
		for _, m := range ty.Modes {
			if !modes[ty.Name+"/"+m.Name] && !(ty.Name == "SANCTION" && m.Name == "convict") {
				t.Errorf("mode %s %s not in PLOVER's codebook", ty.Name, m.Name)
			}
		}
	}
	for k := range modes {
		typ, mode, _ := strings.Cut(k, "/")
		if _, ok := Default().Type(typ); !ok {
			t.Errorf("PLOVER type %s missing", typ)
		}
		if mode != "" && !hasMode(mustType(t, typ), mode) {
			t.Errorf("PLOVER mode %s %s missing", typ, mode)
		}
	}
}

func mustType(t *testing.T, name string) Type {
	ty, ok := Default().Type(name)
	if !ok {
		t.Fatalf("type %s missing", name)
	}
	return ty
}
