package plover

import (
	"strings"
	"testing"

	"parley"
)

func TestRefine(t *testing.T) {
	tests := []struct {
		name, typ, mode, text, want string
	}{
		{"Phone", "CONSULT", "", "The two presidents held a telephonic conversation on Monday.", "phone"},
		{"PhoneOverVisit", "CONSULT", "visit", "She spoke by phone with the visiting minister.", "phone"},
		{"Multilateral", "CONSULT", "", "They met on the sidelines of the UN General Assembly.", "multilateral"},
		{"Visit", "CONSULT", "", "The minister visited Beijing last week.", "visit"},
		{"Wildcard", "CONSULT", "", "The king welcomed Macron to the palace.", "visit"},
		{"KeepDefault", "CONSULT", "visit", "The leaders met in the capital.", "visit"},
		{"Aerial", "ASSAULT", "", "Air strikes hit the camp overnight.", "aerial"},
		{"Drone", "ASSAULT", "aerial", "A drone strike killed three.", "drone"},
		{"HyphenShelling", "ASSAULT", "", "Heavy shelling continued near the border.", "heavy-weapons"},
		{"Firearms", "ASSAULT", "", "Gunmen opened fire on the convoy.", "firearms"},
		{"Arrest", "COERCE", "", "Police detained twelve activists.", "arrest"},
		{"HungerStrike", "PROTEST", "", "Prisoners began a hunger strike.", "hunger"},
		{"Ceasefire", "RETREAT", "", "A cease-fire took effect at dawn.", "ceasefire"},
		{"NoModes", "AGREE", "", "They agreed to meet by telephone.", ""},
		{"Unknown", "", "", "telephone", ""},
		{"EmptyText", "CONSULT", "visit", "", "visit"},
		{"WordBoundary", "ASSAULT", "", "The ambassador's shotgun wedding was postponed.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Refine(parley.PLOVER{Type: tt.typ, Mode: tt.mode}, tt.text)
			if want := (parley.PLOVER{Type: tt.typ, Mode: tt.want}); got != want {
				t.Errorf("Refine(%s/%s, %q) = %+v, want %+v", tt.typ, tt.mode, tt.text, got, want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	const types = "CONSULT\t1\tMeetings.\n\tphone\tBy phone.\tphone*\n"
	tests := []struct {
		name, types, cameo, want string
	}{
		{"ErrTypeFields", "CONSULT\tMeetings.\n", "04\tCONSULT\t-\n", "t.txt:1: type line"},
		{"ErrQuad", "CONSULT\t5\tMeetings.\n", "04\tCONSULT\t-\n", "t.txt:1: type CONSULT: quad class"},
		{"ErrModeFirst", "\tphone\tBy phone.\n", "04\tCONSULT\t-\n", "t.txt:1: mode line before any type"},
		{"ErrModeCase", "CONSULT\t1\tM.\n\tPhone\tBy phone.\n", "04\tCONSULT\t-\n", "t.txt:2: mode \"Phone\""},
		{"ErrCue", "CONSULT\t1\tM.\n\tphone\tBy phone.\tPhone\n", "04\tCONSULT\t-\n", "t.txt:2: mode CONSULT phone: cue \"Phone\""},
		{"ErrEmptyCue", "CONSULT\t1\tM.\n\tphone\tBy phone.\ta,,b\n", "04\tCONSULT\t-\n", "t.txt:2: mode CONSULT phone: empty cue"},
		{"ErrNoTypes", "# none\n", "04\tCONSULT\t-\n", "t.txt: no types"},
		{"ErrCAMEOFields", types, "# c\n04\tCONSULT\n", "c.txt:2: want CODE<TAB>TYPE<TAB>MODE"},
		{"ErrCAMEOCode", types, "4x\tCONSULT\t-\n", "c.txt:1: CAMEO code \"4x\""},
		{"ErrUnknownType", types, "04\tMEET\t-\n", "c.txt:1: CAMEO code 04: unknown PLOVER type \"MEET\""},
		{"ErrUnknownMode", types, "041\tCONSULT\tfax\n", "c.txt:1: CAMEO code 041: type CONSULT has no mode \"fax\""},
		{"ErrModeNoType", types, "041\t-\tphone\n", "c.txt:1: CAMEO code 041: mode \"phone\" without a type"},
		{"ErrDuplicate", types, "04\tCONSULT\t-\n04\tCONSULT\t-\n", "c.txt:2: CAMEO code 04: duplicate"},
		{"ErrNoCodes", types, "\n", "c.txt: no codes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tt.types), "t.txt", strings.NewReader(tt.cameo), "c.txt")
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("Parse error = %v, want prefix %q", err, tt.want)
			}
		})
	}
	t.Run("OK", func(t *testing.T) {
		c, err := Parse(strings.NewReader(types), "t.txt", strings.NewReader("04\tCONSULT\t-\n041\tCONSULT\tphone # by phone\n"), "c.txt")
		if err != nil {
			t.Fatal(err)
		}
		if got := c.ForCAMEO("0412"); got != (parley.PLOVER{Type: "CONSULT", Mode: "phone"}) {
			t.Errorf("ForCAMEO(0412) = %+v", got)
		}
	})
}

func FuzzParse(f *testing.F) {
	f.Add("CONSULT\t1\tMeetings.\n\tphone\tBy phone.\tphone*, a * b\n", "04\tCONSULT\t-\n041\tCONSULT\tphone\n", "phone call")
	f.Fuzz(func(t *testing.T, types, cameoTable, text string) {
		c, err := Parse(strings.NewReader(types), "t", strings.NewReader(cameoTable), "c")
		if err != nil {
			return
		}
		for _, ty := range c.Types() {
			p := c.Refine(parley.PLOVER{Type: ty.Name}, text)
			if p.Mode != "" && !hasMode(ty, p.Mode) {
				t.Errorf("Refine gave mode %q not of type %s", p.Mode, ty.Name)
			}
		}
	})
}

func BenchmarkForCAMEO(b *testing.B) {
	codes := []string{"010", "041", "0233", "1053", "195", "2042"}
	for i := 0; b.Loop(); i++ {
		ForCAMEO(codes[i%len(codes)])
	}
}

func BenchmarkRefine(b *testing.B) {
	const s = "Pakistan's foreign minister and his Iranian counterpart held talks on the sidelines of the summit in Riyadh on Wednesday."
	p := parley.PLOVER{Type: "CONSULT"}
	for b.Loop() {
		Refine(p, s)
	}
}
