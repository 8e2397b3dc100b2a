package coder

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"parley"
)

// Gazetteer maps place names (and their aliases) to places with their
// country and coordinates, and demonyms to countries.
type Gazetteer struct {
	byName    map[string]*placeEntry
	firsts    map[string]bool // the first word of every name
	demonyms  map[string]*placeEntry
	countries map[string]*placeEntry // ISO3 → the country's own entry
	maxWords  int
}

// placeEntry is one gazetteer line.
type placeEntry struct {
	Name, Kind, Country string
	Lat, Lon            float64
}

// placeKinds are the kinds a gazetteer line may give.
var placeKinds = map[string]bool{"country": true, "capital": true, "city": true, "region": true, "site": true}

// ParseGazetteer reads a gazetteer in the format of data/places.txt:
// NAME | KIND | ISO3 | LAT | LON | ALIASES | DEMONYMS, the last two
// optional and comma-separated. Errors name the input and line as
// name:line.
func ParseGazetteer(r io.Reader, name string) (*Gazetteer, error) {
	g := &Gazetteer{byName: map[string]*placeEntry{}, demonyms: map[string]*placeEntry{}, countries: map[string]*placeEntry{}, firsts: map[string]bool{}}
	err := readDataLines(r, name, func(_ int, text string) error { return g.parseLine(text) })
	if err != nil {
		return nil, err
	}
	if len(g.byName) == 0 {
		return nil, fmt.Errorf("%s: no places", name)
	}
	return g, nil
}

// parseLine reads one gazetteer line.
func (g *Gazetteer) parseLine(text string) error {
	f := strings.Split(text, "|")
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	if len(f) < 5 || len(f) > 7 {
		return fmt.Errorf("want NAME | KIND | ISO3 | LAT | LON | ALIASES | DEMONYMS, got %d fields", len(f))
	}
	e := &placeEntry{Name: f[0], Kind: f[1], Country: f[2]}
	if e.Name == "" {
		return fmt.Errorf("empty name")
	}
	if !placeKinds[e.Kind] {
		return fmt.Errorf("%s: kind %q: want country, capital, city, region or site", e.Name, e.Kind)
	}
	if len(e.Country) != 3 || strings.ToUpper(e.Country) != e.Country {
		return fmt.Errorf("%s: country %q: want an ISO 3166 alpha-3 code", e.Name, e.Country)
	}
	var err error
	if e.Lat, err = strconv.ParseFloat(f[3], 64); err != nil || e.Lat < -90 || e.Lat > 90 {
		return fmt.Errorf("%s: latitude %q: want decimal degrees from -90 to 90", e.Name, f[3])
	}
	if e.Lon, err = strconv.ParseFloat(f[4], 64); err != nil || e.Lon < -180 || e.Lon > 180 {
		return fmt.Errorf("%s: longitude %q: want decimal degrees from -180 to 180", e.Name, f[4])
	}
	if e.Kind == "country" {
		if _, dup := g.countries[e.Country]; dup {
			return fmt.Errorf("%s: country %s listed twice", e.Name, e.Country)
		}
		g.countries[e.Country] = e
	}
	names := []string{e.Name}
	if len(f) > 5 {
		names = append(names, splitList(f[5])...)
	}
	for _, n := range names {
		k := placeKey(n)
		if _, dup := g.byName[k]; dup {
			return fmt.Errorf("%s: name %q listed twice", e.Name, n)
		}
		g.byName[k] = e
		g.maxWords = max(g.maxWords, len(strings.Fields(k)))
		first, _, _ := strings.Cut(k, " ")
		g.firsts[first] = true
	}
	if len(f) > 6 {
		for _, dn := range splitList(f[6]) {
			g.demonyms[placeKey(dn)] = e
		}
	}
	return nil
}

// splitList splits a comma-separated field, dropping empty items.
func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// placeKey normalises a name for lookup: lowercase, typographic
// apostrophes folded, hyphens as spaces, a leading "the" dropped.
func placeKey(s string) string {
	s = keyReplacer.Replace(strings.ToLower(s))
	if strings.Contains(s, "  ") || strings.HasPrefix(s, " ") || strings.HasSuffix(s, " ") {
		s = strings.Join(strings.Fields(s), " ")
	}
	if strings.Contains(s, " '") {
		s = strings.ReplaceAll(s, " '", "'")
	}
	return strings.TrimPrefix(s, "the ")
}

var keyReplacer = strings.NewReplacer("’", "'", "‘", "'", "-", " ", "–", " ", ".", "")

// Lookup returns the place a name refers to.
func (g *Gazetteer) Lookup(name string) (parley.Place, bool) {
	e, ok := g.byName[placeKey(name)]
	if !ok {
		return parley.Place{}, false
	}
	return e.place(), true
}

// Demonym returns the country a demonym ("Palestinians") refers to.
func (g *Gazetteer) Demonym(word string) (string, bool) {
	e, ok := g.demonyms[placeKey(word)]
	if !ok {
		return "", false
	}
	return e.Country, true
}

// place returns the entry as a new Place.
func (e *placeEntry) place() parley.Place {
	lat, lon := e.Lat, e.Lon
	return parley.Place{Name: e.Name, Country: e.Country, Lat: &lat, Lon: &lon}
}

// matchAt returns the longest place name starting at token t of s, and the
// token after it. Place names start with a capital letter.
func (g *Gazetteer) matchAt(s *sent, t int) (*placeEntry, int) {
	r, _ := utf8.DecodeRuneInString(s.toks[t].Text)
	if !unicode.IsUpper(r) {
		return nil, t
	}
	first, _, _ := strings.Cut(placeKey(s.toks[t].Text), " ")
	if !g.firsts[first] {
		return nil, t
	}
	var b strings.Builder
	var best *placeEntry
	end := t
	for j := t; j < len(s.toks) && j < t+g.maxWords+2; j++ {
		if j > t {
			b.WriteByte(' ')
		}
		b.WriteString(s.toks[j].Text)
		if e, ok := g.byName[placeKey(b.String())]; ok && (j == t || s.toks[j].UPOS != "PUNCT") {
			best, end = e, j+1 // not "Kharkiv ." with its stop
		}
	}
	return best, end
}
