package actor

import (
	"strings"

	"parley"
)

// localPlaces finds, for each sentence, the country of a place that opens
// it ("In Tehran, hundreds rallied …"); a sentence without one keeps the
// place of the sentence before it in the same paragraph ("… Police
// arrested several protesters."). nil where no place is in force.
func (st *state) localPlaces() []*country {
	out := make([]*country, len(st.doc.Sentences))
	for i, s := range st.doc.Sentences {
		if c := st.openingPlace(i); c != nil {
			out[i] = c
			continue
		}
		if i > 0 && out[i-1] != nil {
			prev := st.doc.Sentences[i-1]
			if prev.End <= s.Start && !strings.Contains(st.doc.Text[prev.End:s.Start], "\n") {
				out[i] = out[i-1]
			}
		}
	}
	return out
}

// openingPlace returns the country of a place named by "In <place>," at
// the start of sentence i: a country or one of its cities in the
// dictionaries (capitals), up to three words long.
func (st *state) openingPlace(i int) *country {
	toks := st.doc.Sentences[i].Tokens
	if len(toks) < 3 || toks[0].Text != "In" {
		return nil
	}
	for n := 1; n <= 3 && n+1 < len(toks); n++ {
		if toks[n+1].Text != "," {
			continue
		}
		return st.phraseCountry(toks, 1, n)
	}
	return nil
}

// homeCountry returns the country an uncued domestic title or agent noun
// of sentence i belongs to: the place the sentence is set in, else the
// dateline's country.
func (st *state) homeCountry(i int) *country {
	if i >= 0 && i < len(st.local) && st.local[i] != nil {
		return st.local[i]
	}
	return st.dateline
}

// streetSectors are the sectors of agent nouns for people in the street
// (protesters, police), whose country is where the sentence sets them.
var streetSectors = map[string]bool{"CVL": true, "COP": true}

// sentencePlace returns the country of a place named by "in" or "at" on
// the mention at byte offsets start–end, on the clause it belongs to or
// on that clause's subject or object ("thousands of protesters rallied in
// Tel Aviv", "police in Kabul arrested 12 protesters"), but not one on
// another word ("rallied against the war in Gaza"):
// a country or a capital in the dictionaries, up to three words after an
// optional "the".
func (st *state) sentencePlace(i, start, end int) *country {
	toks := st.doc.Sentences[i].Tokens
	// The mention's head token and its heads up to the first verb.
	anchor := map[int]bool{}
	m := -1
	for k, t := range toks {
		if t.Start >= start && t.End <= end && (t.Head < 0 || toks[t.Head].Start < start || toks[t.Head].End > end) {
			m = k
			break
		}
	}
	for k, steps := m, 0; k >= 0 && steps < len(toks); steps++ {
		anchor[k] = true
		if toks[k].UPOS == "VERB" {
			// The clause's subject and object are where it happens too
			// ("police in Kabul arrested 12 protesters").
			for j, t := range toks {
				if t.Head == k && (t.Deprel == "nsubj" || t.Deprel == "obj") {
					anchor[j] = true
				}
			}
			if toks[k].Deprel == "advcl" && toks[k].Head >= 0 {
				// "Protests erupted in Amman after police arrested …":
				// an adverbial clause happens where its main clause does.
				anchor[toks[k].Head] = true
			}
			break
		}
		k = toks[k].Head
	}
	if len(anchor) == 0 {
		return nil
	}
	for k := 0; k+1 < len(toks); k++ {
		if w := strings.ToLower(toks[k].Text); w != "in" && w != "at" {
			continue
		}
		first := k + 1
		if strings.EqualFold(toks[first].Text, "the") {
			first++
		}
		for n := 3; n >= 1; n-- {
			last := first + n - 1
			if last >= len(toks) {
				continue
			}
			if c := st.phraseCountry(toks, first, last); c != nil && anchor[phraseHead(toks, first, last)] {
				return c
			}
		}
	}
	return nil
}

// phraseCountry returns the country of the dictionary phrase spelt by
// tokens first–last (a country or a capital), or nil.
func (st *state) phraseCountry(toks []parley.Token, first, last int) *country {
	name := st.doc.Text[toks[first].Start:toks[last].End]
	for _, e := range st.d.phrases[phraseKey(name)] {
		if e.country != nil {
			return e.country
		}
	}
	return nil
}

// phraseHead returns the head a phrase of tokens first–last hangs on: the
// head of its token whose head lies outside it (-1 for none).
func phraseHead(toks []parley.Token, first, last int) int {
	for k := first; k <= last; k++ {
		if h := toks[k].Head; h < first || h > last {
			return h
		}
	}
	return -1
}
