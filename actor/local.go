package actor

import "strings"

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
		name := st.doc.Text[toks[1].Start:toks[n].End]
		for _, e := range st.d.phrases[phraseKey(name)] {
			if e.country != nil {
				return e.country
			}
		}
		return nil
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
