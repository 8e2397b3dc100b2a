package eval

import (
	"path/filepath"
	"sort"
	"strings"

	"parley"
)

// Ratio is a count of successes N out of D.
type Ratio struct{ N, D int }

// Value returns N/D, or 1 when D is 0 (nothing to find, nothing wrong).
func (r Ratio) Value() float64 {
	if r.D == 0 {
		return 1
	}
	return float64(r.N) / float64(r.D)
}

// F1 returns the harmonic mean of precision p and recall r.
func F1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Report is the outcome of scoring coded documents against gold.
type Report struct {
	Docs        int      // gold documents scored
	MissingDocs []string // gold documents with no coded document
	Unscored    []string // coded documents the gold does not name

	Recall    Ratio // must-events found / must-events
	Precision Ratio // produced events matching gold / produced events
	Actors    Ratio // gold actors found / gold actors
	Claims    Ratio // gold claims found / gold claims
	Roots     []RootScore

	Misses         []Miss
	FalsePositives []FalsePositive
	ActorMisses    []ActorMiss
	ClaimMisses    []ClaimMiss
}

// F1 returns the event F1 score.
func (r *Report) F1() float64 { return F1(r.Precision.Value(), r.Recall.Value()) }

// RootScore is the event score of one CAMEO root: recall over the
// must-events whose first acceptable code has that root, precision over the
// produced events with that root.
type RootScore struct {
	Root      string
	Recall    Ratio
	Precision Ratio
}

// Miss is a must-event no produced event matched. Near lists the produced
// events of the same document whose sentence contains the gold evidence:
// what the coder made of that sentence instead.
type Miss struct {
	Event GoldEvent
	Near  []parley.Event
}

// FalsePositive is a produced event that no gold event absorbed. Duplicate
// names the gold event it matched when it was only one too many.
type FalsePositive struct {
	Doc       string
	Event     parley.Event
	Duplicate string
}

// scored reports whether a produced event takes part in scoring: negated
// and hypothetical events are not claims that something happened.
func scored(e *parley.Event) bool {
	return e.Modality != "negated" && e.Modality != "hypothetical"
}

// DocKey is how documents are matched to gold: by file base name.
func DocKey(doc string) string { return filepath.Base(doc) }

// Score scores docs against g. A coded document matches the gold's document
// of the same base name; see docs/output.md for the rules.
func Score(g *Gold, docs []*parley.Document) *Report {
	r := &Report{}
	byDoc := map[string]*parley.Document{}
	for _, d := range docs {
		k := DocKey(d.Doc)
		if _, dup := byDoc[k]; !dup {
			byDoc[k] = d
		}
	}
	inGold := map[string]bool{}
	roots := map[string]*RootScore{}
	root := func(code string) *RootScore {
		k := code[:min(2, len(code))]
		if roots[k] == nil {
			roots[k] = &RootScore{Root: k}
		}
		return roots[k]
	}
	for _, name := range g.Docs {
		k := DocKey(name)
		inGold[k] = true
		r.Docs++
		d := byDoc[k]
		if d == nil {
			r.MissingDocs = append(r.MissingDocs, name)
			d = &parley.Document{Doc: name}
		}
		r.scoreEvents(g, name, d, root)
		r.scoreActors(g, name, d)
		r.scoreClaims(g, name, d)
	}
	for k := range byDoc {
		if !inGold[k] {
			r.Unscored = append(r.Unscored, k)
		}
	}
	sort.Strings(r.Unscored)
	for _, rs := range roots {
		r.Roots = append(r.Roots, *rs)
	}
	sort.Slice(r.Roots, func(i, j int) bool { return r.Roots[i].Root < r.Roots[j].Root })
	return r
}

// scoreEvents scores one document's events: recall over its must-events,
// precision by a maximum matching in which each gold event absorbs at most
// two produced events.
func (r *Report) scoreEvents(g *Gold, name string, d *parley.Document, root func(string) *RootScore) {
	var gold []*GoldEvent
	for i := range g.Events {
		if g.Events[i].Doc == name {
			gold = append(gold, &g.Events[i])
		}
	}
	var produced []*parley.Event
	for i := range d.Events {
		if scored(&d.Events[i]) {
			produced = append(produced, &d.Events[i])
		}
	}
	// match[i] lists the gold events produced event i matches.
	match := make([][]int, len(produced))
	found := make([]bool, len(gold))
	for i, e := range produced {
		for j, ge := range gold {
			if eventMatches(e, ge) {
				match[i] = append(match[i], j)
				found[j] = true
			}
		}
	}
	for j, ge := range gold {
		if !ge.Must {
			continue
		}
		rs := root(ge.CAMEO[0])
		r.Recall.D++
		rs.Recall.D++
		if found[j] {
			r.Recall.N++
			rs.Recall.N++
			continue
		}
		r.Misses = append(r.Misses, Miss{Event: *ge, Near: near(d, ge.Evidence)})
	}
	absorbed := assign(match, len(gold), 2)
	for i, e := range produced {
		rs := root(e.CAMEO)
		r.Precision.D++
		rs.Precision.D++
		if absorbed[i] {
			r.Precision.N++
			rs.Precision.N++
			continue
		}
		fp := FalsePositive{Doc: name, Event: *e}
		if len(match[i]) > 0 {
			fp.Duplicate = gold[match[i][0]].ID
		}
		r.FalsePositives = append(r.FalsePositives, fp)
	}
}

// assign finds a maximum matching of produced events (rows of match, each
// listing the gold events it may go to) onto gold events that take at most
// capacity each, by augmenting paths, and reports which produced events got
// one.
func assign(match [][]int, gold, capacity int) []bool {
	slots := make([]int, gold*capacity) // produced event in each slot, or -1
	for i := range slots {
		slots[i] = -1
	}
	var try func(i int, seen []bool) bool
	try = func(i int, seen []bool) bool {
		for _, j := range match[i] {
			for s := j * capacity; s < (j+1)*capacity; s++ {
				if seen[s] {
					continue
				}
				seen[s] = true
				if slots[s] < 0 || try(slots[s], seen) {
					slots[s] = i
					return true
				}
			}
		}
		return false
	}
	seen := make([]bool, len(slots))
	for i := range match {
		if len(match[i]) > 0 {
			clear(seen)
			try(i, seen)
		}
	}
	// An event once matched stays matched along later augmenting paths, so
	// the slots say who got one.
	got := make([]bool, len(match))
	for _, i := range slots {
		if i >= 0 {
			got[i] = true
		}
	}
	return got
}

// near returns the produced events whose sentence contains evidence.
func near(d *parley.Document, evidence string) []parley.Event {
	if evidence == "" {
		return nil
	}
	var out []parley.Event
	for _, e := range d.Events {
		if strings.Contains(e.Sentence, evidence) {
			out = append(out, e)
		}
	}
	return out
}
