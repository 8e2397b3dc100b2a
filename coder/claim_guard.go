package coder

import (
	"slices"
)

// claimNegators deny a figure: "no one was killed", "were not injured".
var claimNegators = []string{"not", "n't", "never", "no", "nobody", "none", "without"}

// hypotheticals make a figure a threat, a plan or a projection rather
// than a report: "could kill thousands", "threatened to arrest 50".
var hypotheticals = []string{"could", "would", "might", "may", "will", "shall", "to", "if", "unless", "risk"}

// reportVerbs before "to" report rather than plan: "are believed to
// have been killed", "were said to be missing".
var reportVerbs = []string{
	"believe", "believed", "say", "said", "report", "reported", "fear", "feared", "know", "known", "think",
	"thought", "confirm", "confirmed", "estimate", "estimated", "force", "forced", "compel", "compelled",
	"oblige", "obliged", "have", "had", "has",
}

// perpetratorNouns are people who flee the scene rather than their homes:
// "the three suspects fled" counts no displaced people.
var perpetratorNouns = []string{
	"suspect", "gunman", "attacker", "assailant", "militant", "soldier", "troop", "fighter", "robber",
	"thief", "inmate", "prisoner", "driver", "killer", "perpetrator", "kidnapper", "smuggler", "hijacker",
	"force", "personnel", "serviceman", "servicemen", "marine", "paratrooper", "mercenary", "guerrilla",
}

// claimBlocked reports whether a figure from trigger words [first, last]
// and count num is denied ("no one was killed", "were not injured") or
// hypothetical ("could kill up to 1,000", "threatened to arrest 50").
func (s *sent) claimBlocked(first, last, num int) bool {
	lo, hi := min(first, num), max(first, num)
	for j := max(lo-1, 0); j < hi; j++ {
		if j == num {
			continue
		}
		if slices.Contains(claimNegators, s.lemmas[j]) {
			return true
		}
	}
	for j := first - 1; j >= 0 && j >= first-3; j-- {
		l := s.lemmas[j]
		if l == "to" && j > 0 && slices.Contains(reportVerbs, s.lemmas[j-1]) {
			// "are believed to have been killed" reports a figure.
			break
		}
		if slices.Contains(hypotheticals, l) {
			return true
		}
		if slices.Contains(claimNegators, l) {
			return true
		}
		if u := s.toks[j].UPOS; u != "AUX" && u != "ADV" && u != "PART" && !slices.Contains(passiveAux, l) {
			break
		}
	}
	return false
}

// releaseVerbs free people rather than hold them: "pardoned 18 political
// prisoners" is no figure of detention.
var releaseVerbs = []string{"pardon", "release", "free", "swap", "exchange", "amnesty", "repatriate", "return"}

// released reports whether a release verb governs the count at num.
func (s *sent) released(num int) bool {
	for j := num - 1; j >= 0 && j >= num-4; j-- {
		if slices.Contains(releaseVerbs, s.lemmas[j]) {
			// "sought the release of 17 crew members" still counts them.
			return s.isVerb(j) || s.toks[j].UPOS == ""
		}
		if u := s.toks[j].UPOS; u != "ADV" && u != "AUX" && u != "DET" && u != "ADJ" && u != "PART" && !slices.Contains(qualifierWords, s.lemmas[j]) {
			return false
		}
	}
	return false
}
