// Package dedup decides when a newly coded event mention reports an event
// already stored, so that the same meeting told by ten outlets becomes one
// event with ten mentions, as in GDELT.
//
// Both stores (sqlite, postgres) fetch candidates with a coarse SQL query
// (see Candidates) and leave the decision to Match, so the rule lives here
// and only here:
//
//   - same source and target actor codes (either direction when both the
//     mention and the event are symmetric and the document does not itself
//     report the other direction);
//   - same CAMEO root; a code that refines the event's code (042 under 04)
//     replaces it;
//   - the same modality (an asserted meeting never joins a denied one);
//   - event dates within a day, or both undated and their documents
//     published within a day.
package dedup

import (
	"net/url"
	"strings"
	"time"

	"parley"
)

// Event is the part of an event (stored or new) that matching looks at.
type Event struct {
	ID        int64
	Source    string // actor codes; "" when the side is unknown
	Target    string
	CAMEO     string
	Day       int // event date as YYYYMMDD; 0 when undated
	PubDay    int // publication date of the (first) document; 0 when unknown
	Symmetric bool
	Modality  string
}

// FromEvent returns the matching key of e coded from a document published
// at published.
func FromEvent(e *parley.Event, published parley.Time) Event {
	k := Event{CAMEO: e.CAMEO, Day: Day(e.Date.Time), Symmetric: e.Symmetric, Modality: e.Modality}
	if e.Source != nil {
		k.Source = e.Source.Code
	}
	if e.Target != nil {
		k.Target = e.Target.Code
	}
	if !published.IsZero() {
		k.PubDay = Day(published.Time)
	}
	return k
}

// Day returns t's calendar date as YYYYMMDD (GDELT's SQLDATE), or 0 for
// the zero time.
func Day(t time.Time) int {
	if t.IsZero() {
		return 0
	}
	y, m, d := t.Date()
	return y*10000 + int(m)*100 + d
}

// DayTime is the inverse of Day; it returns the zero time for 0.
func DayTime(day int) time.Time {
	if day == 0 {
		return time.Time{}
	}
	return time.Date(day/10000, time.Month(day/100%100), day%100, 0, 0, 0, 0, time.UTC)
}

// Root returns the CAMEO root of code: its first two digits.
func Root(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

// Mergeable reports whether e may join or attract other mentions: it needs
// a CAMEO code, at least one actor, and a date or a publication date.
func Mergeable(e Event) bool {
	return len(e.CAMEO) >= 2 && (e.Source != "" || e.Target != "") && (e.Day != 0 || e.PubDay != 0)
}

// Query is the coarse candidate search a store runs for one mention: events
// with Root and Modality whose (source, target) is one of Pairs and whose
// Day (when Dated) or, for undated events, PubDay lies in [From, To].
type Query struct {
	Root     string
	Modality string
	Pairs    [][2]string
	Dated    bool
	From, To int
}

// Candidates returns the query that finds every event e may join. ok is
// false when e is not Mergeable.
func Candidates(e Event, allowReverse bool) (q Query, ok bool) {
	if !Mergeable(e) {
		return Query{}, false
	}
	q = Query{Root: Root(e.CAMEO), Modality: e.Modality, Pairs: [][2]string{{e.Source, e.Target}}}
	if allowReverse && e.Symmetric && e.Source != e.Target {
		q.Pairs = append(q.Pairs, [2]string{e.Target, e.Source})
	}
	day := e.Day
	q.Dated = day != 0
	if !q.Dated {
		day = e.PubDay
	}
	t := DayTime(day)
	q.From, q.To = Day(t.AddDate(0, 0, -1)), Day(t.AddDate(0, 0, 1))
	return q, true
}

// Match returns the index of the stored event in cands that e joins, or
// ok false when e starts a new event. Among several, it prefers the same
// direction, then the same code, then a refining code, then the closest
// date, then the oldest event.
func Match(e Event, allowReverse bool, cands []Event) (best int, ok bool) {
	best = -1
	var bestRank [4]int
	for i, c := range cands {
		rank, fits := rankOf(e, allowReverse, c)
		if !fits {
			continue
		}
		if best < 0 || less(rank, bestRank) || (rank == bestRank && c.ID < cands[best].ID) {
			best, bestRank = i, rank
		}
	}
	return best, best >= 0
}

// rankOf scores candidate c for e (lower is better) or reports that c does
// not fit.
func rankOf(e Event, allowReverse bool, c Event) (rank [4]int, fits bool) {
	if !Mergeable(e) || !Mergeable(c) || Root(c.CAMEO) != Root(e.CAMEO) || c.Modality != e.Modality {
		return rank, false
	}
	switch {
	case c.Source == e.Source && c.Target == e.Target:
	case allowReverse && e.Symmetric && c.Symmetric && c.Source == e.Target && c.Target == e.Source:
		rank[0] = 1
	default:
		return rank, false
	}
	switch {
	case c.CAMEO == e.CAMEO:
	case strings.HasPrefix(c.CAMEO, e.CAMEO) || strings.HasPrefix(e.CAMEO, c.CAMEO):
		rank[1] = 1
	default:
		rank[1] = 2
	}
	var a, b int
	switch {
	case e.Day != 0 && c.Day != 0:
		a, b = e.Day, c.Day
	case e.Day == 0 && c.Day == 0 && e.PubDay != 0 && c.PubDay != 0:
		a, b, rank[2] = e.PubDay, c.PubDay, 1
	default:
		return rank, false
	}
	gap := int(DayTime(a).Sub(DayTime(b)).Abs() / (24 * time.Hour))
	if gap > 1 {
		return rank, false
	}
	rank[3] = gap
	return rank, true
}

func less(a, b [4]int) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

// Refine returns the code an event keeps when a mention coded with code
// joins it: the more specific of the two when one refines the other
// ("042" over "04"), otherwise the event's own code.
func Refine(eventCode, code string) string {
	if len(code) > len(eventCode) && strings.HasPrefix(code, eventCode) {
		return code
	}
	return eventCode
}

// HasReverse reports, for each event of a document, whether the document
// also reports the same symmetric event the other way round (the coder
// emits both directions of a meeting). Such a mention only joins events of
// its own direction, so the two directions stay two events, consistently
// across documents.
func HasReverse(events []parley.Event) []bool {
	out := make([]bool, len(events))
	for i := range events {
		a := &events[i]
		if !a.Symmetric || a.Source == nil || a.Target == nil {
			continue
		}
		for j := range events {
			b := &events[j]
			if i != j && b.Symmetric && b.Source != nil && b.Target != nil &&
				b.Source.Code == a.Target.Code && b.Target.Code == a.Source.Code &&
				Root(b.CAMEO) == Root(a.CAMEO) && b.Start == a.Start {
				out[i] = true
				break
			}
		}
	}
	return out
}

// Outlet names the outlet that published doc, for counting distinct
// sources: its Source, else its URL's host without "www.", else "doc:"
// and its ID (an unattributed document counts as a source of its own).
func Outlet(doc *parley.Document) string {
	if s := strings.ToLower(strings.TrimSpace(doc.Source)); s != "" {
		return s
	}
	if u, err := url.Parse(doc.URL); err == nil && u.Host != "" {
		return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	return "doc:" + doc.ID
}
