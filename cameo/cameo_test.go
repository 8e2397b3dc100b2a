package cameo

import (
	"bufio"
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// sharedDir holds the reference tables the codebook is checked against.
var sharedDir = filepath.Join("..", "..", "shared", "cameo")

func TestDefault(t *testing.T) {
	c := Default()
	if c.Len() != 312 {
		t.Errorf("Len() = %d, want 312 (20 roots, 147 three-digit, 145 four-digit)", c.Len())
	}
	tests := []struct {
		code      string
		name      string
		goldstein float64
		quad      int
	}{
		{"01", "Make public statement", 0, 1},
		{"018", "Make empathetic comment", 3.4, 1},
		{"016", "Deny responsibility", -2, 1},
		{"022", "Appeal for diplomatic cooperation (such as policy support)", 3.2, 1},
		{"042", "Make a visit", 1.9, 1},
		{"0871", "Declare truce, ceasefire", 9, 2},
		{"1213", "Reject judicial cooperation", -4, 3},
		{"164", "Halt negotiations", -7, 4},
		{"165", "Halt mediation", -6.5, 4},
		{"195", "Employ aerial weapons", -10, 4},
		{"2042", "Detonate nuclear weapons", -10, 4},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			got, ok := c.Lookup(tt.code)
			if !ok {
				t.Fatalf("Lookup(%q) not found", tt.code)
			}
			want := Code{Code: tt.code, Name: tt.name, Goldstein: tt.goldstein, QuadClass: tt.quad, Root: tt.code[:2]}
			if got != want {
				t.Errorf("Lookup(%q) = %+v, want %+v", tt.code, got, want)
			}
		})
	}
	for _, bad := range []string{"", "0", "21", "099", "01a", "0101"} {
		if _, ok := c.Lookup(bad); ok {
			t.Errorf("Lookup(%q) found a code, want none", bad)
		}
	}
}

func TestCodesOrder(t *testing.T) {
	codes := Default().Codes()
	roots := 0
	for i, c := range codes {
		if len(c.Code) == 2 {
			roots++
			continue
		}
		if i == 0 || codes[i-1].Root > c.Root {
			t.Errorf("code %s out of order", c.Code)
		}
	}
	if roots != 20 {
		t.Errorf("%d roots, want 20", roots)
	}
	codes[0].Name = "changed"
	if n := Default().Codes()[0].Name; n == "changed" {
		t.Error("Codes() shares its slice with the codebook")
	}
}

func TestQuadClass(t *testing.T) {
	tests := map[string]int{"01": 1, "05": 1, "06": 2, "08": 2, "09": 3, "13": 3, "14": 4, "20": 4, "00": 0, "21": 0, "1": 0, "x1": 0}
	for root, want := range tests {
		if got := QuadClass(root); got != want {
			t.Errorf("QuadClass(%q) = %d, want %d", root, got, want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"ErrFields", "01\t0.0\n", "x.txt:1: want CODE<TAB>GOLDSTEIN<TAB>NAME"},
		{"ErrCode", "# c\n1x\t0\tName\n", "x.txt:2: code \"1x\""},
		{"ErrRoot", "21\t0\tName\n", "x.txt:1: code \"21\": root 21 is not 01-20"},
		{"ErrParent", "01\t0\tA\n0101\t0\tB\n", "x.txt:2: code 0101: parent 010 not defined above"},
		{"ErrDuplicate", "01\t0\tA\n01\t0\tB\n", "x.txt:2: code 01: duplicate"},
		{"ErrGoldstein", "01\tten\tA\n", "x.txt:1: code 01: Goldstein \"ten\""},
		{"ErrRange", "01\t11\tA\n", "x.txt:1: code 01: Goldstein \"11\""},
		{"ErrName", "01\t0\t \n", "x.txt:1: code 01: empty name"},
		{"ErrEmpty", "# nothing\n\n", "x.txt: no codes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tt.in), "x.txt")
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("Parse error = %v, want prefix %q", err, tt.want)
			}
		})
	}
}

// TestAgainstReference checks every code against the CAMEO manual's table
// (names, and Goldstein where GDELT agrees) and GDELT's Goldstein table.
func TestAgainstReference(t *testing.T) {
	manual := filepath.Join(sharedDir, "cameo-codes.csv")
	f, err := os.Open(manual)
	if err != nil {
		t.Skipf("reference table absent (%v); the CAMEO check needs ../shared/cameo", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	c := Default()
	gdelt := readTSV(t, filepath.Join(sharedDir, "CAMEO.goldsteinscale.txt"))
	for _, r := range rows[1:] {
		code, name := r[0], strings.Join(strings.Fields(r[1]), " ")
		got, ok := c.Lookup(code)
		if !ok {
			t.Errorf("code %s (%s) missing", code, name)
			continue
		}
		if !strings.EqualFold(got.Name, name) {
			t.Errorf("code %s name %q, manual says %q", code, got.Name, name)
		}
		want, inGDELT := gdelt[code]
		if !inGDELT {
			want = r[2]
		}
		if w, _ := strconv.ParseFloat(want, 64); got.Goldstein != w {
			t.Errorf("code %s Goldstein %v, want %v (GDELT: %v)", code, got.Goldstein, w, inGDELT)
		}
	}
	if c.Len() != len(rows)-1 {
		t.Errorf("codebook has %d codes, manual %d", c.Len(), len(rows)-1)
	}
	for code := range readTSV(t, filepath.Join(sharedDir, "CAMEO.eventcodes.txt")) {
		if _, ok := c.Lookup(code); !ok {
			t.Errorf("GDELT code %s missing", code)
		}
	}
}

func readTSV(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	for sc.Scan() {
		k, v, _ := strings.Cut(sc.Text(), "\t")
		m[k] = strings.TrimSpace(v)
	}
	return m
}

func FuzzParse(f *testing.F) {
	f.Add("01\t0.0\tMake public statement\n010\t0\tMake statement\n")
	f.Add("# c\n\n21\t1\tx\n")
	f.Fuzz(func(t *testing.T, in string) {
		c, err := Parse(strings.NewReader(in), "fuzz")
		if err == nil && c.Len() == 0 {
			t.Error("Parse returned an empty codebook without error")
		}
	})
}

func BenchmarkLookup(b *testing.B) {
	c := Default()
	codes := c.Codes()
	for i := 0; b.Loop(); i++ {
		if _, ok := c.Lookup(codes[i%len(codes)].Code); !ok {
			b.Fatal("missing code")
		}
	}
}
