package coder

import (
	"slices"
	"strings"
)

// actNouns name an act that a reaction refers back to ("condemned the
// launch", "welcomed the decision", "rejected the sanctions").
var actNouns = []string{
	"accusation", "action", "agreement", "allegation", "announcement", "application",
	"demand", "proposal", "offer", "threat", "release", "visit",
	"arrest", "attack", "bombing", "case", "charge", "deal", "decision", "deployment",
	"drill", "exercise", "expulsion", "incursion", "invasion", "killing", "launch", "law",
	"massacre", "measure", "move", "offensive", "operation", "plan", "raid", "recognition",
	"request", "resolution", "sanction", "shelling", "step", "strike", "test", "veto", "vote",
	"warning", "ceasefire", "truce", "withdrawal", "meeting", "talks", "summit", "detention",
	"ruling", "verdict", "exchange", "swap", "criticism", "condemnation",
}

// actRoots narrows an act noun to the CAMEO roots of the acts it can name
// ("the launch" is a show of force or a strike, not a sanction); nouns not
// listed may name any act.
var actRoots = map[string][]string{
	"launch": {"15", "19", "13"}, "test": {"15", "19"},
	"attack": {"18", "19", "20"}, "strike": {"18", "19", "20"}, "shelling": {"19"},
	"bombing": {"18", "19", "20"}, "raid": {"17", "18", "19"}, "incursion": {"19", "18"},
	"offensive": {"19"}, "invasion": {"19"}, "killing": {"18", "19", "20"},
	"massacre": {"18", "19", "20"}, "sanction": {"16", "17"}, "veto": {"12"},
	"arrest": {"17"}, "detention": {"17"}, "drill": {"15", "06"}, "exercise": {"15", "06"},
	"deployment": {"15"}, "expulsion": {"16", "17"}, "accusation": {"11"},
	"allegation": {"11"}, "charge": {"11"}, "case": {"11"}, "agreement": {"03", "057", "06", "08"},
	"deal": {"03", "057", "06", "08"}, "recognition": {"05"},
	"demand": {"10"}, "ruling": {"10", "17"}, "verdict": {"10", "17"}, "exchange": {"08"}, "swap": {"08"}, "criticism": {"11", "13"}, "condemnation": {"11"}, "proposal": {"02", "03"}, "offer": {"03"}, "threat": {"13"}, "warning": {"13"},
	"release": {"08"}, "visit": {"04"}, "meeting": {"04"}, "talks": {"04"}, "summit": {"04"}, "ceasefire": {"08"}, "truce": {"08"}, "withdrawal": {"08"},
	"decision": {"03", "05", "06", "08", "16"}, "move": {"03", "05", "06", "08", "16"},
}

// lastAct returns the source of the latest event of an earlier sentence
// whose root is one of roots; with no roots, of the latest act (not a
// statement, appeal, demand or disapproval).
func (d *docState) lastAct(roots []string) []actorRef {
	return d.lastActSince(roots, 0)
}

// lastActSince is lastAct among the acts of sentence from on.
func (d *docState) lastActSince(roots []string, from int) []actorRef {
	return d.lastActAt(roots, from).srcs
}

// lastActAt returns the latest act of sentence from on whose root is one
// of roots (with no roots, the latest act), or the zero act.
func (d *docState) lastActAt(roots []string, from int) act {
	for i := len(d.acts) - 1; i >= 0 && d.acts[i].sent >= from; i-- {
		if len(roots) == 0 && isAct(d.acts[i].code) || hasRoot(roots, d.acts[i].code) {
			return d.acts[i]
		}
	}
	return act{}
}

// vagueActs name no kind of act ("rejected the move"): they refer back
// only to an act of their own sentence or the two before, as a reader
// would take them, not to one further up.
var vagueActs = []string{"move", "decision", "step", "measure", "action", "plan"}

// refersToAct reports whether token h is a definite noun naming an earlier
// act: "the launch", "this decision".
func (s *sent) refersToAct(h int) bool {
	if s.toks[h].UPOS != "NOUN" || !slices.Contains(actNouns, s.lemmas[h]) {
		return false
	}
	det := s.child(h, "det")
	return det >= 0 && slices.Contains([]string{"the", "this", "that", "these", "those"}, s.lemmas[det])
}

// isAct reports whether code is an act others react to, rather than a
// statement, appeal, demand or disapproval (accusations and lawsuits, and
// vetoes, are acts).
func isAct(code string) bool {
	switch code[:2] {
	case "01", "02", "10":
		return false
	case "11":
		return code == "112" || strings.HasPrefix(code, "112") || code == "115"
	case "12":
		return code == "129"
	}
	return true
}

// remember keeps the participants of consultations and symmetric events
// for later anaphora.
func (d *docState) remember(p *Pattern, srcs, tgts []actorRef) {
	if len(p.Code) >= 2 && p.Code[:2] == "04" && len(srcs) > 0 {
		d.lastConsult = srcs
	}
	switch {
	case p.Symmetric:
		if all := appendRefs(slices.Clone(srcs), tgts); len(all) >= 2 {
			d.lastPair = all
		}
	case (p.Code[:2] == "04" || p.Code[:2] >= "11" && p.Code[:2] <= "19") && len(srcs) == 1 && len(tgts) == 1:
		// A visit or a host and guest: "the two leaders" are they; two
		// sides of a dispute or a fight ("suspended peace talks with the
		// ELN … urged both sides to return to dialogue").
		d.lastPair = appendRefs(slices.Clone(srcs), tgts)
	}
}

// hasRoot reports whether CAMEO code starts with one of roots, which may be
// longer than a root: an agreement is a signing (057), not praise (051).
func hasRoot(roots []string, code string) bool {
	return slices.ContainsFunc(roots, func(r string) bool { return strings.HasPrefix(code, r) })
}
