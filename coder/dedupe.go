package coder

import (
	"fmt"
	"slices"

	"parley"
)

// actorKey identifies an event actor for de-duplication.
func actorKey(a *parley.EventActor) string {
	if a == nil {
		return "-"
	}
	return a.Code + "/" + a.Name
}

// countryKey identifies an event actor by its country (or code), to match
// a headline's "Pakistan" with the body's "Pakistani leadership".
func countryKey(a *parley.EventActor) string {
	switch {
	case a == nil:
		return "-"
	case a.Country != "":
		return a.Country
	case len(a.Code) >= 3:
		return a.Code[:3]
	}
	return a.Code
}

// dedupe keeps one event per (source, target, code, date) in the document
// (ICEWS's one-a-day rule: a story that repeats an event reports it once),
// preferring the body's report, and drops a headline event whose actors'
// countries and CAMEO root the body also reports (or, for a headline
// event without a target or source, its one side). Events keep text
// order.
func dedupe(events []parley.Event, titleEnd int) []parley.Event {
	inTitle := func(e parley.Event) bool { return titleEnd > 0 && e.Start < titleEnd }
	body := map[string]bool{}
	bodyRoot := map[string]bool{}
	for _, e := range events {
		if !inTitle(e) {
			body[eventKey(e)] = true
			bodyRoot[rootKey(e)] = true
			// A headline that leaves one side out ("Iran seizes oil
			// tanker") reports the body's event with that side.
			bodyRoot[rootKey(parley.Event{Source: e.Source, CAMEO: e.CAMEO})] = true
			bodyRoot[rootKey(parley.Event{Target: e.Target, CAMEO: e.CAMEO})] = true
		}
	}
	covered := func(e parley.Event) bool {
		if body[eventKey(e)] || bodyRoot[rootKey(e)] {
			return true
		}
		// A symmetric headline event ("FM Dar meets Chinese envoy") is
		// reported by the body if either direction is.
		r := e
		r.Source, r.Target = e.Target, e.Source
		return e.Symmetric && (body[eventKey(r)] || bodyRoot[rootKey(r)])
	}
	seen := map[string]bool{}
	var out []parley.Event
	for i, e := range events {
		k := eventKey(e)
		if inTitle(e) && covered(e) || seen[k] || nestedTwin(events, i) {
			continue
		}
		seen[k] = true
		out = append(out, e)
	}
	return out
}

// nestedTwin reports whether event i repeats another event of the same
// sentence and code whose actor on one side is named by a phrase holding
// event i's actor phrase and has the same code: "NATO" inside "NATO
// Secretary General Jens Stoltenberg" is the same party, not a second one.
func nestedTwin(events []parley.Event, i int) bool {
	e := events[i]
	within := func(in, out *parley.EventActor) bool {
		return in != nil && out != nil && in.Code == out.Code && in != out &&
			out.Start <= in.Start && in.End <= out.End && out.End-out.Start > in.End-in.Start
	}
	same := func(a, b *parley.EventActor) bool {
		return a == nil && b == nil || a != nil && b != nil && a.Code == b.Code && a.Start == b.Start && a.End == b.End
	}
	for j := range events {
		o := &events[j]
		if j == i || o.Start != e.Start || o.CAMEO != e.CAMEO {
			continue
		}
		if within(e.Source, o.Source) && same(e.Target, o.Target) || within(e.Target, o.Target) && same(e.Source, o.Source) {
			return true
		}
	}
	return false
}

func eventKey(e parley.Event) string {
	return fmt.Sprintf("%s>%s|%s|%s", actorKey(e.Source), actorKey(e.Target), e.CAMEO, e.Date)
}

func rootKey(e parley.Event) string {
	root := e.CAMEO
	if len(root) > 2 {
		root = root[:2]
	}
	return fmt.Sprintf("%s>%s|%s", countryKey(e.Source), countryKey(e.Target), root)
}

// dedupeClaims keeps one claim per (what, count, qualifier) in the
// document: the first, unless it is in the headline and the body repeats
// it.
func dedupeClaims(claims []parley.Claim) []parley.Claim {
	var out []parley.Claim
	for _, c := range claims {
		if slices.ContainsFunc(out, func(o parley.Claim) bool {
			return o.What == c.What && o.Count == c.Count && o.Qualifier == c.Qualifier
		}) {
			continue
		}
		out = append(out, c)
	}
	return out
}
