package eval

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"parley"
)

// Write prints the report: with verbose, the missed events, actors and
// claims (with the gold evidence) and the false positives (with sentence and
// rule) first; then the per-root table; then the summary, whose last three
// lines read
//
//	events: recall=0.960 (24/25) precision=0.923 (36/39) f1=0.941
//	actors: 14/14
//	claims: 3/3
func (r *Report) Write(w io.Writer, verbose bool) error {
	bw := bufio.NewWriter(w)
	if verbose {
		r.writeDetail(bw)
	}
	fmt.Fprintf(bw, "docs: %d scored", r.Docs)
	if len(r.MissingDocs) > 0 {
		fmt.Fprintf(bw, ", %d without coded output", len(r.MissingDocs))
	}
	if len(r.Unscored) > 0 {
		fmt.Fprintf(bw, ", %d coded but not in the gold", len(r.Unscored))
	}
	fmt.Fprintln(bw)
	if len(r.Roots) > 0 {
		fmt.Fprintf(bw, "%-5s %-17s %s\n", "root", "recall", "precision")
		for _, rs := range r.Roots {
			fmt.Fprintf(bw, "%-5s %-17s %s\n", rs.Root, ratio(rs.Recall), ratio(rs.Precision))
		}
	}
	fmt.Fprintf(bw, "events: recall=%.3f (%d/%d) precision=%.3f (%d/%d) f1=%.3f\n",
		r.Recall.Value(), r.Recall.N, r.Recall.D, r.Precision.Value(), r.Precision.N, r.Precision.D, r.F1())
	fmt.Fprintf(bw, "actors: %d/%d\n", r.Actors.N, r.Actors.D)
	fmt.Fprintf(bw, "claims: %d/%d\n", r.Claims.N, r.Claims.D)
	return bw.Flush()
}

func ratio(x Ratio) string {
	if x.D == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f (%d/%d)", x.Value(), x.N, x.D)
}

func (r *Report) writeDetail(w io.Writer) {
	for _, d := range r.MissingDocs {
		fmt.Fprintf(w, "missing document %s: no coded output, its gold counts as missed\n", d)
	}
	if len(r.Misses) > 0 {
		fmt.Fprintf(w, "missed events (%d):\n", len(r.Misses))
	}
	for _, m := range r.Misses {
		g := m.Event
		arrow := "→"
		if g.Symmetric {
			arrow = "↔"
		}
		fmt.Fprintf(w, "  %s %s: %s %s%s%s", g.Doc, g.ID, strings.Join(g.CAMEO, "|"), codes(g.Source), arrow, codes(g.Target))
		if g.Date != "" {
			fmt.Fprintf(w, " date=%s", g.Date)
		}
		if g.DateRange[0] != "" {
			fmt.Fprintf(w, " date=%s..%s", g.DateRange[0], g.DateRange[1])
		}
		fmt.Fprintf(w, " (gold line %d)\n    evidence: %s\n", g.Line, strconv.Quote(g.Evidence))
		for _, e := range m.Near {
			fmt.Fprintf(w, "    coded instead: %s\n", eventLine(&e))
		}
	}
	if len(r.FalsePositives) > 0 {
		fmt.Fprintf(w, "false positives (%d):\n", len(r.FalsePositives))
	}
	for _, fp := range r.FalsePositives {
		fmt.Fprintf(w, "  %s: %s", fp.Doc, eventLine(&fp.Event))
		if fp.Duplicate != "" {
			fmt.Fprintf(w, " (one too many for gold %s)", fp.Duplicate)
		}
		fmt.Fprintf(w, "\n    sentence: %s\n", strconv.Quote(fp.Event.Sentence))
	}
	if len(r.ActorMisses) > 0 {
		fmt.Fprintf(w, "missed actors (%d):\n", len(r.ActorMisses))
	}
	for _, m := range r.ActorMisses {
		a := m.Actor
		fmt.Fprintf(w, "  %s: %s [%s] (gold line %d)\n", a.Doc, a.Name, strings.Join(a.Code, "|"), a.Line)
		for _, n := range m.Near {
			fmt.Fprintf(w, "    coded instead: %s %s\n", n.Code, strconv.Quote(n.Name))
		}
	}
	if len(r.ClaimMisses) > 0 {
		fmt.Fprintf(w, "missed claims (%d):\n", len(r.ClaimMisses))
	}
	for _, m := range r.ClaimMisses {
		c := m.Claim
		fmt.Fprintf(w, "  %s %s: %s %s %d", c.Doc, c.ID, c.What, c.Qualifier, c.Count)
		if c.Since != "" {
			fmt.Fprintf(w, " since=%s", c.Since)
		}
		if c.Place != "" {
			fmt.Fprintf(w, " place=%s", c.Place)
		}
		fmt.Fprintf(w, " (gold line %d)\n    evidence: %s\n", c.Line, strconv.Quote(c.Evidence))
		for _, n := range m.Near {
			fmt.Fprintf(w, "    coded instead: %s\n", claimLine(&n))
		}
	}
}

// claimLine describes a produced claim on one line.
func claimLine(c *parley.Claim) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s", c.What, strings.TrimSpace(c.Qualifier+" "+strconv.Itoa(c.Count)))
	if s := c.Since.String(); s != "" {
		fmt.Fprintf(&b, " since=%s", s)
	}
	if c.Place == nil {
		b.WriteString(" place=-")
	} else {
		fmt.Fprintf(&b, " place=%s", c.Place.Country)
		if c.Place.Name != "" && c.Place.Name != c.Place.Country {
			fmt.Fprintf(&b, "(%s)", c.Place.Name)
		}
	}
	fmt.Fprintf(&b, " trigger=%s rule=%s", strconv.Quote(c.Trigger), c.Rule)
	return b.String()
}

func codes(c []string) string {
	if c == nil {
		return "*"
	}
	return strings.Join(c, "|")
}

// eventLine describes a produced event on one line: code, direction, date,
// trigger and rule.
func eventLine(e *parley.Event) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s→%s", e.CAMEO, actorCode(e.Source), actorCode(e.Target))
	if s := e.Date.String(); s != "" {
		fmt.Fprintf(&b, " date=%s", s)
	}
	if e.Modality != "" {
		fmt.Fprintf(&b, " [%s]", e.Modality)
	}
	fmt.Fprintf(&b, " trigger=%s rule=%s", strconv.Quote(e.Trigger), e.Rule)
	return b.String()
}

func actorCode(a *parley.EventActor) string {
	if a == nil {
		return "-"
	}
	return a.Code
}
